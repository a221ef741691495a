import { z } from 'zod'

const position = z.object({ line: z.number().int(), column: z.number().int() })

export const documentFieldSchema = z.object({
  name: z.string(),
  value: z.string(),
  valid: z.boolean(),
  positions: z.array(position),
  issues: z.array(z.object({ code: z.string(), positions: z.array(position), expected: z.string().optional(), actual: z.string().optional() })),
})
export type DocumentField = z.infer<typeof documentFieldSchema>

export const documentViewSchema = z.object({
  source: z.enum(['reader', 'manual']),
  /** Which reader read it (a device id, or `keyboard-wedge`); null when typed by hand. */
  device: z.string().nullable(),
  format: z.string().nullable(),
  lines: z.array(z.string()),
  valid: z.boolean(),
  fields: z.array(documentFieldSchema),
  documentCode: z.string(),
  documentNumber: z.string(),
  issuingState: z.string(),
  surname: z.string(),
  givenNames: z.string(),
  nationality: z.string(),
  sex: z.string(),
  birthDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  /** The MRZ after OCR corrections by field type (what the fields were read from). */
  correctedLines: z.array(z.string()),
  corrections: z.array(z.object({ field: z.string(), position: position, original: z.string(), corrected: z.string() })),
  /** Characters a check digit cannot verify against a look-alike: the officer compares them with the printed page. */
  ocrRisks: z.array(z.object({ field: z.string(), position: position, character: z.string(), confusableWith: z.array(z.string()) })),
})
export type DocumentView = z.infer<typeof documentViewSchema>

/** Where a document read came from. */
export type ReadOrigin = { source: 'reader'; device: string } | { source: 'manual' }

export const checkSeverities = ['ok', 'info', 'warning', 'alert'] as const
export const documentCheckSchema = z.object({
  code: z.string(),
  severity: z.enum(checkSeverities),
  params: z.record(z.string(), z.string()).default({}),
})
export type DocumentCheck = z.infer<typeof documentCheckSchema>

/** A match is what the machine found; it becomes a hit only when an officer confirms it. */
export const alertStatuses = ['candidate', 'confirmed', 'dismissed', 'referred'] as const
export type AlertStatus = (typeof alertStatuses)[number]

export const matchFeatureSchema = z.object({ code: z.string(), contribution: z.number(), detail: z.string() })
export type MatchFeatureView = z.infer<typeof matchFeatureSchema>

export const alertSchema = z.object({
  id: z.number().int(),
  list: z.enum(['documents', 'persons', 'vehicles']),
  /** Which list (a store may hold several per kind, e.g. national and INTERPOL). */
  listId: z.string(),
  listVersion: z.string(),
  /** 0..1 for fuzzy matches, 1 for exact ones. */
  score: z.number().nullable(),
  /** exact: identical keys; high: above the list's threshold; low: a look-alike candidate to check. */
  confidence: z.enum(['exact', 'high', 'low']).nullable(),
  /** Why it matched, feature by feature: the officer sees these. */
  features: z.array(matchFeatureSchema),
  listRecordId: z.string(),
  reason: z.string(),
  matchedOn: z.array(z.string()),
  record: z.record(z.string(), z.string()),
  status: z.enum(alertStatuses),
  dismissReason: z.string().nullable(),
  actedBy: z.string().nullable(),
  actedAt: z.string().nullable(),
  /** What second line decided, recorded by a supervisor. */
  outcome: z.string().nullable(),
})
export type Alert = z.infer<typeof alertSchema>

export const decisions = ['admit', 'refuse', 'refer'] as const
export type Decision = (typeof decisions)[number]

/** The overall result the officer sees first, always with words as well as colour. */
export const overallResults = ['clear', 'warning', 'hit', 'invalid'] as const
export type OverallResult = (typeof overallResults)[number]

export const readNoticeCodes = ['read-incomplete', 'read-unreadable', 'reader-disconnected', 'finish-current-first'] as const
export type ReadNoticeCode = (typeof readNoticeCodes)[number]

/** The risk profiles' verdict on a crossing: a band and its reasons, never a decision. */
export const riskViewSchema = z.object({
  score: z.number(),
  band: z.enum(['low', 'medium', 'high']),
  fired: z.array(z.object({ profileId: z.string(), version: z.number().int(), title: z.string(), rationale: z.string(), points: z.number(), because: z.array(z.string()) })),
})
export type RiskView = z.infer<typeof riskViewSchema>

export const inspectionSnapshotSchema = z.object({
  /** idle: waiting for a document; review: no open alert; alert: an alert waits for acknowledgement; recorded: decided. */
  state: z.enum(['idle', 'review', 'alert', 'recorded']),
  crossingId: z.number().int().nullable(),
  document: documentViewSchema.nullable(),
  checks: z.array(documentCheckSchema),
  alerts: z.array(alertSchema),
  overall: z.enum(overallResults).nullable(),
  /** Null when no profile store is configured or the evaluation failed (logged). */
  risk: riskViewSchema.nullable(),
  decision: z.object({ decision: z.enum(decisions), by: z.string(), at: z.string() }).nullable(),
  /** Something the officer must know about the last read attempt (re-swipe, enter by hand). */
  notice: z.object({ code: z.enum(readNoticeCodes), at: z.string() }).nullable(),
})
export type InspectionSnapshot = z.infer<typeof inspectionSnapshotSchema>

export const crossingSummarySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  name: z.string(),
  documentNumber: z.string(),
  issuingState: z.string(),
  overall: z.enum(overallResults),
  status: z.enum(['open', 'decided', 'superseded', 'interrupted']),
  decision: z.enum(decisions).nullable(),
  officer: z.string().nullable(),
})
export type CrossingSummary = z.infer<typeof crossingSummarySchema>

/** A row of the supervisor's hit queue: the alert, the traveller, and what became of it. */
export const hitQueueRowSchema = z.object({
  alert: alertSchema,
  crossingId: z.number().int(),
  at: z.string(),
  traveller: z.string(),
  document: z.string(),
  startedBy: z.string(),
  decision: z.enum(decisions).nullable(),
})
export type HitQueueRow = z.infer<typeof hitQueueRowSchema>

export const secondLineOutcomes = ['identity-confirmed-detained', 'refused-entry', 'released-false-match', 'released-no-action', 'handed-to-other-authority'] as const

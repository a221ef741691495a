// The fingerprint step of a crossing as the renderer sees it: the capture
// plan, what the pad is waiting for, the quality of each finger, and the 1:N
// candidates for the officer to review. A candidate is never a decision.
import { z } from 'zod'

export const capturePlanKinds = ['primary-line', 'ten-print'] as const
export type CapturePlanKind = (typeof capturePlanKinds)[number]

export const qualityFeedbacks = ['ok', 'no-finger', 'press-harder', 'press-lighter', 're-centre', 'smudged', 'too-dry', 'too-small'] as const

/** What the officer is told after an attempt (pad prompts, quality feedback, device trouble). */
export const capturePromptCodes = [
  'place-finger',
  'lift-finger',
  'no-finger',
  'press-harder',
  'image-too-messy',
  'slap-incomplete',
  'bad-image',
  'quality-failed',
  'pad-disconnected',
  'pad-error',
  'no-pad',
] as const
export type CapturePromptCode = (typeof capturePromptCodes)[number]

export const captureModes = ['single', 'slap'] as const

/** A thumbnail as a PNG data URL (downscaled: never a full-resolution image over the API). */
const previewSchema = z.string().max(120_000).startsWith('data:image/png;base64,')

export const captureStepSchema = z.object({
  /** ANSI/NIST position: 1–10 single fingers, 13/14/15 slaps. */
  position: z.number().int(),
  mode: z.enum(captureModes),
  /** The single fingers this step yields. */
  fingers: z.array(z.number().int()),
})
export type CaptureStep = z.infer<typeof captureStepSchema>

export const fingerQualitySchema = z.object({
  position: z.number().int(),
  score: z.number(),
  feedback: z.enum(qualityFeedbacks),
  acceptable: z.boolean(),
  preview: previewSchema.nullable(),
})
export type FingerQualityView = z.infer<typeof fingerQualitySchema>

export const storedCaptureSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  quality: z.number(),
  feedback: z.enum(qualityFeedbacks),
  /** The officer's reason when a failed quality was accepted anyway. */
  overrideReason: z.string().nullable(),
  device: z.string(),
  by: z.string(),
  at: z.string(),
  preview: previewSchema.nullable(),
})
export type StoredCaptureView = z.infer<typeof storedCaptureSchema>

/** As list matches: candidate → confirmed | dismissed (reason) → referred to second line (with the crossing). */
export const fingerprintCandidateStatuses = ['candidate', 'confirmed', 'dismissed', 'referred'] as const

export const fingerprintCandidateSchema = z.object({
  id: z.number().int(),
  listId: z.string(),
  listVersion: z.string(),
  recordId: z.string(),
  /** Fused score: the sum of the matching fingers' scores (each ≈ 10·−log10 FMR). */
  score: z.number(),
  threshold: z.number(),
  fingers: z.array(z.object({ position: z.number().int(), score: z.number() })),
  /** The list record as listed (names, birth date, reason, notice type …). */
  record: z.record(z.string(), z.string()),
  status: z.enum(fingerprintCandidateStatuses),
  dismissReason: z.string().nullable(),
  actedBy: z.string().nullable(),
  actedAt: z.string().nullable(),
})
export type FingerprintCandidateView = z.infer<typeof fingerprintCandidateSchema>

export const fingerprintSearchSchema = z.object({
  status: z.enum(['not-started', 'running', 'done', 'failed', 'no-gallery']),
  galleryFingers: z.number().int(),
  targetFpir: z.number(),
  threshold: z.number().nullable(),
  /** Why a search failed, or what it skipped (unreadable enrolled templates). */
  message: z.string().nullable(),
})

export const fingerprintSnapshotSchema = z.object({
  crossingId: z.number().int().nullable(),
  /** The crossing still takes captures (not yet decided). */
  open: z.boolean(),
  /** The pad used (the first fingerprint device), and whether it is online. */
  deviceId: z.string().nullable(),
  padOnline: z.boolean(),
  plan: z.enum(capturePlanKinds),
  steps: z.array(captureStepSchema),
  /** Index into steps of the next step to capture; null when every step is done. */
  nextStep: z.number().int().nullable(),
  /** The pad is armed and waiting for this step. */
  awaiting: captureStepSchema.nullable(),
  prompt: z.object({ code: z.enum(capturePromptCodes), feedback: z.enum(qualityFeedbacks).nullable(), at: z.string() }).nullable(),
  /** A captured attempt that failed the quality gate: retry, or accept it with a reason. */
  attempt: z.object({ step: captureStepSchema, fingers: z.array(fingerQualitySchema), attemptNumber: z.number().int() }).nullable(),
  captures: z.array(storedCaptureSchema),
  search: fingerprintSearchSchema,
  candidates: z.array(fingerprintCandidateSchema),
})
export type FingerprintSnapshot = z.infer<typeof fingerprintSnapshotSchema>

/** The technician's test capture: the quality measures, nothing stored. */
export const padTestResultSchema = z.object({
  deviceId: z.string(),
  outcome: z.enum(['capture', 'prompt', 'incomplete', 'error']),
  detail: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  quality: fingerQualitySchema.nullable(),
  measures: z.record(z.string(), z.number()),
})
export type PadTestResult = z.infer<typeof padTestResultSchema>

/** What the simulator panel can put on the simulated pad. */
export const simulatedFingerKinds = ['good', 'faint', 'smudged', 'listed', 'truncated', 'wrong-size', 'unplug', 'replug'] as const
export type SimulatedFingerKind = (typeof simulatedFingerKinds)[number]

export const fingerprintExportSchema = z.object({ file: z.string(), bytes: z.number().int(), records: z.number().int() })

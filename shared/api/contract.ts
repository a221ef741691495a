// The whole renderer↔main API, defined once. Both hosts (Electron IPC, web
// WebSocket) serve exactly this; the renderer calls it through CheckpointApi.
import { z } from 'zod'
import { roles, lineRoles, simulatorRoles, auditRoles, deviceRoles, supervisorRoles, listAdminRoles, type Role } from '../domain/roles'
import { trainerRoles } from '../training/training-roles'
import { deviceConfigurationSchema, deviceEntrySchema, deviceReadingSchema, deviceStatusSchema, driverInfoSchema, serialPortInfoSchema } from '../domain/devices'
import { alertStatuses, crossingSummarySchema, decisions, hitQueueRowSchema, inspectionSnapshotSchema, secondLineOutcomes } from '../domain/inspection'
import { sampleTravellerSchema, simulatorActions } from '../domain/simulator'
import { manualFieldsSchema } from '../domain/manual-fields'
import { riskProfileSchema } from '../risk/profile-schema'
import { listImportProgressSchema, listImportReportSchema, listImportRequestSchema, listSearchHitSchema, listStatusSchema } from '../domain/lists'
import { bandThresholdsSchema } from '../risk/bands'
import { xrayCalibrationSchema } from '../domain/xray'
import { occupantRoles, scanAnnotationSchema, scanDecisions, vehicleKinds, vehicleLaneSnapshotSchema } from '../domain/vehicle-lane'
import { capturePlanKinds, fingerprintExportSchema, fingerprintSnapshotSchema, padTestResultSchema, simulatedFingerKinds } from '../domain/fingerprints'
import { scenarioProblemSchema, scenarioSummarySchema, trainingInjectionSchema, trainingReportSchema, trainingRunSchema } from '../training/training-views'
import type { Result } from './result'

/** 'public' requests work before sign-in; every other request names the roles allowed (checked on the main side). */
export type Access = 'public' | 'signed-in' | readonly Role[]

interface RequestDef<I extends z.ZodType, O extends z.ZodType> {
  input: I
  output: O
  access: Access
}
const request = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access): RequestDef<I, O> => ({
  input,
  output,
  access,
})

const none = z.object({}).strict()
const text = (max: number) => z.string().trim().min(1).max(max)

export const sessionSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  simulated: z.boolean(),
  /** A training workstation: the renderer shows TRAINING on every screen. */
  training: z.boolean(),
})
export type Session = z.infer<typeof sessionSchema>

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  problems: z.array(z.object({ seq: z.number().int(), problem: z.string() })),
})
export type AuditVerification = z.infer<typeof auditVerificationSchema>

export const mrzLinesSchema = z.array(z.string().max(64)).min(1).max(3)

export const contract = {
  session: {
    signIn: request(z.object({ username: text(64), password: z.string().min(1).max(256) }).strict(), sessionSchema, 'public'),
    signOut: request(none, z.null(), 'public'),
    current: request(none, sessionSchema.nullable(), 'public'),
  },
  devices: {
    list: request(none, z.array(deviceStatusSchema), 'signed-in'),
    drivers: request(none, z.array(driverInfoSchema), deviceRoles),
    configuration: request(none, deviceConfigurationSchema, deviceRoles),
    ports: request(none, z.array(serialPortInfoSchema), deviceRoles),
    configure: request(z.object({ devices: z.array(deviceEntrySchema).max(16) }).strict(), deviceConfigurationSchema, deviceRoles),
    reconnect: request(z.object({ id: z.string().max(40) }).strict(), z.null(), deviceRoles),
  },
  inspection: {
    current: request(none, inspectionSnapshotSchema, lineRoles),
    resolveAlert: request(
      z
        .object({
          alertId: z.number().int().positive(),
          action: z.enum(['confirm', 'dismiss']),
          reason: z.string().trim().max(500).optional(),
        })
        .strict()
        .refine((v) => v.action !== 'dismiss' || (v.reason ?? '').length >= 3, {
          message: 'A dismissal needs a reason (at least 3 characters).',
          path: ['reason'],
        }),
      inspectionSnapshotSchema,
      lineRoles,
    ),
    decide: request(z.object({ decision: z.enum(decisions) }).strict(), inspectionSnapshotSchema, lineRoles),
    submitManualMrz: request(z.object({ lines: mrzLinesSchema }).strict(), inspectionSnapshotSchema, lineRoles),
    /** No readable MRZ at all: the officer types the key fields from the data page. */
    submitManualFields: request(manualFieldsSchema, inspectionSnapshotSchema, lineRoles),
    /** A keyboard-wedge reader typed an MRZ into the officer's page (decoded in the renderer). */
    submitWedgeRead: request(z.object({ lines: z.array(z.string().regex(/^[A-Z0-9<]{1,64}$/)).min(1).max(3) }).strict(), inspectionSnapshotSchema, lineRoles),
  },
  crossings: {
    today: request(none, z.array(crossingSummarySchema), lineRoles),
  },
  alerts: {
    /** The supervisor's queue: matches and hits of the last days with what became of them. */
    queue: request(
      z.object({ status: z.enum([...alertStatuses, 'all']).default('all'), days: z.number().int().min(1).max(365).default(7) }).strict(),
      z.array(hitQueueRowSchema),
      supervisorRoles,
    ),
    /** Second line's outcome for a referred hit. */
    recordOutcome: request(z.object({ alertId: z.number().int().positive(), outcome: z.enum(secondLineOutcomes) }).strict(), hitQueueRowSchema, supervisorRoles),
  },
  lists: {
    status: request(none, z.array(listStatusSchema), listAdminRoles),
    /** Atomic: a failed import leaves the version in force; progress arrives as listImportProgress events. */
    import: request(listImportRequestSchema, listImportReportSchema, listAdminRoles),
    search: request(z.object({ text: text(100) }).strict(), z.array(listSearchHitSchema), listAdminRoles),
  },
  risk: {
    /** The newest version of every profile, active, expired or retired. */
    profiles: request(none, z.array(riskProfileSchema), supervisorRoles),
    history: request(z.object({ id: z.string().max(80) }).strict(), z.array(z.object({ profile: riskProfileSchema, note: z.string() })), supervisorRoles),
    facts: request(none, z.array(z.object({ name: z.string(), type: z.string(), description: z.string() })), supervisorRoles),
    /** Drafts and changes are validated deeply by the profile store (paths named in the error). */
    create: request(z.object({ draft: z.unknown(), note: z.string().max(500) }).strict(), riskProfileSchema, supervisorRoles),
    update: request(z.object({ id: z.string().max(80), basedOnVersion: z.number().int().min(1), changes: z.unknown(), note: z.string().max(500) }).strict(), riskProfileSchema, supervisorRoles),
    retire: request(z.object({ id: z.string().max(80), basedOnVersion: z.number().int().min(1), note: z.string().max(500) }).strict(), riskProfileSchema, supervisorRoles),
    bands: request(none, z.object({ version: z.number().int(), thresholds: bandThresholdsSchema }), supervisorRoles),
  },
  simulator: {
    samples: request(none, z.array(sampleTravellerSchema), simulatorRoles),
    present: request(z.object({ sampleId: text(64) }).strict(), z.null(), simulatorRoles),
    control: request(z.object({ action: z.enum(simulatorActions) }).strict(), z.null(), simulatorRoles),
    /** The vehicle lane's simulators: a vehicle arrives (lane camera + ANPR), is scanned (X-ray, people hidden or not), leaves. */
    vehicle: request(
      z
        .object({
          action: z.enum(['arrive', 'scan', 'leave']),
          plate: z.string().trim().min(1).max(20).optional(),
          country: z.string().trim().max(3).optional(),
          kind: z.enum(['car', 'van', 'truck']).default('van'),
          hiddenPeople: z.number().int().min(0).max(12).default(0),
        })
        .strict(),
      z.null(),
      simulatorRoles,
    ),
  },
  audit: {
    verify: request(none, auditVerificationSchema, auditRoles),
  },
  vehicleLane: {
    current: request(none, vehicleLaneSnapshotSchema, lineRoles),
    /** A vehicle without a camera read (the plate typed, or unknown yet). */
    start: request(z.object({ plate: z.string().trim().max(20).nullable() }).strict(), vehicleLaneSnapshotSchema, lineRoles),
    setPlate: request(z.object({ plate: text(20), country: z.string().trim().max(3).nullable() }).strict(), vehicleLaneSnapshotSchema, lineRoles),
    setDetails: request(
      z
        .object({
          kind: z.enum(vehicleKinds).nullable().optional(),
          declaredOccupants: z.number().int().min(0).max(99).nullable().optional(),
          origin: z.string().trim().max(3).nullable().optional(),
          route: z.string().trim().max(40).nullable().optional(),
        })
        .strict(),
      vehicleLaneSnapshotSchema,
      lineRoles,
    ),
    close: request(none, vehicleLaneSnapshotSchema, lineRoles),
    setOccupantRole: request(z.object({ crossingId: z.number().int().positive(), role: z.enum(occupantRoles) }).strict(), vehicleLaneSnapshotSchema, lineRoles),
    removeOccupant: request(z.object({ crossingId: z.number().int().positive() }).strict(), vehicleLaneSnapshotSchema, lineRoles),
    linkScan: request(z.object({ scanId: text(128) }).strict(), vehicleLaneSnapshotSchema, lineRoles),
    annotateScan: request(z.object({ scanId: text(128), annotations: z.array(scanAnnotationSchema).max(200) }).strict(), vehicleLaneSnapshotSchema, lineRoles),
    decideScan: request(z.object({ scanId: text(128), decision: z.enum(scanDecisions) }).strict(), vehicleLaneSnapshotSchema, lineRoles),
    resolveAlert: request(
      z
        .object({ alertId: z.number().int().positive(), action: z.enum(['confirm', 'dismiss', 'refer']), reason: z.string().trim().max(500).optional() })
        .strict()
        .refine((v) => v.action !== 'dismiss' || (v.reason ?? '').length >= 3, { message: 'A dismissal needs a reason (at least 3 characters).', path: ['reason'] }),
      vehicleLaneSnapshotSchema,
      lineRoles,
    ),
  },
  xray: {
    calibrations: request(none, z.array(xrayCalibrationSchema), deviceRoles),
    /** Dark and air frames captured from the scanner, offset/gain/bad elements computed, stored as a new version and applied to later scans. */
    calibrate: request(
      z.object({ deviceId: z.string().max(40), darkLines: z.number().int().min(20).max(5000).default(200), airLines: z.number().int().min(20).max(5000).default(200) }).strict(),
      xrayCalibrationSchema,
      deviceRoles,
    ),
  },
  fingerprints: {
    /** The fingerprint step of the current crossing: plan, next finger, quality, 1:N candidates. */
    current: request(none, fingerprintSnapshotSchema, lineRoles),
    /** Arms the pad for the next finger (or slap) of the plan. */
    capture: request(none, fingerprintSnapshotSchema, lineRoles),
    retry: request(none, fingerprintSnapshotSchema, lineRoles),
    /** Accepts a capture that failed the quality check, with the officer's reason (audited). */
    override: request(z.object({ reason: z.string().trim().min(3).max(500) }).strict(), fingerprintSnapshotSchema, lineRoles),
    setPlan: request(z.object({ plan: z.enum(capturePlanKinds) }).strict(), fingerprintSnapshotSchema, lineRoles),
    search: request(none, fingerprintSnapshotSchema, lineRoles),
    resolveCandidate: request(
      z
        .object({ candidateId: z.number().int().positive(), action: z.enum(['confirm', 'dismiss']), reason: z.string().trim().max(500).optional() })
        .strict()
        .refine((v) => v.action !== 'dismiss' || (v.reason ?? '').length >= 3, { message: 'A dismissal needs a reason (at least 3 characters).', path: ['reason'] }),
      fingerprintSnapshotSchema,
      lineRoles,
    ),
    /** The current crossing's fingers as an ANSI/NIST-ITL 1-2011 file in the data folder. */
    export: request(none, fingerprintExportSchema, lineRoles),
    /** Technician: one capture with its quality measures; nothing stored. */
    testCapture: request(none, padTestResultSchema, deviceRoles),
    /** Simulator panel: a synthetic finger (good, faint, smudged, a listed person's) or a fault on the simulated pad. */
    simulate: request(z.object({ kind: z.enum(simulatedFingerKinds), recordId: z.string().max(64).optional() }).strict(), z.null(), simulatorRoles),
  },
  training: {
    /** Before sign-in too: the sign-in screen of a training workstation says TRAINING. */
    status: request(none, z.object({ training: z.boolean() }), 'public'),
    scenarios: request(none, z.array(scenarioSummarySchema), trainerRoles),
    scenario: request(z.object({ id: z.string().max(64) }).strict(), z.object({ id: z.string(), source: z.enum(['starter', 'custom']), yaml: z.string(), problems: z.array(scenarioProblemSchema) }), trainerRoles),
    /** Problems at line and column; an empty list means the YAML is a valid scenario. */
    validate: request(z.object({ yaml: z.string().max(200_000) }).strict(), z.array(scenarioProblemSchema), trainerRoles),
    /** Saved to the trainer's scenarios (never over a starter); invalid YAML is not saved and its problems come back. */
    save: request(z.object({ yaml: z.string().max(200_000) }).strict(), z.object({ saved: z.boolean(), id: z.string().nullable(), problems: z.array(scenarioProblemSchema), message: z.string().nullable() }), trainerRoles),
    duplicate: request(z.object({ id: z.string().max(64) }).strict(), z.object({ id: z.string(), yaml: z.string() }), trainerRoles),
    trainees: request(none, z.array(z.object({ username: z.string(), displayName: z.string() })), trainerRoles),
    /** A trainee account (role officer) in the training database only: per-trainee history without touching operational accounts. */
    addTrainee: request(
      z.object({ username: z.string().regex(/^[a-z0-9._-]{2,64}$/, '2-64 of a-z 0-9 . _ -'), displayName: text(80), password: z.string().min(12).max(256) }).strict(),
      z.object({ username: z.string(), displayName: z.string() }),
      trainerRoles,
    ),
    current: request(none, trainingRunSchema.nullable(), trainerRoles),
    start: request(z.object({ scenarioId: z.string().max(64), trainee: text(64) }).strict(), trainingRunSchema, trainerRoles),
    pause: request(none, trainingRunSchema, trainerRoles),
    resume: request(none, trainingRunSchema, trainerRoles),
    stop: request(none, trainingRunSchema, trainerRoles),
    inject: request(trainingInjectionSchema, trainingRunSchema, trainerRoles),
    /** A trainee's history (newest first), or everyone's. */
    reports: request(z.object({ trainee: z.string().max(64).optional() }).strict(), z.array(trainingReportSchema), trainerRoles),
    report: request(z.object({ id: z.number().int().positive() }).strict(), trainingReportSchema, trainerRoles),
    exportPdf: request(z.object({ id: z.number().int().positive() }).strict(), z.object({ fileName: z.string(), base64: z.string() }), trainerRoles),
  },
  media: {
    /**
     * A short-lived, single-use ticket for a camera's live view or a scan's planes: the bytes
     * come over the host's media route (never through the API socket), and a camera's
     * credentials stay on the main side.
     */
    ticket: request(
      z.discriminatedUnion('kind', [z.object({ kind: z.literal('camera'), deviceId: z.string().max(40) }).strict(), z.object({ kind: z.literal('scan'), scanId: text(128) }).strict()]),
      z.object({ ticket: z.string(), expiresAt: z.number() }),
      'signed-in',
    ),
  },
} as const

/** Events pushed from the main side; each `on…(cb)` returns its unsubscribe function. */
export const events = {
  inspectionChanged: inspectionSnapshotSchema,
  devicesChanged: z.array(deviceStatusSchema),
  deviceReading: deviceReadingSchema,
  listImportProgress: listImportProgressSchema,
  sessionChanged: sessionSchema.nullable(),
  vehicleLaneChanged: vehicleLaneSnapshotSchema,
  fingerprintsChanged: fingerprintSnapshotSchema,
  /** The training run as it plays (trainers only: it shows the expected answers). */
  trainingChanged: trainingRunSchema.nullable(),
} as const

export type Contract = typeof contract
export type Namespace = keyof Contract
export type MethodOf<N extends Namespace> = keyof Contract[N] & string
export type EventName = keyof typeof events

type Def<N extends Namespace, M extends MethodOf<N>> = Contract[N][M] extends RequestDef<infer I, infer O> ? { I: I; O: O } : never
export type InputOf<N extends Namespace, M extends MethodOf<N>> = z.input<Def<N, M>['I']>
export type OutputOf<N extends Namespace, M extends MethodOf<N>> = z.output<Def<N, M>['O']>
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

type OnName<E extends string> = `on${Capitalize<E>}`
export const onName = <E extends EventName>(e: E) => `on${e[0]!.toUpperCase()}${e.slice(1)}` as OnName<E>

/** What the renderer sees: named functions per namespace, plus one `on…` per event. */
export type CheckpointApi = {
  readonly [N in Namespace]: {
    readonly [M in MethodOf<N>]: Record<never, never> extends InputOf<N, M>
      ? (input?: InputOf<N, M>) => Promise<Result<OutputOf<N, M>>>
      : (input: InputOf<N, M>) => Promise<Result<OutputOf<N, M>>>
  }
} & {
  readonly [E in EventName as OnName<E>]: (cb: (payload: EventPayload<E>) => void) => () => void
}

/** Every request as `namespace.method`, the channel name both hosts use. */
export function methodNames(): Array<{ ns: Namespace; method: string; channel: string }> {
  return (Object.keys(contract) as Namespace[]).flatMap((ns) =>
    Object.keys(contract[ns]).map((method) => ({ ns, method, channel: `${ns}.${method}` })),
  )
}

export function lookupMethod(channel: string): RequestDef<z.ZodType, z.ZodType> | undefined {
  const [ns, method, ...rest] = channel.split('.')
  if (!ns || !method || rest.length > 0 || !Object.hasOwn(contract, ns)) return undefined
  const group = contract[ns as Namespace] as Record<string, RequestDef<z.ZodType, z.ZodType>>
  return Object.hasOwn(group, method) ? group[method] : undefined
}

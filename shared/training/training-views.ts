// What the trainer console, the report and the history show: runs, trainee actions, scored
// expectations. Zod schemas so the contract can carry them.
import { z } from 'zod'
import { deviceEvents } from './scenario-schema'

export const takenActions = ['admit', 'refuse', 'refer', 'confirm-hit', 'dismiss-hit', 'confirm-fingerprint-hit', 'dismiss-fingerprint-hit', 'mark-scan', 'refer-scan', 'clear-scan'] as const
export type TakenActionKind = (typeof takenActions)[number]

export const targetRefSchema = z.object({ kind: z.enum(['traveller', 'vehicle']), index: z.number().int().positive() })

/** Something the trainee did on one of the scenario's travellers or vehicles. */
export const traineeActionSchema = z.object({
  target: targetRefSchema,
  action: z.enum(takenActions),
  /** Who did it (the trainee, normally) and when (ISO). */
  by: z.string(),
  at: z.string(),
  /** E.g. the dismissal reason, the number of people marked on the scan. */
  detail: z.string().nullable(),
})
export type TraineeAction = z.infer<typeof traineeActionSchema>

export const expectationStatuses = ['pending', 'caught', 'missed', 'wrong'] as const
export type ExpectationStatus = (typeof expectationStatuses)[number]

export const scoredExpectationSchema = z.object({
  id: z.string(),
  target: targetRefSchema,
  label: z.string(),
  /** null: an action nobody expected that does harm (refusing a clean traveller, confirming a hit that is not there). */
  expected: z.string().nullable(),
  status: z.enum(expectationStatuses),
  /** What the trainee did instead, or as well. */
  taken: z.string().nullable(),
})
export type ScoredExpectation = z.infer<typeof scoredExpectationSchema>

export const travellerTimingSchema = z.object({
  index: z.number().int(),
  label: z.string(),
  /** Seconds from the document read to the decision; null if undecided. */
  seconds: z.number().nullable(),
  decision: z.string().nullable(),
})
export type TravellerTiming = z.infer<typeof travellerTimingSchema>

export const trainingScoreSchema = z.object({
  score: z.number().int().min(0).max(100),
  caught: z.number().int(),
  missed: z.number().int(),
  wrong: z.number().int(),
  pending: z.number().int(),
  expectations: z.array(scoredExpectationSchema),
  timings: z.array(travellerTimingSchema),
  averageSeconds: z.number().nullable(),
})
export type TrainingScore = z.infer<typeof trainingScoreSchema>

export const runStates = ['running', 'paused', 'finished'] as const

export const trainingRunSchema = z.object({
  runId: z.number().int(),
  scenarioId: z.string(),
  title: z.string(),
  trainee: z.string(),
  trainer: z.string(),
  state: z.enum(runStates),
  startedAt: z.string(),
  elapsedSeconds: z.number(),
  /** Steps done of the flattened plan (arrivals, scans, presentations, faults). */
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  /** What the player waits for, in words ("Traveller 3 decided"). */
  waitingFor: z.string().nullable(),
  /** The traveller at the desk now, with the trainer's briefing (never shown to the trainee). */
  atDesk: z.object({ label: z.string(), note: z.string().nullable() }).nullable(),
  /** A traveller handed over by hand while the reader is unavailable: the trainer reads these out. */
  handOver: z.object({ label: z.string(), lines: z.array(z.string()) }).nullable(),
  actions: z.array(traineeActionSchema),
  score: trainingScoreSchema,
  reportId: z.number().int().nullable(),
})
export type TrainingRun = z.infer<typeof trainingRunSchema>

export const scenarioSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  source: z.enum(['starter', 'custom']),
  travellers: z.number().int(),
  vehicles: z.number().int(),
  expectations: z.number().int(),
  /** A custom file that no longer validates is listed (to fix it), never played. */
  valid: z.boolean(),
})
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>

export const scenarioProblemSchema = z.object({ line: z.number().int(), column: z.number().int(), path: z.string(), message: z.string() })

export const trainingReportSchema = z.object({
  id: z.number().int(),
  runId: z.number().int(),
  scenarioId: z.string(),
  title: z.string(),
  trainee: z.string(),
  traineeName: z.string(),
  trainer: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** completed: every step played; stopped: the trainer ended it early. */
  ending: z.enum(['completed', 'stopped']),
  score: trainingScoreSchema,
  actions: z.array(traineeActionSchema),
})
export type TrainingReport = z.infer<typeof trainingReportSchema>

export const trainingInjectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('device'), event: z.enum(deviceEvents) }).strict(),
  z.object({ kind: z.literal('traveller'), sampleId: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict(),
])
export type TrainingInjection = z.infer<typeof trainingInjectionSchema>

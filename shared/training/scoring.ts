// Expected actions against the actions taken → caught / missed / wrong, time per traveller and
// a score. Pure: the player calls it live (open expectations are "pending") and once at the end.
import type { Expectation, TargetRef } from './scenario-targets'
import { targetKey } from './scenario-targets'
import type { ScoredExpectation, TraineeAction, TrainingScore, TravellerTiming } from './training-views'

/** Actions that answer the same question: taking another one of the group is the wrong answer. */
const answerGroups: ReadonlyArray<readonly string[]> = [['admit', 'refuse', 'refer'], ['confirm-hit', 'dismiss-hit'], ['confirm-fingerprint-hit', 'dismiss-fingerprint-hit'], ['refer-scan', 'clear-scan']]
const groupOf = (action: string) => answerGroups.find((g) => g.includes(action)) ?? [action]

/** Harmful when nobody asked for them: they stop an innocent traveller or burden second line. */
const harmfulIfUnexpected = new Set(['refuse', 'refer', 'confirm-hit', 'confirm-fingerprint-hit', 'refer-scan'])

export interface TravellerPresentation {
  index: number
  label: string
  /** ISO times: the crossing's document read and its decision. */
  readAt: string | null
  decidedAt: string | null
  decision: string | null
}

export function scoreRun(expectations: readonly Expectation[], actions: readonly TraineeAction[], travellers: readonly TravellerPresentation[], finished: boolean): TrainingScore {
  const on = (t: TargetRef) => actions.filter((a) => targetKey(a.target) === targetKey(t))
  const scored: ScoredExpectation[] = expectations.map((e) => {
    const mine = on(e.target)
    const exact = mine.find((a) => a.action === e.action)
    if (exact) return { id: e.id, target: e.target, label: e.label, expected: e.action, status: 'caught', taken: describe(exact) }
    const group = groupOf(e.action)
    const other = mine.find((a) => a.action !== e.action && group.includes(a.action))
    // Clearing a scan that hid people answers "mark the people" too.
    const clearedUnmarked = e.action === 'mark-scan' ? mine.find((a) => a.action === 'clear-scan') : undefined
    const wrong = other ?? clearedUnmarked
    if (wrong) return { id: e.id, target: e.target, label: e.label, expected: e.action, status: 'wrong', taken: describe(wrong) }
    return { id: e.id, target: e.target, label: e.label, expected: e.action, status: finished ? 'missed' : 'pending', taken: null }
  })
  const labels = new Map([...expectations.map((e) => [targetKey(e.target), e.label] as const), ...travellers.map((t) => [`traveller-${t.index}`, t.label] as const)])
  for (const a of actions) {
    if (!harmfulIfUnexpected.has(a.action)) continue
    const expectedHere = expectations.some((e) => targetKey(e.target) === targetKey(a.target) && groupOf(e.action).includes(a.action))
    if (expectedHere) continue
    scored.push({ id: `${targetKey(a.target)}:unexpected:${a.action}`, target: a.target, label: labels.get(targetKey(a.target)) ?? targetKey(a.target), expected: null, status: 'wrong', taken: describe(a) })
  }
  const count = (s: ScoredExpectation['status']) => scored.filter((x) => x.status === s).length
  const timings = travellers.map(timing)
  const decided = timings.flatMap((t) => (t.seconds === null ? [] : [t.seconds]))
  const caught = count('caught')
  return {
    score: scored.length === 0 ? 100 : Math.round((100 * caught) / scored.length),
    caught,
    missed: count('missed'),
    wrong: count('wrong'),
    pending: count('pending'),
    expectations: scored,
    timings,
    averageSeconds: decided.length === 0 ? null : Math.round((10 * decided.reduce((a, b) => a + b, 0)) / decided.length) / 10,
  }
}

function describe(a: TraineeAction): string {
  return a.detail ? `${a.action} (${a.detail})` : a.action
}

function timing(t: TravellerPresentation): TravellerTiming {
  const seconds = t.readAt && t.decidedAt ? Math.max(0, Math.round((Date.parse(t.decidedAt) - Date.parse(t.readAt)) / 100) / 10) : null
  return { index: t.index, label: t.label, seconds, decision: t.decision }
}

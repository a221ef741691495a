// Scores one crossing against the profiles in force. The result is a band and
// an explanation for the officer, NEVER a refusal or a decision: the officer
// decides, and a high band means "look closer", not "refuse".
import { bandFor, DEFAULT_BAND_THRESHOLDS, type Band, type BandThresholds } from './bands'
import { checkCondition } from './check-condition'
import type { Facts } from './fact-catalogue'
import { isInForce, type RiskProfile } from './profile-schema'

export interface FiredProfile {
  profileId: string
  version: number
  title: string
  rationale: string
  points: number
  /** The comparisons that held, with the fact values they saw. */
  because: string[]
}

export interface RiskAssessment {
  score: number
  band: Band
  fired: FiredProfile[]
  /** Every profile version that was in force and checked (fired or not), for the record. */
  considered: Array<{ profileId: string; version: number }>
  thresholds: BandThresholds
}

/**
 * Pure and deterministic: same profiles, facts and `now` give the same result.
 * Only the newest version of each profile counts (so a retired newest version
 * silences the older ones), and only if it is active and not expired at `now`.
 */
export function evaluateProfiles(profiles: readonly RiskProfile[], facts: Facts, now: Date, thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS): RiskAssessment {
  const inForce = newestVersions(profiles).filter((p) => isInForce(p, now))
  const fired: FiredProfile[] = []
  for (const p of inForce) {
    const outcome = checkCondition(p.conditions, facts)
    if (outcome.truth !== true) continue
    fired.push({ profileId: p.id, version: p.version, title: p.title, rationale: p.rationale, points: p.scoreWeight, because: outcome.because })
  }
  const score = fired.reduce((sum, f) => sum + f.points, 0)
  return { score, band: bandFor(score, thresholds), fired, considered: inForce.map((p) => ({ profileId: p.id, version: p.version })), thresholds }
}

/** The newest version of each profile id, ordered by id. */
export function newestVersions(profiles: readonly RiskProfile[]): RiskProfile[] {
  const newest = new Map<string, RiskProfile>()
  for (const p of profiles) {
    const seen = newest.get(p.id)
    if (!seen || p.version > seen.version) newest.set(p.id, p)
  }
  return [...newest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

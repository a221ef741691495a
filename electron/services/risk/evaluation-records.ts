// The record of every risk evaluation on a crossing: score, band, thresholds,
// the profile versions in force, and the ones that fired with their reasons.
// Callers own the transaction (the service audits in the same one).
import type { Db } from '../../store/database'
import type { Band, BandThresholds } from '../../../shared/risk/bands'
import type { FiredProfile, RiskAssessment } from '../../../shared/risk/evaluate'

export interface RecordedEvaluation {
  id: number
  crossingId: number
  evaluatedAt: string
  evaluatedBy: string
  score: number
  band: Band
  thresholds: BandThresholds
  considered: Array<{ profileId: string; version: number }>
  /** Fired profiles with the points and reasons recorded at the time (title and rationale are in the profile version). */
  fired: Array<Pick<FiredProfile, 'profileId' | 'version' | 'points' | 'because'>>
}

interface EvaluationRow {
  id: number
  crossing_id: number
  evaluated_at: string
  evaluated_by: string
  score: number
  band: Band
  thresholds: string
  considered: string
}

interface FiredRow {
  profile_id: string
  version: number
  points: number
  because: string
}

export class RiskEvaluationRecords {
  constructor(private readonly db: Db) {}

  insert(crossingId: number, at: string, by: string, a: RiskAssessment): number {
    if (!this.db.inTransaction) throw new Error('RiskEvaluationRecords.insert must run inside the transaction that audits it')
    const id = Number(
      this.db
        .prepare('INSERT INTO risk_evaluations (crossing_id, evaluated_at, evaluated_by, score, band, thresholds, considered) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(crossingId, at, by, a.score, a.band, JSON.stringify(a.thresholds), JSON.stringify(a.considered)).lastInsertRowid,
    )
    const fired = this.db.prepare('INSERT INTO risk_evaluation_fired (evaluation_id, profile_id, version, points, because) VALUES (?, ?, ?, ?, ?)')
    for (const f of a.fired) fired.run(id, f.profileId, f.version, f.points, JSON.stringify(f.because))
    return id
  }

  /** Every evaluation of a crossing, oldest first. */
  forCrossing(crossingId: number): RecordedEvaluation[] {
    const rows = this.db.prepare('SELECT * FROM risk_evaluations WHERE crossing_id = ? ORDER BY id').all(crossingId) as EvaluationRow[]
    const fired = this.db.prepare('SELECT profile_id, version, points, because FROM risk_evaluation_fired WHERE evaluation_id = ? ORDER BY profile_id')
    return rows.map((r) => ({
      id: r.id,
      crossingId: r.crossing_id,
      evaluatedAt: r.evaluated_at,
      evaluatedBy: r.evaluated_by,
      score: r.score,
      band: r.band,
      thresholds: JSON.parse(r.thresholds) as BandThresholds,
      considered: JSON.parse(r.considered) as RecordedEvaluation['considered'],
      fired: (fired.all(r.id) as FiredRow[]).map((f) => ({ profileId: f.profile_id, version: f.version, points: f.points, because: JSON.parse(f.because) as string[] })),
    }))
  }
}

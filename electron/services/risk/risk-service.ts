// Risk evaluation of a recorded crossing: facts from the database, the
// profiles in force, the current thresholds; the result is recorded against
// the crossing and audited as one `risk.evaluated` entry. It informs the
// officer (a band and the reasons); it never refuses, decides or blocks.
// Call it after the crossing's own transaction has committed.
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import { evaluateProfiles, type RiskAssessment } from '../../../shared/risk/evaluate'
import type { BandStore } from './band-store'
import { CrossingFacts } from './crossing-facts'
import { RiskEvaluationRecords, type RecordedEvaluation } from './evaluation-records'
import type { ProfileStore } from './profile-store'
import type { VehicleCrossingSource } from './vehicle-crossing-source'

export interface RiskServiceDeps {
  db: Db
  audit: AuditLog
  profiles: ProfileStore
  bands: BandStore
  /** IANA time zone of the post. */
  timeZone: string
  /** Vehicle crossings (the vehicle lane); without them vehicle, group and journey facts are unknown. */
  vehicles?: VehicleCrossingSource | null
  now?: () => Date
}

export interface CrossingRisk extends RiskAssessment {
  evaluationId: number
  bandVersion: number
}

export class RiskService {
  private readonly facts: CrossingFacts
  private readonly records: RiskEvaluationRecords
  private readonly now: () => Date

  constructor(private readonly deps: RiskServiceDeps) {
    this.facts = new CrossingFacts(deps.db, { timeZone: deps.timeZone, vehicles: deps.vehicles ?? null })
    this.records = new RiskEvaluationRecords(deps.db)
    this.now = deps.now ?? (() => new Date())
  }

  evaluateCrossing(crossingId: number, actor: string): CrossingRisk {
    const now = this.now()
    const { facts } = this.facts.forCrossing(crossingId)
    const bands = this.deps.bands.current()
    const assessment = evaluateProfiles(this.deps.profiles.activeProfiles(now), facts, now, bands.thresholds)
    const evaluationId = this.deps.audit.transaction(() => {
      const id = this.records.insert(crossingId, now.toISOString(), actor, assessment)
      this.deps.audit.append({
        actor,
        action: 'risk.evaluated',
        subject: `crossing:${crossingId}`,
        // References only: the reasons (with personal data) stay in the evaluation record.
        details: {
          evaluation: id,
          score: assessment.score,
          band: assessment.band,
          bandVersion: bands.version,
          fired: assessment.fired.map((f) => ({ profileId: f.profileId, version: f.version })),
          considered: assessment.considered.length,
        },
      })
      return id
    })
    return { ...assessment, evaluationId, bandVersion: bands.version }
  }

  evaluationsFor(crossingId: number): RecordedEvaluation[] {
    return this.records.forCrossing(crossingId)
  }
}

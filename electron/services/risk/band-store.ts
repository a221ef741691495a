// Band thresholds as versioned data, like the profiles: a supervisor sets them,
// every version is kept and audited, and each evaluation records the ones used.
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import { bandThresholdsSchema, DEFAULT_BAND_THRESHOLDS, type BandThresholds } from '../../../shared/risk/bands'
import { parseOrThrow } from '../../../shared/risk/validation'
import { changeNote } from './change-note'
import { requireSupervisor, type Supervisor } from './supervisor'

export interface BandVersion {
  /** 0 for the built-in default, before any supervisor set thresholds. */
  version: number
  thresholds: BandThresholds
}

export class BandStore {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  current(): BandVersion {
    const row = this.db.prepare('SELECT version, medium, high FROM risk_band_versions ORDER BY version DESC LIMIT 1').get() as { version: number; medium: number; high: number } | undefined
    return row ? { version: row.version, thresholds: { medium: row.medium, high: row.high } } : { version: 0, thresholds: DEFAULT_BAND_THRESHOLDS }
  }

  set(thresholds: unknown, by: Supervisor, note: string): BandVersion {
    const username = requireSupervisor(by)
    const why = changeNote(note)
    const t = parseOrThrow(bandThresholdsSchema, thresholds)
    return this.audit.transaction(() => {
      const version = this.current().version + 1
      this.db.prepare('INSERT INTO risk_band_versions (version, medium, high, set_at, set_by, change_note) VALUES (?, ?, ?, ?, ?, ?)').run(version, t.medium, t.high, this.now().toISOString(), username, why)
      this.audit.append({ actor: username, action: 'risk.bands.changed', subject: 'risk-bands', details: { version, medium: t.medium, high: t.high, note: why } })
      return { version, thresholds: t }
    })
  }
}

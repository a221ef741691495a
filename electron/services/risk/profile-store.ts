// Risk profiles as versioned data. Nothing is ever overwritten: creating is
// version 1, an edit is version n+1, retiring is version n+1 with status
// retired. Each write is validated, stamped with the supervisor, and audited
// in the same transaction.
import { createHash } from 'node:crypto'
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import { isInForce, profileChangesSchema, profileDraftSchema, riskProfileSchema, type RiskProfile } from '../../../shared/risk/profile-schema'
import { parseOrThrow } from '../../../shared/risk/validation'
import { changeNote } from './change-note'
import { RiskStoreError } from './risk-store-error'
import { requireSupervisor, type Supervisor } from './supervisor'

export interface ProfileVersion {
  profile: RiskProfile
  changeNote: string
}

interface Row {
  definition: string
  change_note: string
}

export class ProfileStore {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Version 1 of a new profile. Ids are never reused, not even after retirement. */
  create(draft: unknown, by: Supervisor, note = 'created'): RiskProfile {
    const username = requireSupervisor(by)
    const why = changeNote(note)
    const d = parseOrThrow(profileDraftSchema, draft)
    return this.audit.transaction(() => {
      if (this.current(d.id)) throw new RiskStoreError('conflict', `A risk profile ${d.id} exists already: edit it, or choose another id.`)
      return this.write({ ...d, version: 1, status: 'active', createdAt: this.stamp(), createdBy: username }, why, 'risk.profile.created')
    })
  }

  /** Version n+1 with `changes` applied. `basedOnVersion` is the version the supervisor edited: a newer one is a conflict, not a silent overwrite. */
  update(id: string, basedOnVersion: number, changes: unknown, by: Supervisor, note: string): RiskProfile {
    const username = requireSupervisor(by)
    const why = changeNote(note)
    const c = parseOrThrow(profileChangesSchema, changes)
    return this.audit.transaction(() => {
      const current = this.latestFor(id, basedOnVersion)
      if (current.status === 'retired') throw new RiskStoreError('conflict', `Risk profile ${id} is retired: write a new profile instead.`)
      return this.write({ ...current, ...c, version: current.version + 1, createdAt: this.stamp(), createdBy: username }, why, 'risk.profile.updated')
    })
  }

  /** Version n+1 with status retired: it never fires again, and its history stays. */
  retire(id: string, basedOnVersion: number, by: Supervisor, note: string): RiskProfile {
    const username = requireSupervisor(by)
    const why = changeNote(note)
    return this.audit.transaction(() => {
      const current = this.latestFor(id, basedOnVersion)
      if (current.status === 'retired') throw new RiskStoreError('conflict', `Risk profile ${id} is retired already.`)
      return this.write({ ...current, status: 'retired', version: current.version + 1, createdAt: this.stamp(), createdBy: username }, why, 'risk.profile.retired')
    })
  }

  /** The newest version of a profile, whatever its status; null if the id was never used. */
  current(id: string): RiskProfile | null {
    const row = this.db.prepare('SELECT definition, change_note FROM risk_profile_versions WHERE profile_id = ? ORDER BY version DESC LIMIT 1').get(id) as Row | undefined
    return row ? read(row).profile : null
  }

  /** Every version of a profile, oldest first. */
  history(id: string): ProfileVersion[] {
    return (this.db.prepare('SELECT definition, change_note FROM risk_profile_versions WHERE profile_id = ? ORDER BY version').all(id) as Row[]).map(read)
  }

  /** The newest version of every profile (active, expired or retired), by id: the supervisor's list. */
  list(): RiskProfile[] {
    const rows = this.db
      .prepare(
        `SELECT definition, change_note FROM risk_profile_versions v
          WHERE version = (SELECT MAX(version) FROM risk_profile_versions w WHERE w.profile_id = v.profile_id)
          ORDER BY profile_id`,
      )
      .all() as Row[]
    return rows.map((r) => read(r).profile)
  }

  /** The profiles that may fire at `now`: newest version active and not expired. */
  activeProfiles(now: Date): RiskProfile[] {
    return this.list().filter((p) => isInForce(p, now))
  }

  private latestFor(id: string, basedOnVersion: number): RiskProfile {
    const current = this.current(id)
    if (!current) throw new RiskStoreError('not-found', `No risk profile ${id}.`)
    if (current.version !== basedOnVersion) {
      throw new RiskStoreError('conflict', `Risk profile ${id} is at version ${current.version}, not ${basedOnVersion}: someone changed it meanwhile; reload it.`)
    }
    return current
  }

  private write(candidate: unknown, note: string, action: string): RiskProfile {
    const p = parseOrThrow(riskProfileSchema, candidate)
    const definition = JSON.stringify(p)
    this.db
      .prepare('INSERT INTO risk_profile_versions (profile_id, version, status, expires_at, created_at, created_by, change_note, definition) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(p.id, p.version, p.status, p.expiresAt, p.createdAt, p.createdBy, note, definition)
    this.audit.append({
      actor: p.createdBy,
      action,
      subject: `risk-profile:${p.id}`,
      details: {
        version: p.version,
        status: p.status,
        title: p.title,
        owner: p.owner,
        expiresAt: p.expiresAt,
        scoreWeight: p.scoreWeight,
        note,
        // Binds the stored definition to the hash chain: a later edit of the row shows.
        definitionSha256: createHash('sha256').update(definition).digest('hex'),
      },
    })
    return p
  }

  private stamp(): string {
    return this.now().toISOString()
  }
}

function read(row: Row): ProfileVersion {
  return { profile: parseOrThrow(riskProfileSchema, JSON.parse(row.definition)), changeNote: row.change_note }
}

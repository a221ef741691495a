// Every database says once, at creation, whether it holds operational or training data, and a
// workstation opens only its own kind: a training instance pointed at operational data (or the
// reverse, a copied file) refuses to start instead of mixing the two.
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'

export type WorkstationKind = 'operational' | 'training'

export class WorkstationKindError extends Error {}

export function workstationKindOf(db: Db): WorkstationKind | null {
  const row = db.prepare("SELECT value FROM workstation_meta WHERE key = 'kind'").get() as { value: string } | undefined
  return row ? (row.value as WorkstationKind) : null
}

/**
 * Checks the marker, writing it (audited) if the database has none yet. A database without a
 * marker is an operational one from before the marker existed, unless it is brand new (nothing
 * in its audit log): only then may training claim it.
 */
export function claimWorkstationKind(db: Db, audit: AuditLog, expected: WorkstationKind, file: string): void {
  const found = workstationKindOf(db)
  if (found === expected) return
  if (found !== null) {
    throw new WorkstationKindError(
      expected === 'training'
        ? `${file} is an operational database: a training workstation never opens operational data. Start training with its own data folder (<data-dir>/training).`
        : `${file} is a training database: an operational workstation never opens training data.`,
    )
  }
  const used = (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n > 0
  if (expected === 'training' && used) throw new WorkstationKindError(`${file} already holds records and is not marked as training data: a training workstation opens only a database it created.`)
  audit.transaction(() => {
    db.prepare("INSERT INTO workstation_meta (key, value) VALUES ('kind', ?)").run(expected)
    audit.append({ actor: 'system', action: 'workstation.kind', subject: 'workstation', details: { kind: expected } })
  })
}

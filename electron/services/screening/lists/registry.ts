// The list registry in the workstation database (migration 003): which lists exist and which
// version of each is in force. Every change is one transaction with its audit entry.
import type { Db } from '../../../store/database'
import type { AuditLog } from '../../audit/audit-log'
import type { ImportFormat, ListKind } from './types'

export interface ListRow {
  id: string
  kind: ListKind
  name: string
  source: string
  matchThreshold: number | null
  createdAt: string
  updatedAt: string
}

export interface VersionRow {
  id: number
  listId: string
  version: string
  file: string
  format: ImportFormat
  baseVersion: string | null
  source: string
  sourceSha256: string
  recordCount: number
  fileBytes: number
  importedAt: string
  importedBy: string
  status: 'active' | 'retired'
  retiredAt: string | null
}

const VERSION_COLUMNS = `id, list_id AS listId, version, file, format, base_version AS baseVersion, source, source_sha256 AS sourceSha256,
  record_count AS recordCount, file_bytes AS fileBytes, imported_at AS importedAt, imported_by AS importedBy, status, retired_at AS retiredAt`
const LIST_COLUMNS = 'id, kind, name, source, match_threshold AS matchThreshold, created_at AS createdAt, updated_at AS updatedAt'

export class RegistryError extends Error {}

export interface NewVersion {
  listId: string
  kind: ListKind
  name?: string
  source?: string
  matchThreshold?: number | null
  version: string
  file: string
  format: ImportFormat
  baseVersion: string | null
  sourceSha256: string
  recordCount: number
  fileBytes: number
  actor: string
  /** Delta: the version that must still be in force. */
  expectedActive?: string
  auditDetails: Record<string, unknown>
}

export class ListRegistry {
  constructor(
    readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    const present = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('alert_lists', 'alert_list_versions')").get() as { n: number }
    if (present.n !== 2) {
      throw new Error('The alert-list tables are missing: this database was migrated past version 3 while migration 003 was still a placeholder. Recreate it (development data) or add a migration that creates them.')
    }
  }

  list(id: string): ListRow | undefined {
    return this.db.prepare(`SELECT ${LIST_COLUMNS} FROM alert_lists WHERE id = ?`).get(id) as ListRow | undefined
  }

  lists(): ListRow[] {
    return this.db.prepare(`SELECT ${LIST_COLUMNS} FROM alert_lists ORDER BY id`).all() as ListRow[]
  }

  active(): VersionRow[] {
    return this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM alert_list_versions WHERE status = 'active' ORDER BY list_id`).all() as VersionRow[]
  }

  activeOf(listId: string): VersionRow | undefined {
    return this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM alert_list_versions WHERE list_id = ? AND status = 'active'`).get(listId) as VersionRow | undefined
  }

  version(listId: string, version: string): VersionRow | undefined {
    return this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM alert_list_versions WHERE list_id = ? AND version = ?`).get(listId, version) as VersionRow | undefined
  }

  history(listId: string): VersionRow[] {
    return this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM alert_list_versions WHERE list_id = ? ORDER BY id DESC`).all(listId) as VersionRow[]
  }

  /** Files the registry refers to (active versions). */
  activeFiles(): Set<string> {
    return new Set((this.db.prepare("SELECT file FROM alert_list_versions WHERE status = 'active'").all() as Array<{ file: string }>).map((r) => r.file))
  }

  /**
   * The switch: the new version becomes the one in force and the previous one is retired, with
   * the audit entry, in one transaction. Throws RegistryError (nothing changed) on a conflict.
   */
  register(audit: AuditLog, v: NewVersion): { previous: VersionRow | null } {
    const at = this.now().toISOString()
    return audit.transaction(() => {
      // A write first, so the transaction holds the write lock before it reads.
      this.db.prepare('UPDATE alert_lists SET updated_at = ? WHERE id = ?').run(at, v.listId)
      const list = this.list(v.listId)
      if (list && list.kind !== v.kind) throw new RegistryError(`List ${v.listId} is a ${list.kind} list, not ${v.kind}.`)
      if (!list) {
        this.db
          .prepare('INSERT INTO alert_lists (id, kind, name, source, match_threshold, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(v.listId, v.kind, v.name ?? v.listId, v.source ?? 'unknown', v.matchThreshold ?? null, at, at)
      } else {
        if (v.name !== undefined) this.db.prepare('UPDATE alert_lists SET name = ? WHERE id = ?').run(v.name, v.listId)
        if (v.source !== undefined) this.db.prepare('UPDATE alert_lists SET source = ? WHERE id = ?').run(v.source, v.listId)
        if (v.matchThreshold !== undefined) this.db.prepare('UPDATE alert_lists SET match_threshold = ? WHERE id = ?').run(v.matchThreshold, v.listId)
      }
      if (this.version(v.listId, v.version)) throw new RegistryError(`Version ${v.version} of list ${v.listId} was imported before; give a new --version.`)
      const previous = this.activeOf(v.listId) ?? null
      if (v.expectedActive !== undefined && previous?.version !== v.expectedActive) {
        throw new RegistryError(`List ${v.listId} changed during the import: ${previous?.version ?? 'no version'} is in force, the delta was applied to ${v.expectedActive}.`)
      }
      if (previous) this.db.prepare("UPDATE alert_list_versions SET status = 'retired', retired_at = ? WHERE id = ?").run(at, previous.id)
      const source = v.source ?? list?.source ?? 'unknown'
      this.db
        .prepare(
          `INSERT INTO alert_list_versions (list_id, version, file, format, base_version, source, source_sha256, record_count, file_bytes, imported_at, imported_by, status)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')`,
        )
        .run(v.listId, v.version, v.file, v.format, v.baseVersion, source, v.sourceSha256, v.recordCount, v.fileBytes, at, v.actor)
      audit.append({
        actor: v.actor,
        action: v.format === 'delta' ? 'lists.delta-applied' : 'lists.imported',
        subject: `list:${v.listId}`,
        details: { listId: v.listId, kind: v.kind, version: v.version, previousVersion: previous?.version ?? null, format: v.format, records: v.recordCount, ...v.auditDetails },
      })
      return { previous }
    })
  }

  /** A key rebuild: same version and records, new file. */
  replaceFile(audit: AuditLog, listId: string, version: string, file: string, fileBytes: number, actor: string, details: Record<string, unknown>): VersionRow {
    return audit.transaction(() => {
      const at = this.now().toISOString()
      this.db.prepare('UPDATE alert_lists SET updated_at = ? WHERE id = ?').run(at, listId)
      const active = this.activeOf(listId)
      if (!active || active.version !== version) throw new RegistryError(`List ${listId} changed during the key rebuild.`)
      this.db.prepare('UPDATE alert_list_versions SET file = ?, file_bytes = ? WHERE id = ?').run(file, fileBytes, active.id)
      audit.append({ actor, action: 'lists.keys-rebuilt', subject: `list:${listId}`, details: { listId, version, previousFile: active.file, file, ...details } })
      return active
    })
  }

  setMatchThreshold(audit: AuditLog, listId: string, threshold: number | null, actor: string): void {
    if (threshold !== null && !(threshold >= 0 && threshold <= 1)) throw new RegistryError('A match threshold is between 0 and 1.')
    audit.transaction(() => {
      const at = this.now().toISOString()
      const before = this.list(listId)
      if (!before) throw new RegistryError(`No list ${listId}.`)
      this.db.prepare('UPDATE alert_lists SET match_threshold = ?, updated_at = ? WHERE id = ?').run(threshold, at, listId)
      audit.append({ actor, action: 'lists.threshold-set', subject: `list:${listId}`, details: { listId, from: before.matchThreshold, to: threshold } })
    })
  }
}

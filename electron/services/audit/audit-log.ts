import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { Db } from '../../store/database'
import { GENESIS_HASH, hashEntry, verifyChain, type AuditEntry, type AuditHead, type ChainProblem } from './audit-chain'

export interface AuditRecord {
  actor: string
  action: string
  subject: string
  details?: Record<string, unknown>
}

interface Row {
  seq: number
  at: string
  actor: string
  action: string
  subject: string
  details: string
  prev_hash: string
  hash: string
}

const toEntry = (r: Row): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subject: r.subject,
  details: r.details,
  prevHash: r.prev_hash,
  hash: r.hash,
})

/**
 * Append-only, hash-chained audit log living in the same database as the
 * records it describes, so an entry commits or rolls back with its change.
 * `append` must be called inside the caller's transaction.
 */
export class AuditLog {
  private readonly insert
  private readonly last
  private pendingHead: AuditHead | null = null

  constructor(
    private readonly db: Db,
    /** File outside the database holding the newest seq+hash (tail-deletion evidence). */
    private readonly anchorFile: string | null,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare(
      'INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @subject, @details, @prevHash, @hash)',
    )
    this.last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
  }

  append(record: AuditRecord): AuditEntry {
    if (!this.db.inTransaction) throw new Error('AuditLog.append must run inside the transaction of the change it records')
    const last = this.last.get() as { seq: number; hash: string } | undefined
    const unsealed = {
      seq: (last?.seq ?? 0) + 1,
      at: this.now().toISOString(),
      actor: record.actor,
      action: record.action,
      subject: record.subject,
      details: JSON.stringify(record.details ?? {}),
      prevHash: last?.hash ?? GENESIS_HASH,
    }
    const entry = { ...unsealed, hash: hashEntry(unsealed) }
    this.insert.run(entry)
    this.pendingHead = { seq: entry.seq, hash: entry.hash }
    return entry
  }

  /** Runs `fn` in one transaction and anchors the new head once it has committed. */
  transaction<T>(fn: () => T): T {
    let result: T
    try {
      result = this.db.transaction(fn)()
    } catch (err) {
      this.pendingHead = null // rolled back: nothing new to anchor
      throw err
    }
    this.writeAnchor()
    return result
  }

  verify(): { ok: boolean; entries: number; problems: ChainProblem[] } {
    const rows = this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<Row>
    const mapped = (function* () {
      for (const r of rows) yield toEntry(r)
    })()
    const { count, problems } = verifyChain(mapped, readAnchor(this.anchorFile))
    return { ok: problems.length === 0, entries: count, problems }
  }

  recent(limit: number): AuditEntry[] {
    return (this.db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit) as Row[]).map(toEntry)
  }

  private writeAnchor(): void {
    if (!this.anchorFile || !this.pendingHead) return
    const tmp = `${this.anchorFile}.tmp`
    writeFileSync(tmp, JSON.stringify(this.pendingHead))
    renameSync(tmp, this.anchorFile)
    this.pendingHead = null
  }
}

export function readAnchor(file: string | null): AuditHead | null {
  if (!file) return null
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as AuditHead
    return typeof parsed.seq === 'number' && typeof parsed.hash === 'string' ? parsed : null
  } catch {
    return null
  }
}

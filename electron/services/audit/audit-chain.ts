// Pure hash-chain logic: each entry's hash covers its own fields and the
// previous entry's hash, so editing or deleting any entry breaks the chain.
import { createHash } from 'node:crypto'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditEntry {
  seq: number
  at: string
  actor: string
  action: string
  subject: string
  details: string
  prevHash: string
  hash: string
}

export type UnsealedEntry = Omit<AuditEntry, 'hash'>

export function hashEntry(e: UnsealedEntry): string {
  const canonical = JSON.stringify([e.seq, e.at, e.actor, e.action, e.subject, e.details, e.prevHash])
  return createHash('sha256').update(canonical).digest('hex')
}

export interface ChainProblem {
  seq: number
  problem: string
}

export interface AuditHead {
  seq: number
  hash: string
}

/**
 * Walks entries in seq order. `head` is the last entry recorded outside the
 * database (the anchor file): without it, deleting the newest entries would
 * leave a shorter chain that still verifies.
 */
export function verifyChain(entries: Iterable<AuditEntry>, head?: AuditHead | null): { count: number; problems: ChainProblem[] } {
  const problems: ChainProblem[] = []
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  let count = 0
  const seen = new Map<number, string>()
  for (const e of entries) {
    count++
    if (e.seq !== expectedSeq) {
      problems.push({ seq: expectedSeq, problem: `entries ${expectedSeq}..${e.seq - 1} are missing (deleted)` })
    }
    if (e.prevHash !== prevHash) {
      problems.push({ seq: e.seq, problem: 'does not link to the entry before it (an entry before it was edited or deleted)' })
    }
    if (hashEntry(e) !== e.hash) {
      problems.push({ seq: e.seq, problem: 'content does not match its hash (edited)' })
    }
    seen.set(e.seq, e.hash)
    prevHash = e.hash
    expectedSeq = e.seq + 1
  }
  if (head) {
    const last = expectedSeq - 1
    if (head.seq > last) {
      problems.push({ seq: last + 1, problem: `the anchor records ${head.seq} entries but only ${last} remain (newest entries deleted)` })
    } else if (seen.get(head.seq) !== head.hash) {
      problems.push({ seq: head.seq, problem: 'differs from the anchored hash (rewritten chain)' })
    }
  }
  return { count, problems }
}

// Reading a key's records ("postings") from a list file. Files built with packed postings
// (key_stats.records, see list-file.ts) answer with one value per key; older files answer from
// record_keys row by row. Both give the same answers, ascending by rowid.
import type { ListDb, Stmt } from './list-file'

export interface PostingLists {
  /** The first `limit` records under `key`. */
  read(key: string, limit: number): Iterable<number> & ArrayLike<number>
  /** Records under both keys, at most `limit`. */
  both(a: string, b: string, limit: number): Iterable<number> & ArrayLike<number>
  /** Which of `records` are under `key`. */
  among(key: string, records: readonly number[]): number[]
}

export function postingListsOf(db: ListDb): PostingLists {
  const packed = db.prepare("SELECT count(*) FROM pragma_table_info('key_stats') WHERE name = 'records'").pluck().get() === 1
  return packed ? new PackedPostings(db) : new RowPostings(db)
}

/** Long posting lists (common name keys) are kept once read: a list version never changes. */
const CACHE_FROM_BYTES = 16 * 1024
const CACHE_MAX_BYTES = 64 * 1024 * 1024

class PackedPostings implements PostingLists {
  private readonly packed: Stmt
  private readonly cache = new Map<string, Buffer>()
  private cachedBytes = 0
  constructor(db: ListDb) {
    this.packed = db.prepare('SELECT records FROM key_stats WHERE key = ?').pluck()
  }

  private blob(key: string): Buffer | undefined {
    const cached = this.cache.get(key)
    if (cached) return cached
    const blob = this.packed.get(key) as Buffer | undefined
    if (blob && blob.byteLength >= CACHE_FROM_BYTES) {
      while (this.cachedBytes + blob.byteLength > CACHE_MAX_BYTES && this.cache.size > 0) {
        const [oldest, old] = this.cache.entries().next().value as [string, Buffer]
        this.cache.delete(oldest)
        this.cachedBytes -= old.byteLength
      }
      this.cache.set(key, blob)
      this.cachedBytes += blob.byteLength
    }
    return blob
  }

  read(key: string, limit: number): Int32Array {
    const packed = this.blob(key)
    if (packed === undefined) return new Int32Array(0)
    const n = Math.min(limit, packed.byteLength >>> 2)
    const out = new Int32Array(n)
    for (let i = 0; i < n; i++) out[i] = packed.readInt32LE(i * 4)
    return out
  }

  both(a: string, b: string, limit: number): number[] {
    const x = this.blob(a)
    const y = this.blob(b)
    const out: number[] = []
    if (x === undefined || y === undefined) return out
    // Each record of the shorter list looked up in the longer one: common keys have long lists,
    // and a merge would walk all of both.
    const [short, long] = x.byteLength <= y.byteLength ? [x, y] : [y, x]
    for (let i = 0; i < short.byteLength && out.length < limit; i += 4) {
      const r = short.readInt32LE(i)
      if (contains(long, r)) out.push(r)
    }
    return out
  }

  among(key: string, records: readonly number[]): number[] {
    const packed = this.blob(key)
    if (packed === undefined) return []
    return records.filter((r) => contains(packed, r))
  }
}

/** Binary search in a packed ascending list. */
function contains(packed: Buffer, value: number): boolean {
  let lo = 0
  let hi = (packed.byteLength >>> 2) - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = packed.readInt32LE(mid * 4)
    if (v === value) return true
    if (v < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

class RowPostings implements PostingLists {
  private readonly postings: Stmt
  private readonly intersect: Stmt
  private readonly within: Stmt
  constructor(db: ListDb) {
    this.postings = db.prepare('SELECT record FROM record_keys WHERE key = ? LIMIT ?').pluck()
    this.intersect = db.prepare('SELECT record FROM record_keys WHERE key = ? INTERSECT SELECT record FROM record_keys WHERE key = ? LIMIT ?').pluck()
    this.within = db.prepare('SELECT record FROM record_keys WHERE key = ? AND record IN (SELECT value FROM json_each(?))').pluck()
  }
  read(key: string, limit: number): number[] {
    return this.postings.all(key, limit) as number[]
  }
  both(a: string, b: string, limit: number): number[] {
    return this.intersect.all(a, b, limit) as number[]
  }
  among(key: string, records: readonly number[]): number[] {
    return this.within.all(key, JSON.stringify(records)) as number[]
  }
}

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
const CACHE_FROM_RECORDS = 4096
const CACHE_MAX_RECORDS = 16 * 1024 * 1024

class PackedPostings implements PostingLists {
  private readonly packed: Stmt
  private readonly cache = new Map<string, Int32Array>()
  private cachedRecords = 0
  constructor(db: ListDb) {
    this.packed = db.prepare('SELECT records FROM key_stats WHERE key = ?').pluck()
  }

  /** The key's records as int32 (copied out of SQLite's buffer, which need not be aligned). */
  private list(key: string): Int32Array | undefined {
    const cached = this.cache.get(key)
    if (cached) return cached
    const blob = this.packed.get(key) as Buffer | undefined
    if (blob === undefined) return undefined
    const list = new Int32Array(blob.byteLength >>> 2)
    new Uint8Array(list.buffer).set(blob.subarray(0, list.length * 4))
    if (list.length >= CACHE_FROM_RECORDS) {
      while (this.cachedRecords + list.length > CACHE_MAX_RECORDS && this.cache.size > 0) {
        const [oldest, old] = this.cache.entries().next().value as [string, Int32Array]
        this.cache.delete(oldest)
        this.cachedRecords -= old.length
      }
      this.cache.set(key, list)
      this.cachedRecords += list.length
    }
    return list
  }

  read(key: string, limit: number): Int32Array {
    const list = this.list(key)
    return list === undefined ? new Int32Array(0) : list.subarray(0, Math.min(limit, list.length))
  }

  both(a: string, b: string, limit: number): number[] {
    const x = this.list(a)
    const y = this.list(b)
    const out: number[] = []
    if (x === undefined || y === undefined) return out
    // Each record of the shorter list sought in the longer one, both ascending: common keys have
    // long lists, and a plain merge would walk all of both.
    const [short, long] = x.length <= y.length ? [x, y] : [y, x]
    let at = 0
    for (let i = 0; i < short.length && out.length < limit; i++) {
      const r = short[i] as number
      at = seek(long, at, r)
      if (at === long.length) break
      if (long[at] === r) out.push(r)
    }
    return out
  }

  among(key: string, records: readonly number[]): number[] {
    const list = this.list(key)
    if (list === undefined || records.length === 0) return []
    const sorted = Int32Array.from(records).sort()
    const out: number[] = []
    let at = 0
    for (let i = 0; i < sorted.length; i++) {
      const r = sorted[i] as number
      at = seek(list, at, r)
      if (at === list.length) break
      if (list[at] === r) out.push(r)
    }
    return out
  }
}

/**
 * The first index at or after `from` whose value is ≥ `value` in an ascending list (its length if
 * none): steps doubling from `from`, then a binary search. Successive seeks of ascending values
 * cost about log(gap) each, not log(length).
 */
export function seek(list: Int32Array, from: number, value: number): number {
  let lo = from
  let step = 1
  let hi = from
  while (hi < list.length && (list[hi] as number) < value) {
    lo = hi + 1
    hi += step
    step *= 2
  }
  if (hi > list.length) hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((list[mid] as number) < value) lo = mid + 1
    else hi = mid
  }
  return lo
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

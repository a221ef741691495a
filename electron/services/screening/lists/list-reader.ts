// Lookups in one open, registered list file (read-only connection).
import { openListFile, type ListDb, type ListFileMeta, type Stmt } from './list-file'
import { postingListsOf, type PostingLists } from './posting-lists'
import type { DocumentRecord, ListKind, PersonCandidate, PersonRecord, VehicleRecord } from './types'

interface DocumentDbRow {
  rowid: number
  record_id: string
  number: string | null
  number_key: string
  confusion_key: string
  type: string
  type_key: string
  issuer: string
  reason: string
  details: string | null
}

interface VehicleDbRow {
  rowid: number
  record_id: string
  plate: string | null
  plate_key: string | null
  country: string | null
  vin: string | null
  vin_key: string | null
  make: string | null
  model: string | null
  colour: string | null
  reason: string
  details: string | null
}

/** Columns of a person row, read raw (arrays are cheaper than objects), in the order of PersonRawRow. */
const PERSON_COLUMNS = 'rowid, record_id, names, birth_date, nationalities, sex, reason, notice_type, photo_ref, details'
type PersonRawRow = [number, string, string, string | null, string, 'M' | 'F' | null, string, string | null, string | null, string | null]

const parseDetails = (d: string | null): Record<string, unknown> | null => (d === null ? null : (JSON.parse(d) as Record<string, unknown>))

export const toDocument = (r: DocumentDbRow): DocumentRecord => ({
  recordId: r.record_id,
  number: r.number ?? r.number_key,
  numberKey: r.number_key,
  type: r.type,
  typeKey: r.type_key,
  issuer: r.issuer,
  reason: r.reason,
  details: parseDetails(r.details),
})

export const toPerson = (r: PersonRawRow): PersonRecord => ({
  recordId: r[1],
  names: JSON.parse(r[2]) as string[],
  birthDate: r[3],
  nationalities: JSON.parse(r[4]) as string[],
  sex: r[5],
  reason: r[6],
  noticeType: r[7],
  photoRef: r[8],
  details: parseDetails(r[9]),
})

export const toVehicle = (r: VehicleDbRow): VehicleRecord => ({
  recordId: r.record_id,
  plate: r.plate,
  plateKey: r.plate_key,
  country: r.country,
  vin: r.vin,
  make: r.make,
  model: r.model,
  colour: r.colour,
  reason: r.reason,
  details: parseDetails(r.details),
})

/** Postings read in full per query; keys beyond it only re-rank what was found (see findPersons). */
export const POSTINGS_BUDGET = 5_000
const MAX_DOCUMENT_ROWS = 200
const MAX_CACHED_DFS = 200_000
/** Least postings read for common keys when the rare ones are used up. */
const PROBE_CANDIDATES = 500

/** true when rowid a ranks before b: higher score first, then the lower rowid (scores at 2·rowid of `slots`, see Tally). */
function ranksBefore(slots: Float64Array, a: number, b: number): boolean {
  const x = slots[2 * a] as number
  const y = slots[2 * b] as number
  return x > y || (x === y && a < b)
}

/**
 * The `limit` highest-scoring rowids (scores in `slots`, see Tally), best first, ties by rowid. A heap of the best `limit` seen
 * so far, its worst at the root: most of the thousands of rowids lose against the root at once.
 */
export function topByScore(rowids: readonly number[], slots: Float64Array, limit: number): number[] {
  const heap: number[] = []
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1
      if (left >= heap.length) return
      const right = left + 1
      const worse = right < heap.length && ranksBefore(slots, heap[left] as number, heap[right] as number) ? right : left
      if (!ranksBefore(slots, heap[at] as number, heap[worse] as number)) return
      ;[heap[at], heap[worse]] = [heap[worse] as number, heap[at] as number]
      at = worse
    }
  }
  for (const r of rowids) {
    if (heap.length < limit) {
      heap.push(r)
      let at = heap.length - 1
      while (at > 0) {
        const parent = (at - 1) >> 1
        if (!ranksBefore(slots, heap[parent] as number, heap[at] as number)) break
        ;[heap[at], heap[parent]] = [heap[parent] as number, heap[at] as number]
        at = parent
      }
    } else if (limit > 0 && ranksBefore(slots, r, heap[0] as number)) {
      heap[0] = r
      siftDown(0)
    }
  }
  return heap.sort((a, b) => (ranksBefore(slots, a, b) ? -1 : 1))
}

/**
 * Per-rowid score and shared-key mask of one findPersons call, side by side (score at 2·rowid,
 * mask at 2·rowid + 1: one memory line per person in the hot loop), and the rowids it touched.
 */
interface Tally {
  slots: Float64Array
  touched: number[]
}

/** Adds key `keyIndex` (weight `weight`) to a person's tally, once per key. */
function credit(tally: Tally, person: number, keyIndex: number, weight: number): void {
  const bit = 1 << keyIndex
  const at = 2 * person
  const m = tally.slots[at + 1] as number
  if (m === 0) {
    tally.touched.push(person)
    tally.slots[at] = weight
    tally.slots[at + 1] = bit
  } else if ((m & bit) === 0) {
    tally.slots[at] = (tally.slots[at] as number) + weight
    tally.slots[at + 1] = m | bit
  }
}

export class ListReader {
  readonly db: ListDb
  readonly meta: ListFileMeta
  private readonly stmts: Record<string, Stmt> = {}

  constructor(
    readonly path: string,
    readonly listId: string,
    readonly version: string,
  ) {
    const { db, meta } = openListFile(path)
    this.db = db
    this.meta = meta
    if (meta.listId !== listId || meta.version !== version) {
      db.close()
      throw new Error(`${path} holds ${meta.listId} ${meta.version}, not ${listId} ${version}`)
    }
  }

  private postingLists: PostingLists | undefined
  private years: Int16Array | undefined

  /** Birth year per rowid (0 = unknown), read once: 2 bytes a person, for telling namesakes apart. */
  private birthYears(): Int16Array {
    if (this.years === undefined) {
      const max = this.db.prepare('SELECT coalesce(max(rowid), 0) FROM persons').pluck().get() as number
      const years = new Int16Array(max + 1)
      for (const [rowid, y] of this.db.prepare("SELECT rowid, substr(birth_date, 1, 4) FROM persons WHERE birth_date IS NOT NULL").raw().iterate() as Iterable<[number, string]>) {
        years[rowid] = Number(y) || 0
      }
      this.years = years
    }
    return this.years
  }
  /** Document frequency per key (0 = not in the list): a list version never changes, and names repeat. */
  private readonly dfs = new Map<string, number>()
  private scratch: Float64Array | undefined

  /**
   * Per-rowid score and mask slots for findPersons (16 bytes a record, allocated once per open list). Sized by
   * the highest rowid, not the record count: a delta's removals leave gaps.
   */
  private scratchFor(): Float64Array {
    if (this.scratch === undefined) {
      const maxRowid = (this.db.prepare('SELECT coalesce(max(rowid), 0) FROM persons').pluck().get() as number) + 1
      this.scratch = new Float64Array(2 * maxRowid)
    }
    return this.scratch
  }

  get kind(): ListKind {
    return this.meta.kind
  }

  private stmt(key: string, sql: string, pluck = false) {
    return (this.stmts[key] ??= pluck ? this.db.prepare<unknown[]>(sql).pluck() : this.db.prepare<unknown[]>(sql))
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  // ---- documents ----

  documentsByConfusionKey(confusionKey: string): Array<DocumentRecord & { rowNumberKey: string }> {
    const rows = this.stmt('docByCk', `SELECT rowid, * FROM documents WHERE confusion_key = ? LIMIT ${MAX_DOCUMENT_ROWS}`).all(confusionKey) as DocumentDbRow[]
    return rows.map((r) => ({ ...toDocument(r), rowNumberKey: r.number_key }))
  }

  // ---- persons ----

  /**
   * Candidates sharing keys, ranked by the summed inverse document frequency of the shared keys.
   * Keys are read rarest first while the postings read stay within POSTINGS_BUDGET. The keys
   * left are common ones (a frequent given name): the two rarest of them are intersected
   * (persons with both), the rarest alone is read up to the budget if it is the only one
   * and too few candidates were found, and every common key then re-ranks the candidates found
   * (a lookup of each candidate in the key's postings). `truncated` is set when a LIMIT cut a posting
   * list or the intersection short.
   */
  findPersons(keys: readonly string[], limit: number, birthYear: string | null = null): { hits: PersonCandidate[]; truncated: boolean } {
    const dfOf = this.stmt('dfs', 'SELECT key, df FROM key_stats WHERE key IN (SELECT value FROM json_each(?)) AND df > 0')
    const postings = (this.postingLists ??= postingListsOf(this.db))
    const total = Math.max(1, this.meta.recordCount)
    // One statement for every key's frequency and one for every candidate's row: a statement per
    // key and per candidate cost more than the index lookups themselves (npm run bench).
    const wanted = [...new Set(keys)]
    const unknown = wanted.filter((k) => !this.dfs.has(k))
    if (unknown.length > 0) {
      const found = new Map((dfOf.all(JSON.stringify(unknown)) as Array<{ key: string; df: number }>).map((r) => [r.key, r.df]))
      if (this.dfs.size + unknown.length > MAX_CACHED_DFS) this.dfs.clear()
      for (const k of unknown) this.dfs.set(k, found.get(k) ?? 0)
    }
    const known = wanted
      .map((key) => ({ key, df: this.dfs.get(key) as number }))
      .filter((k) => k.df > 0)
      .sort((a, b) => a.df - b.df || (a.key < b.key ? -1 : 1))
      // The shared-key masks are 30-bit integers; a name gives far fewer keys, the rarest count most.
      .slice(0, 30)
    const idf = (df: number) => Math.log(1 + total / df)
    // Hot loop over thousands of postings: scores and shared-key bit masks (over `known`, by
    // index) in arrays indexed by rowid, reused across queries and reset through `touched`.
    const tally: Tally = { slots: this.scratchFor(), touched: [] }
    const { slots, touched } = tally
    let read = 0
    let truncated = false
    let i = 0
    for (; i < known.length && read + known[i]!.df <= POSTINGS_BUDGET; i++) {
      const { key, df } = known[i]!
      const weight = idf(df)
      const list = postings.read(key, df)
      for (let p = 0; p < list.length; p++) credit(tally, list[p] as number, i, weight)
      read += df
    }
    const firstCommon = i
    const common = known.slice(firstCommon)
    const budget = Math.max(PROBE_CANDIDATES, POSTINGS_BUDGET - read)
    if (common.length >= 2) {
      const [a, b] = [common[0]!, common[1]!]
      const found = postings.both(a.key, b.key, budget)
      if (found.length === budget) truncated = true
      const [wa, wb] = [idf(a.df), idf(b.df)]
      for (let p = 0; p < found.length; p++) {
        credit(tally, found[p] as number, firstCommon, wa)
        credit(tally, found[p] as number, firstCommon + 1, wb)
      }
    } else if (common.length === 1 && touched.length < limit) {
      const { key, df } = common[0]!
      const weight = idf(df)
      const list = postings.read(key, budget)
      for (let p = 0; p < list.length; p++) credit(tally, list[p] as number, firstCommon, weight)
      if (df > budget) truncated = true
    }
    if (common.length > 0 && touched.length > 0) {
      // Common keys re-rank the candidates found (one pass over each key's postings) instead of
      // adding thousands more.
      const candidates = touched.slice()
      common.forEach(({ key, df }, k) => {
        const weight = idf(df)
        for (const person of postings.among(key, candidates)) credit(tally, person, firstCommon + k, weight)
      })
    }
    let top = topByScore(touched, slots, limit)
    if (birthYear !== null && top.length === limit && known.length > 0) {
      const every = (1 << known.length) - 1
      if (slots[2 * (top[top.length - 1] as number) + 1] === every) top = this.namesakesBornThatYear(top, touched, slots, birthYear, limit)
    }
    const rows = this.personRows(top)
    const hits = top.map((rowid): PersonCandidate => {
      const r = rows.get(rowid) as PersonRawRow
      const m = slots[2 * rowid + 1] as number
      const sharedKeys: string[] = []
      for (let k = 0; k < known.length; k++) if ((m & (1 << k)) !== 0) sharedKeys.push(known[k]!.key)
      return { listId: this.listId, ...toPerson(r), listVersion: this.version, sharedKeys, retrievalScore: slots[2 * rowid] as number }
    })
    for (const t of touched) slots[2 * t + 1] = 0
    return { hits, truncated }
  }

  /**
   * Rows of the given persons by rowid, as arrays in PERSON_COLUMNS order (cheaper than objects):
   * one statement per count, the rowids bound as parameters.
   */
  private personRows(rowids: readonly number[]): Map<number, PersonRawRow> {
    if (rowids.length === 0) return new Map()
    const placeholders = rowids.map(() => '?').join(',')
    const stmt = (this.stmts[`personsByRowid${rowids.length}`] ??= this.db.prepare<unknown[]>(`SELECT ${PERSON_COLUMNS} FROM persons WHERE rowid IN (${placeholders})`).raw())
    return new Map((stmt.all(...rowids) as PersonRawRow[]).map((r) => [r[0], r]))
  }

  /**
   * A common name fills the limit with namesakes who all share every key and so tie (the same score
   * means the same keys): which of them
   * were taken would be arbitrary (rowid order), and the listed person could be left out. When the
   * limit is full of such ties, the tied candidates born in the traveller's year (or of unknown
   * birth) go first, the rest after, so the right namesake is scored.
   */
  private namesakesBornThatYear(top: number[], touched: readonly number[], slots: Float64Array, birthYear: string, limit: number): number[] {
    const cutoff = slots[2 * (top[top.length - 1] as number)] as number
    // Only true namesakes: the last candidate taken shares every key (checked by the caller), and so do these.
    const tied = touched.filter((r) => (slots[2 * r] as number) === cutoff)
    if (tied.length <= top.filter((r) => (slots[2 * r] as number) === cutoff).length) return top
    const ahead = top.filter((r) => (slots[2 * r] as number) > cutoff)
    const years = this.birthYears()
    const year = Number(birthYear)
    const sameYear: number[] = []
    const others: number[] = []
    for (const r of tied) (years[r] === 0 || years[r] === year ? sameYear : others).push(r)
    sameYear.sort((a, b) => a - b)
    others.sort((a, b) => a - b)
    return [...ahead, ...sameYear, ...others].slice(0, limit)
  }

  // ---- vehicles ----

  /** Vehicles indexed under any of the plate keys, most keys shared first (at most 100). */
  vehiclesByKeys(keys: readonly string[]): Array<{ vehicle: VehicleRecord; sharedKeys: string[] }> {
    if (keys.length === 0) return []
    const byKey = this.stmt('vehKey', 'SELECT record FROM record_keys WHERE key = ? LIMIT 500', true)
    const shared = new Map<number, string[]>()
    for (const key of new Set(keys)) {
      for (const record of byKey.all(key) as number[]) {
        const s = shared.get(record)
        if (s) s.push(key)
        else shared.set(record, [key])
      }
    }
    const byRowid = this.stmt('vehByRowid', 'SELECT rowid, * FROM vehicles WHERE rowid = ?')
    return [...shared.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
      .slice(0, 100)
      .map(([rowid, sharedKeys]) => ({ vehicle: toVehicle(byRowid.get(rowid) as VehicleDbRow), sharedKeys }))
  }

  vehiclesByVin(vinKey: string): VehicleRecord[] {
    return (this.stmt('vehVin', 'SELECT rowid, * FROM vehicles WHERE vin_key = ? LIMIT 200').all(vinKey) as VehicleDbRow[]).map(toVehicle)
  }

  // ---- any kind ----

  byRecordId(recordId: string): DocumentRecord | PersonRecord | VehicleRecord | null {
    const table = this.kind
    if (table === 'persons') {
      const row = (this.stmts['personById'] ??= this.db.prepare<unknown[]>(`SELECT ${PERSON_COLUMNS} FROM persons WHERE record_id = ?`).raw()).get(recordId)
      return row ? toPerson(row as PersonRawRow) : null
    }
    const row = this.stmt('byId', `SELECT rowid, * FROM ${table} WHERE record_id = ?`).get(recordId)
    if (!row) return null
    return table === 'documents' ? toDocument(row as DocumentDbRow) : toVehicle(row as VehicleDbRow)
  }
}

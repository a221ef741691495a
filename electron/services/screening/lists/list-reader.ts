// Lookups in one open, registered list file (read-only connection).
import type { ListedPerson } from '../../../../shared/screening/types'
import { openListFile, type ListDb, type ListFileMeta, type Stmt } from './list-file'
import type { DocumentRecord, ListKind, PersonRecord, VehicleRecord } from './types'

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

interface PersonDbRow {
  rowid: number
  record_id: string
  names: string
  birth_date: string | null
  nationalities: string
  sex: 'M' | 'F' | null
  reason: string
  notice_type: string | null
  photo_ref: string | null
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

export const toPerson = (r: PersonDbRow): PersonRecord => ({
  recordId: r.record_id,
  names: JSON.parse(r.names) as string[],
  birthDate: r.birth_date,
  nationalities: JSON.parse(r.nationalities) as string[],
  sex: r.sex,
  reason: r.reason,
  noticeType: r.notice_type,
  photoRef: r.photo_ref,
  details: parseDetails(r.details),
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
/** Least postings read for common keys when the rare ones are used up. */
const PROBE_CANDIDATES = 500

export interface PersonHit {
  person: ListedPerson & { details: Record<string, unknown> | null }
  sharedKeys: string[]
  score: number
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
   * left are common ones (a frequent given name): the two rarest of them are intersected in
   * SQL (persons with both), the rarest alone is read up to the budget if it is the only one
   * and too few candidates were found, and every common key then re-ranks the candidates found
   * (one indexed pass against the candidate set). `truncated` is set when a LIMIT cut a posting
   * list or the intersection short.
   */
  findPersons(keys: readonly string[], limit: number): { hits: PersonHit[]; truncated: boolean } {
    const dfOf = this.stmt('df', 'SELECT df FROM key_stats WHERE key = ?', true)
    const postings = this.stmt('postings', 'SELECT record FROM record_keys WHERE key = ? LIMIT ?', true)
    const both = this.stmt('both', 'SELECT record FROM record_keys WHERE key = ? INTERSECT SELECT record FROM record_keys WHERE key = ? LIMIT ?', true)
    const among = this.stmt('among', 'SELECT record FROM record_keys WHERE key = ? AND record IN (SELECT value FROM json_each(?))', true)
    const total = Math.max(1, this.meta.recordCount)
    const known = [...new Set(keys)]
      .map((key) => ({ key, df: (dfOf.get(key) as number | undefined) ?? 0 }))
      .filter((k) => k.df > 0)
      .sort((a, b) => a.df - b.df)
    const idf = (df: number) => Math.log(1 + total / df)
    const scores = new Map<number, { score: number; keys: string[] }>()
    const credit = (person: number, key: string, weight: number) => {
      const s = scores.get(person)
      if (s) {
        if (s.keys.includes(key)) return
        s.score += weight
        s.keys.push(key)
      } else scores.set(person, { score: weight, keys: [key] })
    }
    let read = 0
    let truncated = false
    let i = 0
    for (; i < known.length && read + known[i]!.df <= POSTINGS_BUDGET; i++) {
      const { key, df } = known[i]!
      for (const person of postings.all(key, df) as number[]) credit(person, key, idf(df))
      read += df
    }
    const common = known.slice(i)
    const budget = Math.max(PROBE_CANDIDATES, POSTINGS_BUDGET - read)
    if (common.length >= 2) {
      const [a, b] = [common[0]!, common[1]!]
      const found = both.all(a.key, b.key, budget) as number[]
      if (found.length === budget) truncated = true
      for (const person of found) {
        credit(person, a.key, idf(a.df))
        credit(person, b.key, idf(b.df))
      }
    } else if (common.length === 1 && scores.size < limit) {
      const { key, df } = common[0]!
      for (const person of postings.all(key, budget) as number[]) credit(person, key, idf(df))
      if (df > budget) truncated = true
    }
    if (common.length > 0 && scores.size > 0) {
      // Common keys re-rank the candidates found (one indexed pass each, in SQL) instead of
      // adding thousands more.
      const candidates = JSON.stringify([...scores.keys()])
      for (const { key, df } of common) for (const person of among.all(key, candidates) as number[]) credit(person, key, idf(df))
    }
    const top = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, limit)
    const byRowid = this.stmt('personByRowid', 'SELECT rowid, * FROM persons WHERE rowid = ?')
    const hits = top.map(([rowid, s]) => {
      const rec = toPerson(byRowid.get(rowid) as PersonDbRow)
      return { person: { listId: this.listId, ...rec }, sharedKeys: s.keys, score: s.score }
    })
    return { hits, truncated }
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
    const row = this.stmt('byId', `SELECT rowid, * FROM ${table} WHERE record_id = ?`).get(recordId)
    if (!row) return null
    if (table === 'documents') return toDocument(row as DocumentDbRow)
    if (table === 'persons') return toPerson(row as PersonDbRow)
    return toVehicle(row as VehicleDbRow)
  }
}

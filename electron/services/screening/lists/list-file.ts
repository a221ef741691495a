// One list version = one SQLite file. The builder writes it privately (no journal, no fsync, an
// exclusive lock for its whole life), creates the indexes after the bulk insert and fsyncs it;
// the reader opens a registered file read-only.
import Database from 'better-sqlite3'
import { existsSync, unlinkSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { DocumentRow, KindRow, PersonRow, VehicleRow } from './records'
import { fsyncFileAndDir } from '../../../store/durable-file'
import type { ListKind } from './types'

export type ListDb = Database.Database
export type Stmt = Database.Statement<unknown[], unknown>

/** Bumped when the layout below changes; a reader refuses files of another layout. */
export const LIST_FILE_FORMAT = '1'

const TABLE: Record<ListKind, string> = { documents: 'documents', persons: 'persons', vehicles: 'vehicles' }

/**
 * How many records each key has (document frequency: rare keys are read first) and, packed, which
 * ones: ascending rowids as little-endian int32, so a query reads a key's postings as one value
 * instead of thousands of rows. record_keys stays the truth for deltas and the SQL intersections.
 * Files built before `records` existed still open; their reader uses record_keys.
 */
const KEY_STATS = 'CREATE TABLE key_stats (key TEXT PRIMARY KEY, df INTEGER NOT NULL, records BLOB NOT NULL) WITHOUT ROWID;'

/** Persons under every nameIndexKeys key of each name; vehicles under every plateIndexKeys key of the plate. */
const KEY_TABLES = `
    CREATE TABLE record_keys (key TEXT NOT NULL, record INTEGER NOT NULL, PRIMARY KEY (key, record)) WITHOUT ROWID;
    ${KEY_STATS}`


const SCHEMA: Record<ListKind, string> = {
  documents: `
    CREATE TABLE documents (
      record_id TEXT NOT NULL,
      number TEXT,                 -- as listed; NULL when it equals number_key
      number_key TEXT NOT NULL,    -- upper case, letters and digits only
      confusion_key TEXT NOT NULL, -- documentConfusionKey(number_key)
      type TEXT NOT NULL,          -- as listed ('' unknown)
      type_key TEXT NOT NULL,      -- P / I / V / other ICAO first letter / ''
      issuer TEXT NOT NULL,        -- alpha-3 ('' unknown: matches any issuer)
      reason TEXT NOT NULL,
      details TEXT                 -- JSON object of further source columns, or NULL
    );`,
  persons: `
    CREATE TABLE persons (
      record_id TEXT NOT NULL,
      names TEXT NOT NULL,         -- JSON array: primary name first, then aliases, as in the source
      birth_date TEXT,             -- YYYY, YYYY-MM or YYYY-MM-DD
      nationalities TEXT NOT NULL, -- JSON array of alpha-3 codes
      sex TEXT CHECK (sex IN ('M', 'F')),
      reason TEXT NOT NULL,
      notice_type TEXT,
      photo_ref TEXT,
      details TEXT
    );
    ${KEY_TABLES}`,
  vehicles: `
    CREATE TABLE vehicles (
      record_id TEXT NOT NULL,
      plate TEXT,
      plate_key TEXT,              -- normalisePlate(plate), for display and search
      country TEXT,                -- alpha-3
      vin TEXT,
      vin_key TEXT,
      make TEXT,
      model TEXT,
      colour TEXT,
      reason TEXT NOT NULL,
      details TEXT
    );
    ${KEY_TABLES}`,
}

/** Created after the bulk insert (a sorted build is far faster than a growing index). */
const INDEXES: Record<ListKind, string[]> = {
  documents: ['CREATE INDEX IF NOT EXISTS documents_confusion ON documents(confusion_key)'],
  persons: [],
  vehicles: ['CREATE INDEX IF NOT EXISTS vehicles_vin ON vehicles(vin_key) WHERE vin_key IS NOT NULL'],
}

export interface ListFileMeta {
  format: string
  listId: string
  kind: ListKind
  version: string
  builtAt: string
  recordCount: number
  /** Fingerprint of the key function the file was indexed with (see keys.ts keysFingerprint). */
  keysFingerprint: string
  sourceSha256: string
  complete: boolean
}

export function readMeta(db: ListDb): ListFileMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>
  const m = new Map(rows.map((r) => [r.key, r.value]))
  return {
    format: m.get('format') ?? '',
    listId: m.get('list_id') ?? '',
    kind: (m.get('kind') ?? '') as ListKind,
    version: m.get('version') ?? '',
    builtAt: m.get('built_at') ?? '',
    recordCount: Number(m.get('record_count') ?? -1),
    keysFingerprint: m.get('keys_fp') ?? '',
    sourceSha256: m.get('source_sha256') ?? '',
    complete: m.get('complete') === '1',
  }
}

export interface Duplicate {
  recordId: string
  lines: number[]
}

const BATCH = 64
const COLUMNS: Record<ListKind, string[]> = {
  documents: ['record_id', 'number', 'number_key', 'confusion_key', 'type', 'type_key', 'issuer', 'reason', 'details'],
  persons: ['record_id', 'names', 'birth_date', 'nationalities', 'sex', 'reason', 'notice_type', 'photo_ref', 'details'],
  vehicles: ['record_id', 'plate', 'plate_key', 'country', 'vin', 'vin_key', 'make', 'model', 'colour', 'reason', 'details'],
}

function params(kind: ListKind, row: KindRow): unknown[] {
  if (kind === 'documents') {
    const r = row as DocumentRow
    return [r.recordId, r.number === r.numberKey ? null : r.number, r.numberKey, r.confusionKey, r.type, r.typeKey, r.issuer, r.reason, r.details]
  }
  if (kind === 'persons') {
    const r = row as PersonRow
    return [r.recordId, JSON.stringify(r.names), r.birthDate, JSON.stringify(r.nationalities), r.sex, r.reason, r.noticeType, r.photoRef, r.details]
  }
  const r = row as VehicleRow
  return [r.recordId, r.plate, r.plateKey, r.country, r.vin, r.vinKey, r.make, r.model, r.colour, r.reason, r.details]
}

/** Flushes a file's data and its directory entry to disk. */
function tuneForBuild(db: ListDb): void {
  // better-sqlite3 opens connections in SQLite's defensive mode, which silently ignores
  // journal_mode=OFF; this private build connection needs it off.
  db.unsafeMode(true)
  const mode = db.pragma('journal_mode = OFF', { simple: true })
  if (mode !== 'off') throw new Error(`Could not turn the journal off for the list build (journal_mode ${String(mode)})`)
  db.pragma('synchronous = OFF')
  db.pragma('locking_mode = EXCLUSIVE')
  db.pragma('cache_size = -131072') // 128 MiB: index sorts and the key staging stay in memory
  db.pragma('temp_store = FILE')
  db.pragma(`threads = ${Math.min(4, Math.max(1, availableParallelism() - 1))}`)
}

/** The key functions a list file is indexed with (injected: they live in shared/screening). */
export interface KeyFunctions {
  confusion: (numberKey: string) => string
  name: (name: string) => string[]
  plate: (plate: string) => string[]
}

const KEYED: ReadonlySet<ListKind> = new Set(['persons', 'vehicles'])

/**
 * Writes one list file. Not crash-safe on its own, by design: until the importer registers it,
 * nothing refers to the file and a crash leaves only a stray file.
 */
export class ListFileBuilder {
  readonly db: ListDb
  private rowid = 0
  private readonly batch: unknown[] = []
  private readonly insertOne
  private readonly insertBatch
  private readonly stageKey
  /** Source line of each rowid (for duplicate reports); grows by doubling. */
  private lines = new Int32Array(1024)
  private readonly width: number
  private readonly prepared = new Map<string, Stmt>()

  private constructor(
    readonly path: string,
    readonly kind: ListKind,
    db: ListDb,
    private readonly keys: KeyFunctions,
    fresh: boolean,
  ) {
    this.db = db
    tuneForBuild(db)
    if (fresh) {
      db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; ${SCHEMA[kind]}`)
    }
    db.exec('CREATE TEMP TABLE staging_keys (key TEXT NOT NULL, record INTEGER NOT NULL)')
    db.exec('BEGIN')
    const cols = COLUMNS[kind]
    this.width = cols.length + 1
    const one = `(${Array(this.width).fill('?').join(',')})`
    const sql = `INSERT INTO ${TABLE[kind]} (rowid, ${cols.join(', ')}) VALUES `
    this.insertOne = db.prepare(sql + one)
    this.insertBatch = db.prepare(sql + Array(BATCH).fill(one).join(','))
    this.stageKey = db.prepare('INSERT INTO staging_keys (key, record) VALUES (?, ?)')
    if (!fresh) this.rowid = (db.prepare(`SELECT coalesce(max(rowid), 0) AS m FROM ${TABLE[kind]}`).get() as { m: number }).m
  }

  /** A new, empty list file; fails if the path exists. */
  static create(path: string, kind: ListKind, keys: KeyFunctions): ListFileBuilder {
    if (existsSync(path)) throw new Error(`${path} already exists`)
    return new ListFileBuilder(path, kind, new Database(path), keys, true)
  }

  /** Opens a copy of an existing list file (made by the caller) to change it. */
  static reopen(path: string, kind: ListKind, keys: KeyFunctions): ListFileBuilder {
    const b = new ListFileBuilder(path, kind, new Database(path, { fileMustExist: true }), keys, false)
    b.db.prepare("DELETE FROM meta WHERE key = 'complete'").run()
    return b
  }

  /** The highest rowid so far (the next add gets count + 1). */
  get count(): number {
    return this.rowid
  }

  /** Appends a record; returns its rowid. */
  add(row: KindRow, line: number): number {
    const id = ++this.rowid
    if (id >= this.lines.length) {
      const grown = new Int32Array(this.lines.length * 2)
      grown.set(this.lines)
      this.lines = grown
    }
    this.lines[id] = line
    this.batch.push(id, ...params(this.kind, row))
    if (this.batch.length === BATCH * this.width) this.flush()
    if (KEYED.has(this.kind)) this.stageKeys(id, keySourceOf(this.kind, row))
    return id
  }

  /** The index keys of a record's key source (a person's names, a vehicle's plate). */
  private keysOf(source: readonly string[]): Set<string> {
    const keys = new Set<string>()
    const fn = this.kind === 'persons' ? this.keys.name : this.keys.plate
    for (const text of source) for (const k of fn(text)) keys.add(k)
    return keys
  }

  private stageKeys(record: number, source: readonly string[]): void {
    for (const k of this.keysOf(source)) this.stageKey.run(k, record)
  }

  flush(): void {
    if (this.batch.length === BATCH * this.width) {
      this.insertBatch.run(this.batch)
    } else {
      for (let i = 0; i < this.batch.length; i += this.width) this.insertOne.run(this.batch.slice(i, i + this.width))
    }
    this.batch.length = 0
  }

  /**
   * After the last `add`: indexes the record ids and finds the duplicates (reported with their
   * source lines; with `keepFirst` the later ones are deleted). The index is not declared UNIQUE:
   * with the journal off a failing CREATE UNIQUE INDEX cannot roll back and would leave the file
   * broken, so uniqueness is checked here (and by the delta before each add).
   */
  resolveDuplicates(keepFirst: boolean): { duplicates: Duplicate[]; removed: number } {
    this.flush()
    const table = TABLE[this.kind]
    this.db.exec(`CREATE INDEX ${table}_record ON ${table}(record_id)`)
    const groups = this.db
      .prepare(`SELECT record_id AS id, group_concat(rowid) AS rowids FROM ${table} INDEXED BY ${table}_record GROUP BY record_id HAVING count(*) > 1`)
      .all() as Array<{ id: string; rowids: string }>
    const duplicates: Duplicate[] = []
    const later: number[] = []
    for (const g of groups) {
      const rowids = g.rowids
        .split(',')
        .map(Number)
        .sort((a, b) => a - b)
      duplicates.push({ recordId: g.id, lines: rowids.map((r) => this.lines[r] ?? 0) })
      later.push(...rowids.slice(1))
    }
    if (keepFirst && later.length > 0) {
      const ids = JSON.stringify(later)
      this.db.prepare(`DELETE FROM ${table} WHERE rowid IN (SELECT value FROM json_each(?))`).run(ids)
      this.db.prepare('DELETE FROM staging_keys WHERE record IN (SELECT value FROM json_each(?))').run(ids)
    }
    duplicates.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0))
    return { duplicates, removed: keepFirst ? later.length : 0 }
  }

  /** The remaining indexes, the key index, the metadata; then commit and fsync. */
  finish(meta: Omit<ListFileMeta, 'recordCount' | 'complete' | 'format'>): number {
    this.flush()
    for (const sql of INDEXES[this.kind]) this.db.exec(sql)
    if (KEYED.has(this.kind)) {
      // The staged keys go into the clustered key table in one sorted pass, then get counted.
      this.db.exec(`
        INSERT OR IGNORE INTO record_keys (key, record) SELECT key, record FROM staging_keys ORDER BY key, record;
        DELETE FROM staging_keys;
        DROP TABLE IF EXISTS key_stats;
        ${KEY_STATS}
      `)
      this.packPostings()
    }
    const recordCount = (this.db.prepare(`SELECT count(*) AS n FROM ${TABLE[this.kind]}`).get() as { n: number }).n
    const put = this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
    const entries: Array<[string, string]> = [
      ['format', LIST_FILE_FORMAT],
      ['list_id', meta.listId],
      ['kind', meta.kind],
      ['version', meta.version],
      ['built_at', meta.builtAt],
      ['record_count', String(recordCount)],
      ['keys_fp', meta.keysFingerprint],
      ['source_sha256', meta.sourceSha256],
      ['complete', '1'],
    ]
    for (const [k, v] of entries) put.run(k, v)
    this.db.exec('COMMIT')
    fsyncFileAndDir(this.path)
    return recordCount
  }

  /** key_stats from record_keys, in one pass over the clustered key order. */
  private packPostings(): void {
    const insert = this.db.prepare('INSERT INTO key_stats (key, df, records) VALUES (?, ?, ?)')
    let key: string | null = null
    let records = new Int32Array(1024)
    let n = 0
    const emit = () => {
      if (key !== null) insert.run(key, n, Buffer.from(records.buffer, 0, n * 4))
    }
    for (const [k, record] of this.db.prepare('SELECT key, record FROM record_keys ORDER BY key, record').raw().iterate() as Iterable<[string, number]>) {
      if (k !== key) {
        emit()
        key = k
        n = 0
      }
      if (n === records.length) {
        const grown = new Int32Array(records.length * 2)
        grown.set(records)
        records = grown
      }
      records[n++] = record
    }
    emit()
  }

  private cached(sql: string): Stmt {
    let stmt = this.prepared.get(sql)
    if (!stmt) {
      stmt = this.db.prepare<unknown[]>(sql)
      this.prepared.set(sql, stmt)
    }
    return stmt
  }

  /** Delta: the stored row of a record id, with its key source (names, plate). */
  findRow(recordId: string): { rowid: number; keySource: string[] } | null {
    const table = TABLE[this.kind]
    const source = this.kind === 'persons' ? ', names AS source' : this.kind === 'vehicles' ? ', plate AS source' : ''
    const r = this.cached(`SELECT rowid AS rowid${source} FROM ${table} WHERE record_id = ?`).get(recordId) as { rowid: number; source?: string | null } | undefined
    if (!r) return null
    const keySource = this.kind === 'persons' ? (JSON.parse(r.source as string) as string[]) : r.source ? [r.source] : []
    return { rowid: r.rowid, keySource }
  }

  /** Delta: replaces a stored row (record id included), and its keys. */
  updateRow(rowid: number, old: readonly string[], row: KindRow): void {
    this.removeKeys(rowid, old)
    const cols = COLUMNS[this.kind]
    this.cached(`UPDATE ${TABLE[this.kind]} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE rowid = ?`).run(...params(this.kind, row), rowid)
    if (KEYED.has(this.kind)) this.stageKeys(rowid, keySourceOf(this.kind, row))
  }

  /** Delta: removes a stored row and its keys. */
  deleteRow(rowid: number, old: readonly string[]): void {
    this.removeKeys(rowid, old)
    this.cached(`DELETE FROM ${TABLE[this.kind]} WHERE rowid = ?`).run(rowid)
  }

  /** Keys computed from the stored key source with the same key function (the file is re-keyed first if that changed). */
  private removeKeys(rowid: number, source: readonly string[]): void {
    if (!KEYED.has(this.kind)) return
    const del = this.cached('DELETE FROM record_keys WHERE key = ? AND record = ?')
    for (const k of this.keysOf(source)) del.run(k, rowid)
  }

  /** A file indexed with other key functions: recompute every key (re-stage, or the confusion column). */
  rekeyAll(): void {
    if (this.kind === 'documents') {
      const fn = this.keys.confusion
      this.db.function('list_confusion_key', { deterministic: true }, (k: unknown) => fn(String(k)))
      this.db.exec('UPDATE documents SET confusion_key = list_confusion_key(number_key)')
      this.db.exec('REINDEX documents_confusion')
      return
    }
    this.db.exec('DELETE FROM record_keys')
    const column = this.kind === 'persons' ? 'names' : 'plate'
    const page = this.db.prepare(`SELECT rowid AS id, ${column} AS source FROM ${TABLE[this.kind]} WHERE rowid > ? ORDER BY rowid LIMIT 10000`)
    for (let after = 0; ; ) {
      const rows = page.all(after) as Array<{ id: number; source: string | null }>
      if (rows.length === 0) break
      for (const r of rows) this.stageKeys(r.id, this.kind === 'persons' ? (JSON.parse(r.source as string) as string[]) : r.source ? [r.source] : [])
      after = rows.at(-1)!.id
    }
  }

  /** The file's metadata as stored (for a derived version). */
  meta(): ListFileMeta {
    return readMeta(this.db)
  }

  close(): void {
    if (this.db.open) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK')
      this.db.close()
    }
  }

  /** Closes and deletes the file (a failed import). */
  discard(): void {
    try {
      this.close()
    } finally {
      removeListFile(this.path)
    }
  }
}

function keySourceOf(kind: ListKind, row: KindRow): string[] {
  if (kind === 'persons') return (row as PersonRow).names
  const plate = (row as VehicleRow).plate
  return plate ? [plate] : []
}

export function removeListFile(path: string): boolean {
  let removed = false
  for (const p of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) {
    try {
      unlinkSync(p)
      if (p === path) removed = true
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && p === path) throw e
    }
  }
  return removed
}

/** A registered list file, open read-only. */
/** Address space mapped per list file (pages are the OS's file cache, not the program's memory). */
const LIST_MMAP_BYTES = 2 ** 31 - 2 ** 16

export function openListFile(path: string): { db: ListDb; meta: ListFileMeta } {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000') // the importer holds its lock until just after registering
    db.pragma('query_only = 1')
    const meta = readMeta(db)
    if (meta.format !== LIST_FILE_FORMAT) throw new Error(`${path}: list file format ${meta.format || '?'} (this program reads ${LIST_FILE_FORMAT})`)
    if (!meta.complete) throw new Error(`${path}: the list file is incomplete`)
    // A list file never changes once built. A person screening reads ~50 scattered rows: mapped,
    // they come from memory instead of a read() per page (name screening 10 % faster, npm run
    // bench). Document checks read one row and are fast already; mapping a 100-million-record
    // file would only count its touched pages in the process's memory.
    if (meta.kind === 'persons') db.pragma(`mmap_size = ${LIST_MMAP_BYTES}`)
    return { db, meta }
  } catch (e) {
    db.close()
    throw e
  }
}

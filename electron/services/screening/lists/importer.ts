// Importing a list version, crash-safe:
//   1. take the import lock (one import per data folder; a crashed importer's lock dies with it)
//      and delete stray files of earlier crashes;
//   2. build <dataDir>/lists/<listId>.<version>.sqlite privately: no journal, no fsync, an
//      exclusive lock; indexes after the bulk insert; then fsync the file and the folder;
//   3. register it: one transaction in the workstation database retires the previous version,
//      makes this one active and writes the audit entry. That commit is the switch;
//   4. delete the previous version's file.
// A crash before 3 leaves the previous version in force and a stray file; after 3, the new
// version in force and a stray old file. Strays are deleted by the next import or start.
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Db } from '../../../store/database'
import type { AuditLog } from '../../audit/audit-log'
import { importCsv } from './csv-source'
import { applyDelta, type DeltaCounts } from './delta-source'
import { importFtm } from './ftm-source'
import { importInterpol } from './interpol-source'
import { KEY_FUNCTIONS, keysFingerprint } from './keys'
import { ListFileBuilder, openListFile, removeListFile } from './list-file'
import { fsyncDir } from '../../../store/durable-file'
import type { KindRow } from './records'
import { ListRegistry, RegistryError } from './registry'
import type { SourceResult, SourceSink } from './source'
import { DEFAULT_MAX_ENTITY_LINE_BYTES, DEFAULT_MAX_LINE_BYTES, NotTextError, type TextFileInfo } from './text-lines'
import { IMPORT_FORMATS, LIST_KINDS, type ImportOptions, type ImportPhase, type ImportReport, type RowProblem } from './types'

export interface StoreContext {
  db: Db
  audit: AuditLog
  dataDir: string
  now?: () => Date
}

export const listsDir = (dataDir: string) => join(dataDir, 'lists')
const MAX_LISTED_PROBLEMS = 1000
const PROGRESS_EVERY_MS = 100

/** Ids of lists: lower-case letters, digits, - and _ (they name files). */
export const LIST_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/
/** Versions: letters, digits and . _ + - (they name files too). */
export const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/

/** What is wrong with the options, or null: a caller's mistake, not a failed import. */
export function checkImportOptions(o: Partial<ImportOptions>): string | null {
  if (!o.listId || !LIST_ID.test(o.listId)) return 'the list id is 1-64 of a-z 0-9 - _, starting with a letter or digit'
  if (!o.kind || !LIST_KINDS.includes(o.kind)) return `the kind is one of ${LIST_KINDS.join(', ')}`
  if (!o.format || !IMPORT_FORMATS.includes(o.format)) return `the format is one of ${IMPORT_FORMATS.join(', ')}`
  if (o.format === 'interpol' && o.kind !== 'persons') return 'INTERPOL notices are persons: use --kind persons'
  if (o.version !== undefined && !VERSION.test(o.version)) return 'the version is 1-64 of A-Z a-z 0-9 . _ + -, starting with a letter or digit'
  if (o.baseVersion !== undefined && o.format !== 'delta') return 'a base version goes with a delta'
  if (o.matchThreshold !== undefined && o.matchThreshold !== null && !(o.matchThreshold >= 0 && o.matchThreshold <= 1)) return 'the match threshold is between 0 and 1'
  if (o.maxLineBytes !== undefined && !(o.maxLineBytes >= 1024)) return 'the line limit is at least 1024 bytes'
  if (o.name !== undefined && (o.name.trim() === '' || o.name.length > 200)) return 'the name is 1-200 characters'
  if (o.source !== undefined && (o.source.trim() === '' || o.source.length > 500)) return 'the source is 1-500 characters'
  return null
}

// ---- the import lock and stray files ------------------------------------------------------------

export interface ImportLock {
  release(): void
}

/**
 * One import at a time per data folder. An SQLite exclusive lock on lists/import.lock: the
 * operating system drops it when the holder dies, so a killed import never blocks the next.
 */
export function tryImportLock(dataDir: string): ImportLock | null {
  mkdirSync(listsDir(dataDir), { recursive: true })
  const db = new Database(join(listsDir(dataDir), 'import.lock'), { timeout: 0 })
  try {
    db.exec('BEGIN EXCLUSIVE')
  } catch (e) {
    db.close()
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return null
    throw e
  }
  return {
    release: () => {
      if (!db.open) return
      db.exec('ROLLBACK')
      db.close()
    },
  }
}

/** Deletes list files no active version refers to. Only under the import lock. */
export function removeStrayFiles(dataDir: string, registry: ListRegistry): string[] {
  const dir = listsDir(dataDir)
  if (!existsSync(dir)) return []
  const active = registry.activeFiles()
  const removed: string[] = []
  for (const f of readdirSync(dir)) {
    const base = f.replace(/-(journal|wal|shm)$/, '')
    if (!base.endsWith('.sqlite') || active.has(base)) continue
    try {
      removeListFile(join(dir, base))
      removed.push(f)
    } catch {
      // Still open elsewhere (Windows): next time.
    }
  }
  if (removed.length) fsyncDir(dir)
  return removed
}

// ---- the import ---------------------------------------------------------------------------------

class Collector implements SourceSink {
  readonly errors: RowProblem[] = []
  errorCount = 0
  fatalError = false
  rows = 0
  readonly notes: string[] = []
  bytesRead = 0
  totalBytes = 0
  private lastProgress = 0
  private readonly started = Date.now()
  phase: ImportPhase = 'reading'

  constructor(
    readonly kind: ImportOptions['kind'],
    readonly sourceName: string,
    readonly maxLineBytes: number,
    public builder: ListFileBuilder,
    private readonly options: ImportOptions,
  ) {}

  add(row: KindRow, line: number): void {
    this.builder.add(row, line)
  }

  bad(problem: RowProblem): void {
    this.errorCount++
    if (this.errors.length < MAX_LISTED_PROBLEMS) this.errors.push(problem)
  }

  fatal(problem: RowProblem): void {
    this.fatalError = true
    this.bad(problem)
  }

  row(): void {
    this.rows++
    if ((this.rows & 0x3fff) === 0) this.progress()
  }

  note(message: string): void {
    if (!this.notes.includes(message)) this.notes.push(message)
  }

  bytes(read: number, total: number): void {
    this.bytesRead = read
    this.totalBytes = total
    this.progress()
  }

  /** Failing anyway: stop reading after enough problems to fix. */
  stop(): boolean {
    return this.fatalError || (!this.options.skipBadRows && this.errorCount >= MAX_LISTED_PROBLEMS)
  }

  progress(force = false): void {
    const now = Date.now()
    if (!force && now - this.lastProgress < PROGRESS_EVERY_MS) return
    this.lastProgress = now
    this.options.onProgress?.({ phase: this.phase, bytesRead: this.bytesRead, totalBytes: this.totalBytes, rows: this.rows, elapsedMs: now - this.started })
  }

  enter(phase: ImportPhase): void {
    this.phase = phase
    this.options.onPhase?.(phase)
    this.progress(true)
  }
}

function defaultVersion(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

function emptyReport(file: string, o: ImportOptions, version: string, started: number): ImportReport {
  return {
    ok: false,
    listId: o.listId,
    kind: o.kind,
    format: o.format,
    version,
    previousVersion: null,
    recordCount: 0,
    rowsRead: 0,
    errors: [],
    skipped: [],
    moreErrors: 0,
    moreSkipped: 0,
    notes: [],
    source: { file, bytes: existsSync(file) ? statSync(file).size : 0, sha256: '', gzip: false, bom: false, latin1LineCount: 0, latin1Lines: [] },
    durationMs: Date.now() - started,
  }
}

/**
 * Imports `file` as a new version of a list. Never throws for bad data or a lost race: the
 * report says ok = false and why, and the version in force is untouched.
 */
export async function importList(ctx: StoreContext, file: string, o: ImportOptions): Promise<ImportReport> {
  const invalid = checkImportOptions(o)
  if (invalid) throw new Error(`Invalid import options: ${invalid}`)
  const now = ctx.now ?? (() => new Date())
  const started = Date.now()
  const registry = new ListRegistry(ctx.db, now)
  let version = o.version ?? defaultVersion(now())
  const fail = (message: string, line = 0): ImportReport => ({ ...emptyReport(file, o, version, started), errors: [{ line, message }] })

  if (!existsSync(file)) return fail(`No file ${file}.`)
  const lock = tryImportLock(ctx.dataDir)
  if (!lock) return fail('Another list import is running on this workstation; try again when it has finished.')
  let builder: ListFileBuilder | null = null
  try {
    removeStrayFiles(ctx.dataDir, registry)
    const list = registry.list(o.listId)
    if (list && list.kind !== o.kind) return fail(`List ${o.listId} is a ${list.kind} list, not ${o.kind}.`)
    if (o.version === undefined) for (let n = 2; registry.version(o.listId, version); n++) version = `${defaultVersion(now())}-${n}`
    if (registry.version(o.listId, version)) return fail(`Version ${version} of list ${o.listId} was imported before; give a new --version.`)
    const active = registry.activeOf(o.listId) ?? null
    if (o.format === 'delta') {
      if (!active) return fail(`List ${o.listId} has no version in force to apply a delta to; import it in full first.`)
      if (o.baseVersion !== undefined && o.baseVersion !== active.version) return fail(`The delta is for version ${o.baseVersion}, but ${active.version} is in force.`)
    }

    const dir = listsDir(ctx.dataDir)
    mkdirSync(dir, { recursive: true })
    const fileName = `${o.listId}.${version}.sqlite`
    const path = join(dir, fileName)
    if (registry.activeFiles().has(fileName)) return fail(`The file name ${fileName} is taken by a list in force; choose another --version.`)
    removeListFile(path) // not registered (the version is new), so a leftover of a crash
    const counts: DeltaCounts = { added: 0, changed: 0, removed: 0 }
    if (o.format === 'delta') {
      copyFileSync(join(dir, active!.file), path)
      builder = ListFileBuilder.reopen(path, o.kind, KEY_FUNCTIONS)
      if (builder.meta().keysFingerprint !== keysFingerprint(o.kind)) builder.rekeyAll()
    } else {
      builder = ListFileBuilder.create(path, o.kind, KEY_FUNCTIONS)
    }
    const maxLineBytes = o.maxLineBytes ?? (o.format === 'ftm' ? DEFAULT_MAX_ENTITY_LINE_BYTES : DEFAULT_MAX_LINE_BYTES)
    const sink = new Collector(o.kind, o.source ?? list?.source ?? basename(file), maxLineBytes, builder, o)
    sink.enter('reading')

    let source: SourceResult
    try {
      if (o.format === 'csv') source = await importCsv(file, sink)
      else if (o.format === 'ftm') source = await importFtm(file, sink)
      else if (o.format === 'interpol') source = await importInterpol(file, sink)
      else source = await applyDelta(file, sink, counts)
    } catch (e) {
      if (e instanceof NotTextError) sink.fatal({ line: 0, message: e.message })
      else if ((e as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' || (e as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') {
        sink.fatal({ line: 0, message: `The gzip stream is damaged or cut short (${(e as Error).message}).` })
      } else throw e
      source = { file: { totalBytes: 0, gzip: false, bom: false, latin1LineCount: 0, latin1Lines: [], sha256: '' } }
    }
    const info: TextFileInfo = source.file
    if (info.latin1LineCount > 0) {
      sink.note(`${info.latin1LineCount} line(s) were not valid UTF-8 and were read as Latin-1 (Windows-1252): line(s) ${info.latin1Lines.slice(0, 20).join(', ')}${info.latin1LineCount > 20 ? ', …' : ''}`)
    }
    if (info.bom) sink.note('UTF-8 byte-order mark skipped')
    if (info.gzip) sink.note('gzip-compressed file inflated')

    sink.enter('indexing')
    let duplicates: ReturnType<ListFileBuilder['resolveDuplicates']> = { duplicates: [], removed: 0 }
    if (!sink.fatalError && o.format !== 'delta') duplicates = builder.resolveDuplicates(o.skipBadRows === true)
    for (const d of duplicates.duplicates) {
      const [first, ...later] = d.lines
      for (const line of later) sink.bad({ line, message: `duplicate id ${d.recordId} (first on line ${first})`, recordId: d.recordId })
    }
    const report = (ok: boolean, recordCount: number, previousVersion: string | null, extra: RowProblem[] = []): ImportReport => {
      const problems = [...sink.errors, ...extra].sort((a, b) => a.line - b.line)
      const failed = !ok
      return {
        ok,
        listId: o.listId,
        kind: o.kind,
        format: o.format,
        version,
        previousVersion,
        recordCount,
        rowsRead: sink.rows,
        ...(o.format === 'delta' ? { delta: counts } : {}),
        errors: failed ? problems : [],
        skipped: failed ? [] : problems,
        moreErrors: failed ? Math.max(0, sink.errorCount - sink.errors.length) : 0,
        moreSkipped: failed ? 0 : Math.max(0, sink.errorCount - sink.errors.length),
        notes: sink.notes,
        source: {
          file,
          bytes: info.totalBytes || (existsSync(file) ? statSync(file).size : 0),
          sha256: info.sha256,
          gzip: info.gzip,
          bom: info.bom,
          latin1LineCount: info.latin1LineCount,
          latin1Lines: info.latin1Lines,
        },
        durationMs: Date.now() - started,
      }
    }
    const abandon = (extra: RowProblem[] = []) => {
      builder?.discard()
      builder = null
      return report(false, 0, active?.version ?? null, extra)
    }
    if (sink.fatalError || (sink.errorCount > 0 && !o.skipBadRows)) return abandon()
    source.finish?.()
    const recordCount = builder.finish({
      listId: o.listId,
      kind: o.kind,
      version,
      builtAt: now().toISOString(),
      keysFingerprint: keysFingerprint(o.kind),
      sourceSha256: info.sha256,
    })
    if (o.format !== 'delta') {
      if (recordCount === 0 && !o.allowEmpty) return abandon([{ line: 0, message: 'No records to import: refusing to replace the list with an empty one (allowEmpty to force).' }])
      if (active && recordCount < active.recordCount / 2 && !o.allowShrink) {
        return abandon([{ line: 0, message: `The new version has ${recordCount} records, under half of the ${active.recordCount} in force (a cut-short file?); allowShrink to accept it.` }])
      }
    }
    sink.enter('built')

    // The file is complete and on disk. Check it is still ours, then switch.
    builder.close()
    const check = openListFile(path)
    check.db.close()
    let previous
    try {
      ;({ previous } = registry.register(ctx.audit, {
        listId: o.listId,
        kind: o.kind,
        name: o.name,
        // A new list without --source is named after the file it came from.
        source: o.source ?? (list ? undefined : basename(file)),
        matchThreshold: o.matchThreshold,
        version,
        file: fileName,
        format: o.format,
        baseVersion: o.format === 'delta' ? active!.version : null,
        sourceSha256: info.sha256,
        recordCount,
        fileBytes: statSync(path).size,
        actor: o.actor,
        expectedActive: o.format === 'delta' ? active!.version : undefined,
        auditDetails: {
          sourceFile: basename(file),
          sourceSha256: info.sha256,
          file: fileName,
          skippedRows: o.skipBadRows ? sink.errorCount : 0,
          ...(o.format === 'delta' ? { baseVersion: active!.version, ...counts } : {}),
          ...(info.latin1LineCount ? { latin1Lines: info.latin1LineCount } : {}),
        },
      }))
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e
      builder = null
      removeListFile(path)
      return { ...report(false, 0, active?.version ?? null), errors: [{ line: 0, message: e.message }] }
    }
    builder = null
    sink.enter('registered')
    if (previous) {
      try {
        removeListFile(join(dir, previous.file))
        fsyncDir(dir)
      } catch {
        // Open elsewhere (Windows): the next start removes it.
      }
    }
    sink.enter('done')
    return report(true, recordCount, previous?.version ?? null)
  } finally {
    builder?.discard()
    lock.release()
  }
}

/**
 * Re-indexes the version in force with this build's key functions (after nameIndexKeys or
 * documentConfusionKey changed): a copy is re-keyed and swapped in like an import, same version.
 */
export function rebuildKeys(ctx: StoreContext, listId: string, actor: string): { rebuilt: boolean; message: string } {
  const registry = new ListRegistry(ctx.db, ctx.now)
  const lock = tryImportLock(ctx.dataDir)
  if (!lock) return { rebuilt: false, message: 'Another list import is running; try again later.' }
  let builder: ListFileBuilder | null = null
  try {
    const active = registry.activeOf(listId)
    const list = registry.list(listId)
    if (!active || !list) return { rebuilt: false, message: `No version of ${listId} is in force.` }
    const dir = listsDir(ctx.dataDir)
    const fileName = `${listId}.${active.version}.k${Date.now().toString(36)}.sqlite`
    const path = join(dir, fileName)
    copyFileSync(join(dir, active.file), path)
    builder = ListFileBuilder.reopen(path, list.kind, KEY_FUNCTIONS)
    builder.rekeyAll()
    const meta = builder.meta()
    builder.finish({ listId: meta.listId, kind: list.kind, version: meta.version, builtAt: meta.builtAt, sourceSha256: meta.sourceSha256, keysFingerprint: keysFingerprint(list.kind) })
    builder.close()
    builder = null
    try {
      registry.replaceFile(ctx.audit, listId, active.version, fileName, statSync(path).size, actor, {})
    } catch (e) {
      removeListFile(path)
      if (e instanceof RegistryError) return { rebuilt: false, message: e.message }
      throw e
    }
    try {
      removeListFile(join(dir, active.file))
      fsyncDir(dir)
    } catch {
      // the next start removes it
    }
    return { rebuilt: true, message: `Keys of ${listId} ${active.version} rebuilt.` }
  } finally {
    builder?.discard()
    lock.release()
  }
}

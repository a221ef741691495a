// `checkpoint lists …`: import alert-list versions, show what is in force, search the lists.
import { existsSync } from 'node:fs'
import { userInfo } from 'node:os'
import { auditAnchorFile, databaseFile, defaultDataDir } from '../app/paths'
import { openDatabase } from '../store/database'
import { AuditLog } from '../services/audit/audit-log'
import { checkImportOptions, ListStore } from '../services/screening/lists'
import type { ImportFormat, ImportOptions, ImportProgress, ImportReport, ListKind } from '../services/screening/lists'
import { parseCommandLine } from './common-options'

export const LISTS_USAGE = `Usage: checkpoint lists <command> [options]

Commands:
  import FILE --list ID --kind documents|persons|vehicles --format csv|ftm|interpol|delta
         [--name TEXT] [--source TEXT] [--version V] [--skip-bad-rows] [--base VERSION]
         [--threshold 0..1] [--allow-shrink] [--allow-empty] [--max-line-bytes N]
                     Import FILE as a new version of list ID. The version in force stays in force
                     until the new one is complete; any bad row fails the import unless
                     --skip-bad-rows (then the bad rows are listed). A delta applies add/change/
                     remove rows to the version in force (--base: fail unless it is VERSION).
                     Formats: resources/screening/FORMATS.md.
  status             The lists in force: version, records, import time, source.
  search TEXT        Records matching an id, document number, plate, VIN or name.
  rebuild-keys ID    Re-index a list flagged "stale keys" (after the matching rules changed).

Options:
  --data-dir DIR     Workstation data folder (default: $CHECKPOINT_DATA_DIR or ~/.local/share/checkpoint)
  --json             Machine-readable output
  -h, --help         Show this help

Exit codes: 0 done, 1 import failed (the version in force is kept), 2 usage error.
`

/** Where `lists` sits in argv (skipping --data-dir and its value), or -1: main.ts dispatches on it. */
export function listsCommandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--data-dir') {
      i++
      continue
    }
    if (a.startsWith('-')) continue
    return a === 'lists' ? i : -1
  }
  return -1
}

const nf = new Intl.NumberFormat('en-GB')

export async function runListsCli(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      list: { type: 'string' },
      kind: { type: 'string' },
      format: { type: 'string' },
      name: { type: 'string' },
      source: { type: 'string' },
      version: { type: 'string' },
      base: { type: 'string' },
      threshold: { type: 'string' },
      'skip-bad-rows': { type: 'boolean', default: false },
      'allow-shrink': { type: 'boolean', default: false },
      'allow-empty': { type: 'boolean', default: false },
      'max-line-bytes': { type: 'string' },
      limit: { type: 'string' },
    },
    LISTS_USAGE,
    err,
  )
  if (parsed === null) return 2
  const { positionals, values } = parsed
  const [command, ...args] = positionals
  if (values.help) {
    out.write(LISTS_USAGE)
    return 0
  }
  const dataDir = values['data-dir'] ?? defaultDataDir()
  const actor = `cli:${userInfo().username}`
  if (command === 'import') {
    const file = args[0]
    if (!file || args.length > 1) return usage(err, 'lists import takes one FILE.')
    if (!existsSync(file)) return usage(err, `No file ${file}.`)
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
    const maxLineBytes = values['max-line-bytes'] === undefined ? undefined : Number(values['max-line-bytes'])
    const options: ImportOptions = {
      listId: values.list ?? '',
      kind: values.kind as ListKind,
      format: values.format as ImportFormat,
      actor,
      name: values.name,
      source: values.source,
      version: values.version,
      baseVersion: values.base,
      skipBadRows: values['skip-bad-rows'],
      allowShrink: values['allow-shrink'],
      allowEmpty: values['allow-empty'],
      matchThreshold: threshold,
      maxLineBytes,
    }
    const invalid = (!values.list ? '--list ID is required' : null) ?? checkImportOptions(options)
    if (invalid) return usage(err, `lists import: ${invalid}.`)
    return withStore(dataDir, true, async (store) => {
      const bar = progressBar(err)
      const report = await store.import(file, { ...options, onProgress: bar.update })
      bar.end()
      if (values.json) out.write(`${JSON.stringify(report, null, 2)}\n`)
      else printReport(report, out, err)
      return report.ok ? 0 : 1
    })
  }
  if (command === 'status') {
    if (args.length) return usage(err, 'lists status takes no arguments.')
    if (!existsSync(databaseFile(dataDir))) {
      out.write(values.json ? '[]\n' : 'No lists imported.\n')
      return 0
    }
    return withStore(dataDir, false, async (store) => {
      const status = store.status()
      if (values.json) {
        out.write(`${JSON.stringify(status, null, 2)}\n`)
        return 0
      }
      if (status.length === 0) out.write('No lists imported.\n')
      for (const s of status) {
        out.write(
          `${s.listId}\t${s.kind}\t${s.version}\t${nf.format(s.recordCount)} records\timported ${s.importedAt} by ${s.importedBy} (${s.format}${s.baseVersion ? ` on ${s.baseVersion}` : ''})\t${s.name} — ${s.source}${
            s.matchThreshold !== null ? `\tthreshold ${s.matchThreshold}` : ''
          }${s.staleKeys ? '\tSTALE KEYS: run `checkpoint lists rebuild-keys ' + s.listId + '`' : ''}\n`,
        )
      }
      for (const [id, why] of store.unavailable) out.write(`${id}\tUNAVAILABLE: ${why}\n`)
      return 0
    })
  }
  if (command === 'search') {
    const text = args.join(' ').trim()
    if (text === '') return usage(err, 'lists search needs TEXT.')
    const limit = values.limit === undefined ? 50 : Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1) return usage(err, '--limit is a positive whole number.')
    if (!existsSync(databaseFile(dataDir))) {
      out.write(values.json ? '[]\n' : 'No lists imported.\n')
      return 0
    }
    return withStore(dataDir, false, async (store) => {
      const hits = store.search(text, limit)
      if (values.json) out.write(`${JSON.stringify(hits, null, 2)}\n`)
      else if (hits.length === 0) out.write(`Nothing listed for "${text}".\n`)
      else for (const h of hits) out.write(`${h.listId} ${h.listVersion}\t${h.recordId}\t${h.matchedOn}\t${h.summary}\n`)
      return 0
    })
  }
  if (command === 'rebuild-keys') {
    const id = args[0]
    if (!id || args.length > 1) return usage(err, 'lists rebuild-keys takes one list ID.')
    return withStore(dataDir, false, async (store) => {
      const r = store.rebuildKeys(id, actor)
      ;(r.rebuilt ? out : err).write(`${r.message}\n`)
      return r.rebuilt ? 0 : 1
    })
  }
  if (command === undefined) {
    out.write(LISTS_USAGE)
    return 2
  }
  return usage(err, `Unknown lists command "${command}".`)
}

function usage(err: NodeJS.WritableStream, message: string): number {
  err.write(`${message}\n\n${LISTS_USAGE}`)
  return 2
}

async function withStore(dataDir: string, cleanup: boolean, fn: (store: ListStore) => Promise<number>): Promise<number> {
  const db = openDatabase(databaseFile(dataDir))
  const store = ListStore.open({ db, audit: new AuditLog(db, auditAnchorFile(dataDir)), dataDir, cleanup })
  try {
    return await fn(store)
  } finally {
    store.close()
    db.close()
  }
}

/** One line redrawn with \r on a terminal; a plain line every 5 s (and per phase) otherwise. */
export function progressBar(err: NodeJS.WritableStream): { update: (p: ImportProgress) => void; end: () => void } {
  const tty = (err as NodeJS.WriteStream).isTTY === true
  let lastLine = 0
  let lastPhase = ''
  let drawn = false
  const render = (p: ImportProgress) => {
    const pct = p.totalBytes > 0 ? Math.min(100, (100 * p.bytesRead) / p.totalBytes) : 0
    const rate = p.elapsedMs > 0 ? Math.round((p.rows * 1000) / p.elapsedMs) : 0
    const width = 24
    const filled = Math.round((pct / 100) * width)
    const bar = tty ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : ''
    return `${bar}${pct.toFixed(1).padStart(5)}%  ${nf.format(p.rows)} rows  ${nf.format(rate)} rows/s  ${p.phase}`
  }
  return {
    update: (p) => {
      if (tty) {
        err.write(`\r${render(p)}\u001b[K`)
        drawn = true
      } else if (p.elapsedMs - lastLine >= 5000 || (p.phase === 'indexing' && lastPhase === 'reading' && p.elapsedMs >= 5000)) {
        // Plain lines for logs: every 5 s, and when a long import moves on to indexing.
        lastLine = p.elapsedMs
        err.write(`${render(p)}\n`)
      }
      lastPhase = p.phase
    },
    end: () => {
      if (tty && drawn) err.write('\n')
    },
  }
}

function printReport(r: ImportReport, out: NodeJS.WritableStream, err: NodeJS.WritableStream): void {
  const seconds = (r.durationMs / 1000).toFixed(1)
  for (const n of r.notes) out.write(`note: ${n}\n`)
  if (r.ok) {
    const delta = r.delta ? ` (delta: ${r.delta.added} added, ${r.delta.changed} changed, ${r.delta.removed} removed)` : ''
    out.write(
      `Imported ${r.listId} version ${r.version} (${r.kind}, ${r.format}): ${nf.format(r.recordCount)} records in ${seconds} s${delta}.${
        r.previousVersion ? ` Version ${r.previousVersion} retired.` : ''
      }\n`,
    )
    if (r.skipped.length) {
      out.write(`Skipped ${nf.format(r.skipped.length + r.moreSkipped)} bad row(s):\n`)
      for (const p of r.skipped) out.write(`  line ${p.line}${p.recordId ? ` (${p.recordId})` : ''}: ${p.message}\n`)
      if (r.moreSkipped) out.write(`  … and ${nf.format(r.moreSkipped)} more\n`)
    }
    return
  }
  err.write(`Import of ${r.listId} failed${r.previousVersion ? `; version ${r.previousVersion} stays in force` : ''}:\n`)
  for (const p of r.errors) err.write(`  ${p.line > 0 ? `line ${p.line}` : 'file'}${p.recordId ? ` (${p.recordId})` : ''}: ${p.message}\n`)
  if (r.moreErrors) err.write(`  … and ${nf.format(r.moreErrors)} more\n`)
  if (r.errors.length && r.errors.every((p) => p.line > 0)) err.write('Fix these rows, or import with --skip-bad-rows to leave them out.\n')
}

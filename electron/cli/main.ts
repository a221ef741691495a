// `npx checkpoint <command>`: the command line for technicians and administrators.
import { parseArgs } from 'node:util'
import { existsSync } from 'node:fs'
import { auditAnchorFile, databaseFile, defaultDataDir } from '../app/paths'
import { openDatabaseReadOnly } from '../store/database'
import { AuditLog } from '../services/audit/audit-log'

const USAGE = `Usage: checkpoint <command> [options]

Commands:
  audit verify [--data-dir DIR] [--json]   Check the audit log's hash chain; exit 0 if intact, 1 if tampered.

Options:
  --data-dir DIR   Workstation data folder (default: $CHECKPOINT_DATA_DIR or ~/.local/share/checkpoint)
  -h, --help       Show this help
`

export async function runCli(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    })
  } catch (e) {
    err.write(`${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { positionals, values } = parsed
  if (values.help || positionals.length === 0) {
    out.write(USAGE)
    return values.help ? 0 : 2
  }
  const command = positionals.join(' ')
  if (command === 'audit verify') return auditVerify(values['data-dir'] ?? defaultDataDir(), values.json, out, err)
  err.write(`Unknown command "${command}".\n\n${USAGE}`)
  return 2
}

function auditVerify(dataDir: string, json: boolean, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const file = databaseFile(dataDir)
  if (!existsSync(file)) {
    err.write(`No workstation database at ${file}. Pass --data-dir.\n`)
    return 2
  }
  const db = openDatabaseReadOnly(file)
  try {
    const anchor = auditAnchorFile(dataDir)
    const result = new AuditLog(db, existsSync(anchor) ? anchor : null).verify()
    if (json) {
      out.write(`${JSON.stringify(result)}\n`)
    } else if (result.ok) {
      out.write(`Audit log intact: ${result.entries} entries, hash chain verified${existsSync(anchor) ? ' up to the anchored head' : ' (no anchor file: deletion of the newest entries cannot be ruled out)'}.\n`)
    } else {
      out.write(`AUDIT LOG TAMPERED: ${result.problems.length} problem(s) in ${result.entries} entries\n`)
      for (const p of result.problems) out.write(`  entry ${p.seq}: ${p.problem}\n`)
    }
    return result.ok ? 0 : 1
  } finally {
    db.close()
  }
}

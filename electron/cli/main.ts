// `npx checkpoint <command>`: the command line for technicians and administrators.
import { existsSync } from 'node:fs'
import { auditAnchorFile, databaseFile, defaultDataDir } from '../app/paths'
import { userInfo } from 'node:os'
import { openDatabase, openDatabaseReadOnly } from '../store/database'
import { AuditLog } from '../services/audit/audit-log'
import { AuthService } from '../services/auth/auth-service'
import { roles, type Role } from '../../shared/domain/roles'
import { mrzReport as buildMrzReport, splitMrzInput } from './mrz-report'
import { matchNames } from './match-names'
import { listsCommandIndex, runListsCli } from './lists'
import { parseCommandLine } from './common-options'
import { runFingerprintsCli } from './fingerprints'

const USAGE = `Usage: checkpoint <command> [options]

Commands:
  audit verify [--data-dir DIR] [--json]   Check the audit log's hash chain; exit 0 if intact, 1 if tampered.
  users add --username NAME --role ROLE [--role ROLE…] [--display-name TEXT]
                                           Create an account; the password is read from standard input.
  users list                               List accounts and their roles.
  match-names --pairs FILE.csv [--threshold T]
                                           Score name pairs (columns name1,name2[,is_match]); with labels,
                                           print precision, recall and F1 at the threshold.
  mrz [LINE…]                              Parse MRZ lines (arguments or standard input; lines separated by
                                           newlines or /) and print the full field report as JSON;
                                           exit 0 if valid, 1 if not.
  lists import FILE --list ID --kind documents|persons|vehicles --format csv|ftm|interpol|delta
                                           Import a new version of an alert list (\`lists --help\`: all options);
                                           exit 0 if imported, 1 if not (the version in force is kept).
  lists status | lists search TEXT         The alert lists in force; search them.
  fingerprints enrol|export|decode …       Enrol a listed person's print (image or ISO 19794-2 template),
                                           export a crossing as ANSI/NIST-ITL, decode such a file
                                           (\`fingerprints --help\`).

Options:
  --data-dir DIR   Workstation data folder (default: $CHECKPOINT_DATA_DIR or ~/.local/share/checkpoint)
  -h, --help       Show this help
`

export async function runCli(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  if (argv[0] === 'fingerprints') return runFingerprintsCli(argv.slice(1), out, err)
  const listsAt = listsCommandIndex(argv)
  if (listsAt >= 0) return runListsCli([...argv.slice(0, listsAt), ...argv.slice(listsAt + 1)], out, err)
  const parsed = parseCommandLine(
    argv,
    {
      username: { type: 'string' },
      role: { type: 'string', multiple: true },
      'display-name': { type: 'string' },
      pairs: { type: 'string' },
      threshold: { type: 'string' },
    },
    USAGE,
    err,
  )
  if (parsed === null) return 2
  const { positionals, values } = parsed
  if (values.help || positionals.length === 0) {
    out.write(USAGE)
    return values.help ? 0 : 2
  }
  const command = positionals.join(' ')
  if (positionals[0] === 'mrz') return mrzReport(positionals.slice(1), stdin, out, err)
  if (command === 'match-names') {
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
    if (!values.pairs || (threshold !== undefined && !(threshold >= 0 && threshold <= 1))) {
      err.write('match-names needs --pairs FILE.csv and an optional --threshold between 0 and 1.\n')
      return 2
    }
    return matchNames(values.pairs, threshold, out, err)
  }
  const dataDir = values['data-dir'] ?? defaultDataDir()
  if (command === 'audit verify') return auditVerify(dataDir, values.json, out, err)
  if (command === 'users list') return usersList(dataDir, out)
  if (command === 'users add') return usersAdd(dataDir, values.username, values.role ?? [], values['display-name'], stdin, out, err)
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

async function usersAdd(
  dataDir: string,
  username: string | undefined,
  roleNames: string[],
  displayName: string | undefined,
  stdin: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const unknown = roleNames.filter((r) => !(roles as readonly string[]).includes(r))
  if (!username || !/^[a-z0-9._-]{2,64}$/.test(username) || roleNames.length === 0 || unknown.length > 0) {
    err.write(`users add needs --username (2-64 of a-z 0-9 . _ -) and at least one --role among ${roles.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}.\n`)
    return 2
  }
  const password = (await readAll(stdin)).replace(/\r?\n$/, '')
  if (password.length < 12) {
    err.write('The password (read from standard input) must have at least 12 characters.\n')
    return 2
  }
  const db = openDatabase(databaseFile(dataDir))
  try {
    const audit = new AuditLog(db, auditAnchorFile(dataDir))
    if (db.prepare('SELECT 1 FROM users WHERE username = ?').get(username)) {
      err.write(`User ${username} already exists.\n`)
      return 1
    }
    await new AuthService(db, audit).createUser({ username, displayName: displayName ?? username, roles: roleNames as Role[] }, password, `cli:${userInfo().username}`)
    out.write(`Created ${username} (${roleNames.join(', ')}).\n`)
    return 0
  } finally {
    db.close()
  }
}

function usersList(dataDir: string, out: NodeJS.WritableStream): number {
  const file = databaseFile(dataDir)
  if (!existsSync(file)) {
    out.write('No accounts yet.\n')
    return 0
  }
  const db = openDatabaseReadOnly(file)
  try {
    const rows = db.prepare('SELECT username, display_name, roles, disabled FROM users ORDER BY username').all() as Array<{ username: string; display_name: string; roles: string; disabled: number }>
    for (const r of rows) out.write(`${r.username}\t${(JSON.parse(r.roles) as string[]).join(',')}\t${r.display_name}${r.disabled ? '\t(disabled)' : ''}\n`)
    return 0
  } finally {
    db.close()
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of stream) text += chunk.toString()
  return text
}

async function mrzReport(args: string[], stdin: NodeJS.ReadableStream, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const lines = splitMrzInput(args.length > 0 ? args.join('\n') : await readAll(stdin))
  if (lines.length === 0) {
    err.write('Give the MRZ lines as arguments or on standard input (separated by newlines or /).\n')
    return 2
  }
  const report = buildMrzReport(lines, new Date())
  out.write(`${JSON.stringify(report, null, 2)}\n`)
  return report.valid ? 0 : 1
}

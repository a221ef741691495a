// `checkpoint fingerprints …`: enrol prints for listed persons (list files
// carry none), export a crossing as ANSI/NIST-ITL, and decode such a file.
import { existsSync, readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { userInfo } from 'node:os'
import sharp from 'sharp'
import { parseCommandLine } from './common-options'
import { auditAnchorFile, databaseFile, defaultDataDir } from '../app/paths'
import { openDatabase } from '../store/database'
import { AuditLog } from '../services/audit/audit-log'
import { createBuiltInEngine } from '../services/fingerprints/engine/built-in-engine'
import { FingerprintRepository } from '../services/fingerprints/fingerprint-repository'
import { EnrolmentError, ListEnrolments } from '../services/fingerprints/enrolment/list-enrolments'
import { exportCrossing, ExportError } from '../services/fingerprints/exchange/export-crossing'
import { AnsiNistFormatError, parseTransaction } from '../services/fingerprints/exchange/ansi-nist-parser'
import type { GreyImage } from '../../shared/fingerprints/grey-image'

export const FINGERPRINTS_USAGE = `Usage: checkpoint fingerprints <command> [options]

Commands:
  enrol FILE --list ID --record ID --position 1-10 [--source TEXT] [--ppi 500]
                     Enrol a print for a person on alert list ID: FILE is a PNG/JPEG/TIFF image
                     (500 ppi, dark ridges) or an ISO/IEC 19794-2 template. A template that
                     cannot be read is refused; nothing is stored.
  export --crossing N [--lane NAME]
                     Write the crossing's fingers as an ANSI/NIST-ITL 1-2011 file (Type-1 + one
                     Type-14 per finger, PNG) into the data folder's exports/; prints its path.
  decode FILE        List the records of an ANSI/NIST-ITL file (JSON).

Options:
  --data-dir DIR     Workstation data folder (default: $CHECKPOINT_DATA_DIR or ~/.local/share/checkpoint)
  -h, --help         Show this help

Exit codes: 0 done, 1 refused (bad template, nothing to export, corrupt file), 2 usage error.
`

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.bmp'])

export async function runFingerprintsCli(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      list: { type: 'string' },
      record: { type: 'string' },
      position: { type: 'string' },
      source: { type: 'string' },
      ppi: { type: 'string' },
      crossing: { type: 'string' },
      lane: { type: 'string' },
    },
    FINGERPRINTS_USAGE,
    err,
  )
  if (parsed === null) return 2
  const { positionals, values } = parsed
  const [command, file] = positionals
  if (values.help || !command) {
    out.write(FINGERPRINTS_USAGE)
    return values.help ? 0 : 2
  }
  if (command === 'decode') {
    if (!file || !existsSync(file)) return usage(err, 'decode needs an existing FILE.')
    try {
      const records = parseTransaction(new Uint8Array(readFileSync(file)))
      out.write(`${JSON.stringify(records.map((r) => ({ type: r.type, length: r.length, fields: Object.fromEntries(r.fields), dataBytes: r.data?.length ?? 0 })), null, 2)}\n`)
      return 0
    } catch (e) {
      if (e instanceof AnsiNistFormatError) {
        err.write(`Not a readable ANSI/NIST-ITL transaction: ${e.message}\n`)
        return 1
      }
      throw e
    }
  }
  const dataDir = values['data-dir'] ?? defaultDataDir()
  const actor = `cli:${userInfo().username}`
  if (command === 'enrol') {
    const position = Number(values.position)
    if (!file || !existsSync(file) || !values.list || !values.record || !Number.isInteger(position)) return usage(err, 'enrol needs an existing FILE, --list, --record and --position 1-10.')
    return withStore(dataDir, async ({ enrolments }) => {
      const target = { listId: values.list!, recordId: values.record!, position, source: values.source ?? file, actor }
      try {
        if (IMAGE_EXTENSIONS.has(extname(file).toLowerCase())) enrolments.enrolImage(target, await readGrey(file, Number(values.ppi ?? 500)))
        else enrolments.enrolTemplate(target, new Uint8Array(readFileSync(file)))
      } catch (e) {
        if (e instanceof EnrolmentError) {
          err.write(`${e.message}\n`)
          return 1
        }
        throw e
      }
      out.write(`Enrolled finger ${position} for ${values.list}/${values.record}.\n`)
      return 0
    })
  }
  if (command === 'export') {
    const crossingId = Number(values.crossing)
    if (!Number.isInteger(crossingId) || crossingId <= 0) return usage(err, 'export needs --crossing N.')
    return withStore(dataDir, ({ db, audit }) => {
      try {
        const r = exportCrossing({ repo: new FingerprintRepository(db), audit, dataDir, lane: values.lane ?? 'lane', now: () => new Date() }, crossingId, actor)
        out.write(`${r.file}\n`)
        return 0
      } catch (e) {
        if (e instanceof ExportError) {
          err.write(`${e.message}\n`)
          return 1
        }
        throw e
      }
    })
  }
  return usage(err, `Unknown command "${command}".`)
}

function usage(err: NodeJS.WritableStream, message: string): number {
  err.write(`${message}\n\n${FINGERPRINTS_USAGE}`)
  return 2
}

async function withStore<T>(dataDir: string, fn: (s: { db: ReturnType<typeof openDatabase>; audit: AuditLog; enrolments: ListEnrolments }) => T | Promise<T>): Promise<T> {
  const db = openDatabase(databaseFile(dataDir))
  try {
    const audit = new AuditLog(db, auditAnchorFile(dataDir))
    const enrolments = new ListEnrolments({ audit, repo: new FingerprintRepository(db), engine: createBuiltInEngine(), now: () => new Date() })
    return await fn({ db, audit, enrolments })
  } finally {
    db.close()
  }
}

async function readGrey(file: string, ppi: number): Promise<GreyImage> {
  const { data, info } = await sharp(file).greyscale().raw().toBuffer({ resolveWithObject: true })
  const pixels = new Uint8Array(info.width * info.height)
  for (let i = 0; i < pixels.length; i++) pixels[i] = data[i * info.channels]!
  return { width: info.width, height: info.height, pixels, ppi }
}

// Reads back an ANSI/NIST-ITL transaction of tagged records (Type-1 first,
// its CNT naming the rest): for tests of what the encoder wrote and for
// checking a file before it is sent. Binary record types (Type-4 …) are
// refused with a clear error rather than misread. Pure.
import { FS, GS } from './ansi-nist-separators'

export interface ParsedRecord {
  type: number
  /** Byte length from T.001, checked against the bytes. */
  length: number
  /** Text fields by tag ("14.013"); binary fields (T.999) in `data`. */
  fields: Map<string, string>
  data: Uint8Array | null
}

export class AnsiNistFormatError extends Error {
  override readonly name = 'AnsiNistFormatError'
}

const TAGGED_TYPES = new Set([1, 2, 9, 10, 13, 14, 15, 17])
const latin1 = new TextDecoder('latin1')

export function parseTransaction(bytes: Uint8Array): ParsedRecord[] {
  const first = parseRecord(bytes, 0, 1)
  const cnt = first.fields.get('1.003')
  if (!cnt) throw new AnsiNistFormatError('Type-1 has no CNT (1.003)')
  const listed = cnt.split('\x1e').map((s) => s.split('\x1f'))
  const declared = Number(listed[0]?.[1])
  const types = listed.slice(1).map((s) => Number(s[0]))
  if (listed[0]?.[0] !== '1' || declared !== types.length) throw new AnsiNistFormatError(`CNT lists ${types.length} records but declares ${listed[0]?.[1]}`)
  const records = [first]
  let at = first.length
  for (const type of types) {
    if (!TAGGED_TYPES.has(type)) throw new AnsiNistFormatError(`record type ${type} is binary or unknown: not supported here`)
    const r = parseRecord(bytes, at, type)
    records.push(r)
    at += r.length
  }
  if (at !== bytes.length) throw new AnsiNistFormatError(`${bytes.length - at} bytes after the last record CNT lists`)
  return records
}

function parseRecord(bytes: Uint8Array, start: number, type: number): ParsedRecord {
  const prefix = `${type}.001:`
  const head = latin1.decode(bytes.subarray(start, start + prefix.length + 12))
  if (!head.startsWith(prefix)) throw new AnsiNistFormatError(`expected ${prefix} at byte ${start}`)
  const digits = /^\d+/.exec(head.slice(prefix.length))?.[0]
  const length = Number(digits)
  if (!digits || length <= prefix.length || start + length > bytes.length) throw new AnsiNistFormatError(`record ${type} at byte ${start}: bad or overlong LEN ${digits ?? ''}`)
  if (bytes[start + length - 1] !== FS) throw new AnsiNistFormatError(`record ${type} at byte ${start}: LEN ${length} does not end on a record separator`)
  const body = bytes.subarray(start, start + length - 1)
  const fields = new Map<string, string>()
  let data: Uint8Array | null = null
  let at = 0
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at)
    if (colon < 0) throw new AnsiNistFormatError(`record ${type}: field without a tag at byte ${start + at}`)
    const tagText = latin1.decode(body.subarray(at, colon))
    if (!/^\d+\.\d{3}$/.test(tagText) || Number(tagText.split('.')[0]) !== type) throw new AnsiNistFormatError(`record ${type}: bad tag "${tagText}"`)
    if (tagText.endsWith('.999')) {
      data = body.slice(colon + 1)
      break
    }
    let end = body.indexOf(GS, colon + 1)
    if (end < 0) end = body.length
    fields.set(tagText, latin1.decode(body.subarray(colon + 1, end)))
    at = end + 1
  }
  return { type, length, fields, data }
}

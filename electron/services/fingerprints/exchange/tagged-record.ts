// One tagged ANSI/NIST record: `T.NNN:value` fields separated by GS, ended by
// FS, with T.001 (LEN) giving the record's whole length in bytes (LEN itself
// and the FS included). A binary field (T.999) must come last. Pure.
import { assertPlainText, FS, GS } from './ansi-nist-separators'

export type FieldValue = string | Uint8Array

export interface TaggedField {
  /** The field number (1 = LEN is computed, never given). */
  field: number
  value: FieldValue
}

const ascii = new TextEncoder()

export function tag(recordType: number, field: number): string {
  return `${recordType}.${String(field).padStart(3, '0')}`
}

export function encodeTaggedRecord(recordType: number, fields: readonly TaggedField[]): Uint8Array {
  const sorted = [...fields].sort((a, b) => a.field - b.field)
  if (sorted.some((f) => f.field === 1)) throw new RangeError('LEN (field 1) is computed by the encoder')
  const parts = sorted.map((f, k) => {
    const t = tag(recordType, f.field)
    if (typeof f.value === 'string') {
      assertPlainText(t, f.value)
      return concat([ascii.encode(`${t}:${f.value}`)])
    }
    if (k !== sorted.length - 1) throw new RangeError(`binary field ${t} must be the record's last field`)
    return concat([ascii.encode(`${t}:`), f.value])
  })
  const body = parts.reduce((n, p) => n + p.length + 1, 0) // each field + its GS (the last one's separator is the FS)
  // LEN counts its own digits: grow until the length written is the length it describes.
  let length = body
  for (;;) {
    const next = body + ascii.encode(`${tag(recordType, 1)}:${length}`).length + 1
    if (next === length) break
    length = next
  }
  const out = new Uint8Array(length)
  let at = 0
  const write = (bytes: Uint8Array, sep: number) => {
    out.set(bytes, at)
    at += bytes.length
    out[at++] = sep
  }
  const all = [ascii.encode(`${tag(recordType, 1)}:${length}`), ...parts]
  all.forEach((p, k) => write(p, k === all.length - 1 ? FS : GS))
  return out
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

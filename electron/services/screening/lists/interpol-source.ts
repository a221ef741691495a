// INTERPOL notices in the shape of the public Notices API (ws-public.interpol.int/notices/v1/…):
// a page {"total", "query", "_embedded": {"notices": [...]}}, an array of pages, an array of
// notices, a single notice detail, or JSON Lines of any of those. Per notice:
//   entity_id → id; name → surname; forename → given names; date_of_birth (YYYY/MM/DD, YYYY/MM
//   or YYYY) → birth date; nationalities (alpha-2) → alpha-3; sex_id M/F (U → unknown);
//   arrest_warrants[].charge / issuing_country_id → reason; _links.self.href (/red/, /yellow/,
//   /un/) → notice type; _links.thumbnail (else images) → photo reference; place and country
//   of birth, marks, height, weight, languages, eye and hair colours → details.
// A page is one JSON document: it is read whole, up to MAX_INTERPOL_BYTES.
import { readFileSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { personRow, type Fields } from './records'
import { CORRUPT_TEXT, type SourceResult, type SourceSink } from './source'
import { decodeWindows1252, NotTextError, sniffFile, type TextFileInfo } from './text-lines'
import { gunzipSync } from 'node:zlib'

export const MAX_INTERPOL_BYTES = 512 * 1024 * 1024

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function countLines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}
const lineAt = (text: string, position: number): number => 1 + countLines(text, 0, position)

/** The position in a JSON.parse error message, as a line number. */
function jsonErrorLine(text: string, message: string): number {
  const m = /position (\d+)/.exec(message)
  if (m) return lineAt(text, Number(m[1]))
  return lineAt(text, text.length)
}

function noticesOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value.flatMap((v) => noticesOf(v) ?? [v])
  if (!isObject(value)) return null
  const embedded = value._embedded
  if (isObject(embedded) && Array.isArray(embedded.notices)) return embedded.notices
  if ('entity_id' in value) return [value]
  return null
}

function noticeType(n: Json): string {
  const links = isObject(n._links) ? n._links : {}
  const self = isObject(links.self) && typeof links.self.href === 'string' ? links.self.href : ''
  if (/\/un\//.test(self)) return 'INTERPOL-UN Security Council special notice'
  const colour = /\/notices\/v\d+\/([a-z]+)\//.exec(self)?.[1]
  return colour ? `INTERPOL ${colour} notice` : 'INTERPOL notice'
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s) => s !== '') : [])

function reasonOf(n: Json, type: string): string {
  const warrants = Array.isArray(n.arrest_warrants) ? n.arrest_warrants.filter(isObject) : []
  const charges = warrants
    .map((w) => {
      const charge = (str(w.charge_translation) || str(w.charge)).replace(/\s+/g, ' ').trim()
      const country = str(w.issuing_country_id)
      return charge ? `${country ? `${country}: ` : ''}${charge}` : ''
    })
    .filter(Boolean)
  if (charges.length) return `Wanted (${type}): ${charges.join('; ')}`.slice(0, 4000)
  if (/yellow/.test(type)) return `Missing person (${type})`
  if (/red/.test(type)) return `Wanted for prosecution or to serve a sentence (${type}; charges not published)`
  return type
}

function photoOf(n: Json): string | null {
  const links = isObject(n._links) ? n._links : {}
  for (const k of ['thumbnail', 'images']) {
    const l = links[k]
    if (isObject(l) && typeof l.href === 'string' && l.href) return l.href
  }
  return null
}

function mapNotice(n: Json): { fields: Fields; details: Record<string, unknown> } {
  const type = noticeType(n)
  const sex = str(n.sex_id)
  const fields: Fields = {
    id: str(n.entity_id),
    surname: str(n.name),
    given_names: str(n.forename),
    birth_date: str(n.date_of_birth),
    nationalities: strs(n.nationalities),
    sex: sex === 'U' ? '' : sex,
    reason: reasonOf(n, type),
    notice_type: type,
    photo_ref: photoOf(n) ?? '',
  }
  const details = Object.fromEntries(
      Object.entries({
        placeOfBirth: n.place_of_birth,
        countryOfBirth: n.country_of_birth_id,
        distinguishingMarks: n.distinguishing_marks,
        height: n.height,
        weight: n.weight,
        languages: n.languages_spoken_ids,
        eyeColours: n.eyes_colors_id,
        hairColours: n.hairs_id,
        arrestWarrants: n.arrest_warrants,
      }).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  )
  return { fields, details }
}

function decode(bytes: Buffer, sink: SourceSink): { text: string; bom: boolean; latin1: boolean } {
  let b = bytes
  let bom = false
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    b = b.subarray(3)
    bom = true
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b), bom, latin1: false }
  } catch {
    sink.note('the file is not valid UTF-8: decoded as Latin-1 (Windows-1252)')
    return { text: decodeWindows1252(b), bom, latin1: true }
  }
}

export async function importInterpol(path: string, sink: SourceSink): Promise<SourceResult> {
  const size = statSync(path).size
  if (size > MAX_INTERPOL_BYTES) throw new NotTextError(`The file is ${size} bytes; INTERPOL notice files are read whole, up to ${MAX_INTERPOL_BYTES}.`)
  const { gzip } = sniffFile(path)
  const raw = readFileSync(path)
  const sha256 = createHash('sha256').update(raw).digest('hex')
  const bytes = gzip ? gunzipSync(raw, { maxOutputLength: MAX_INTERPOL_BYTES }) : raw
  sink.bytes(size, size)
  const { text, bom, latin1 } = decode(bytes, sink)
  const file: TextFileInfo = { totalBytes: size, gzip, bom, latin1Lines: [], latin1LineCount: latin1 ? lineAt(text, text.length) : 0, sha256 }

  // One document, or JSON Lines (a first line that is a complete value and more lines after it).
  const documents: Array<{ value: unknown; line: number }> = []
  const firstLineEnd = text.indexOf('\n')
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd)
  let jsonLines = false
  if (firstLineEnd >= 0 && text.slice(firstLineEnd).trim() !== '') {
    try {
      JSON.parse(firstLine)
      jsonLines = true
    } catch {
      jsonLines = false
    }
  }
  if (jsonLines) {
    text.split('\n').forEach((l, i) => {
      if (l.trim() === '') return
      try {
        documents.push({ value: JSON.parse(l), line: i + 1 })
      } catch (e) {
        sink.row()
        sink.bad({ line: i + 1, message: `not valid JSON (${(e as Error).message})` })
      }
    })
  } else {
    try {
      documents.push({ value: JSON.parse(text), line: 1 })
    } catch (e) {
      const message = (e as Error).message
      const position = /position (\d+)/.exec(message)
      const atEnd = !position || Number(position[1]) >= text.trimEnd().length - 1
      sink.fatal({ line: jsonErrorLine(text, message), message: `not valid JSON (${message}${atEnd ? ': the file is cut short' : ''})` })
      return { file }
    }
  }

  let searchFrom = 0
  let searchLine = 1
  let index = 0
  for (const doc of documents) {
    const notices = noticesOf(doc.value)
    if (!notices) {
      sink.row()
      ;(jsonLines ? sink.bad : sink.fatal).call(sink, { line: doc.line, message: 'no notices here (expected _embedded.notices, an array of notices or a notice with entity_id)' })
      continue
    }
    for (const n of notices) {
      index++
      sink.row()
      if (!isObject(n)) {
        sink.bad({ line: doc.line, message: `notice #${index} is not an object` })
        continue
      }
      const { fields, details } = mapNotice(n)
      const id = fields.id as string
      // The line of a notice, found by its entity_id (or name): JSON.parse keeps no positions.
      let line = doc.line
      const anchor = id || str(n.name) || str(n.forename)
      if (!jsonLines && anchor) {
        const at = text.indexOf(JSON.stringify(anchor), searchFrom)
        if (at >= 0) {
          searchLine += countLines(text, searchFrom, at)
          searchFrom = at
          line = searchLine
        }
      }
      if (!id) {
        sink.bad({ line, message: `notice #${index} has no entity_id` })
        continue
      }
      if (CORRUPT_TEXT.test(JSON.stringify(n))) {
        sink.bad({ line, message: `notice #${index} holds control characters or undecodable bytes (corrupted?)`, recordId: id })
        continue
      }
      const result = personRow(fields, details)
      if (result.ok) sink.add(result.row, line)
      else sink.bad({ line, message: `notice #${index}: ${result.message}`, recordId: id })
    }
  }
  return { file }
}

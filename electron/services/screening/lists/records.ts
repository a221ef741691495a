// From a source row (named fields, as strings) to the normalised record a list file stores, or
// the reason it cannot be one. CSV and delta rows come through here; FtM and INTERPOL map their
// entities to the same fields first, so every format is validated alike.
import { countryCode } from './country-codes'
import { documentConfusionKey, documentIssuerKey, documentNumberKey, documentTypeKey, normalisePlate, vinKey } from './keys'
import type { ListKind } from './types'

export interface DocumentRow {
  recordId: string
  number: string
  numberKey: string
  confusionKey: string
  type: string
  typeKey: string
  issuer: string
  reason: string
  details: string | null
}

export interface PersonRow {
  recordId: string
  names: string[]
  birthDate: string | null
  nationalities: string[]
  sex: 'M' | 'F' | null
  reason: string
  noticeType: string | null
  photoRef: string | null
  details: string | null
}

export interface VehicleRow {
  recordId: string
  plate: string | null
  plateKey: string | null
  country: string | null
  vin: string | null
  vinKey: string | null
  make: string | null
  model: string | null
  colour: string | null
  reason: string
  details: string | null
}

export type KindRow = DocumentRow | PersonRow | VehicleRow

/** A source row: a field's text, or a list for the multi-valued person fields. */
export type Fields = Record<string, string | string[] | undefined>

export type RowResult<R> = { ok: true; row: R } | { ok: false; message: string; recordId?: string }

// ---- columns ----------------------------------------------------------------------------------

export interface ColumnSpec {
  required: readonly string[]
  /** At least one of each group. */
  oneOf: ReadonlyArray<readonly string[]>
  optional: readonly string[]
  /** Optional columns kept verbatim in the record's details. */
  details: readonly string[]
}

export const COLUMNS: Readonly<Record<ListKind, ColumnSpec>> = {
  documents: {
    required: ['id', 'number', 'reason'],
    oneOf: [],
    optional: ['type', 'issuer'],
    details: ['reported_date', 'status', 'holder_name', 'notes'],
  },
  persons: {
    required: ['id', 'reason'],
    oneOf: [['name', 'surname']],
    optional: ['given_names', 'aliases', 'birth_date', 'nationalities', 'sex', 'notice_type', 'photo_ref'],
    details: ['place_of_birth', 'notes'],
  },
  vehicles: {
    required: ['id', 'reason'],
    oneOf: [['plate', 'vin']],
    optional: ['country', 'make', 'model', 'colour'],
    details: ['reported_date', 'notes'],
  },
}

/** Header spellings seen in exports, mapped to the documented column names. */
const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  record_id: 'id',
  document_number: 'number',
  doc_number: 'number',
  document_type: 'type',
  doc_type: 'type',
  issuing_state: 'issuer',
  issuing_country: 'issuer',
  given_name: 'given_names',
  forename: 'given_names',
  forenames: 'given_names',
  first_name: 'given_names',
  last_name: 'surname',
  family_name: 'surname',
  full_name: 'name',
  alias: 'aliases',
  dob: 'birth_date',
  date_of_birth: 'birth_date',
  birthdate: 'birth_date',
  nationality: 'nationalities',
  gender: 'sex',
  photo: 'photo_ref',
  registration: 'plate',
  registration_number: 'plate',
  plate_number: 'plate',
  vin_code: 'vin',
  color: 'colour',
  registration_country: 'country',
}

export function canonicalColumn(header: string): string {
  const h = header
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
  return COLUMN_ALIASES[h] ?? h
}

/** Checks a header against a kind's columns: missing required ones are an error, unknown ones a note. */
export function checkHeader(kind: ListKind, columns: readonly string[], extra: readonly string[] = []): { error: string | null; ignored: string[] } {
  const spec = COLUMNS[kind]
  const present = new Set(columns)
  const missing = spec.required.filter((c) => !present.has(c))
  const groups = spec.oneOf.filter((g) => !g.some((c) => present.has(c))).map((g) => g.join(' or '))
  const known = new Set([...spec.required, ...spec.oneOf.flat(), ...spec.optional, ...spec.details, ...extra])
  const ignored = columns.filter((c) => c !== '' && !known.has(c))
  const dupes = columns.filter((c, i) => c !== '' && columns.indexOf(c) !== i)
  const problems = [
    ...(missing.length ? [`missing column(s) ${missing.join(', ')}`] : []),
    ...(groups.length ? [`needs a column ${groups.join('; ')}`] : []),
    ...(dupes.length ? [`column(s) ${[...new Set(dupes)].join(', ')} given twice`] : []),
  ]
  return { error: problems.length ? `${problems.join('; ')} (${kind} columns: ${describeColumns(kind)})` : null, ignored }
}

export function describeColumns(kind: ListKind): string {
  const spec = COLUMNS[kind]
  return [...spec.required.map((c) => `${c}*`), ...spec.oneOf.map((g) => `${g.join('|')}*`), ...spec.optional, ...spec.details].join(', ')
}

// ---- field helpers ----------------------------------------------------------------------------

const MAX_ID = 200
const MAX_TEXT = 4000

function text(f: Fields, name: string): string {
  const v = f[name]
  if (v === undefined) return ''
  return (Array.isArray(v) ? v.join(' | ') : v).trim()
}

function list(f: Fields, name: string): string[] {
  const v = f[name]
  if (v === undefined) return []
  const parts = Array.isArray(v) ? v : v.split('|')
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

function optional(f: Fields, name: string): string | null {
  const v = text(f, name)
  return v === '' ? null : v
}

function detailsOf(f: Fields, names: readonly string[], more: Record<string, unknown> = {}): string | null {
  const out: Record<string, unknown> = {}
  for (const n of names) {
    const v = f[n]
    if (v === undefined) continue
    if (Array.isArray(v) ? v.length > 0 : v.trim() !== '') out[n] = Array.isArray(v) ? v : v.trim()
  }
  for (const [k, v] of Object.entries(more)) if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) out[k] = v
  return Object.keys(out).length > 0 ? JSON.stringify(out) : null
}

function recordIdOf(f: Fields): RowResult<string> {
  const id = text(f, 'id')
  if (id === '') return { ok: false, message: 'id is empty' }
  if (id.length > MAX_ID) return { ok: false, message: `id is longer than ${MAX_ID} characters` }
  return { ok: true, row: id }
}

function reasonOf(f: Fields, id: string): RowResult<string> {
  const reason = text(f, 'reason')
  if (reason === '') return { ok: false, message: 'reason is empty', recordId: id }
  if (reason.length > MAX_TEXT) return { ok: false, message: `reason is longer than ${MAX_TEXT} characters`, recordId: id }
  return { ok: true, row: reason }
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * A possibly partial date of birth: YYYY, YYYY-MM or YYYY-MM-DD (also with / or . between the
 * parts, as INTERPOL writes them, or with a time after it). 00 for an unknown month or day
 * shortens the date. Returns null for an empty value.
 */
export function partialDate(value: string): { ok: true; date: string | null } | { ok: false; message: string } {
  const v = value.trim()
  if (v === '') return { ok: true, date: null }
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?$/.exec(v)
  if (!m) return { ok: false, message: `birth date "${v}" is not YYYY, YYYY-MM or YYYY-MM-DD` }
  const year = Number(m[1])
  const month = m[2] === undefined ? 0 : Number(m[2])
  const day = m[3] === undefined ? 0 : Number(m[3])
  if (year < 1850 || year > 2100) return { ok: false, message: `birth date "${v}": year out of range` }
  if (month === 0) return day === 0 ? { ok: true, date: String(year) } : { ok: false, message: `birth date "${v}": a day without a month` }
  if (month > 12) return { ok: false, message: `birth date "${v}": no month ${month}` }
  const mm = String(month).padStart(2, '0')
  if (day === 0) return { ok: true, date: `${year}-${mm}` }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const max = month === 2 && !leap ? 28 : DAYS[month - 1]!
  if (day > max) return { ok: false, message: `birth date "${v}": no day ${day} in that month` }
  return { ok: true, date: `${year}-${mm}-${String(day).padStart(2, '0')}` }
}

export function sexOf(value: string): { ok: true; sex: 'M' | 'F' | null } | { ok: false; message: string } {
  const v = value.trim().toUpperCase()
  if (v === 'M' || v === 'MALE') return { ok: true, sex: 'M' }
  if (v === 'F' || v === 'FEMALE') return { ok: true, sex: 'F' }
  if (v === '' || v === 'U' || v === 'X' || v === '<' || v === 'UNKNOWN' || v === 'OTHER') return { ok: true, sex: null }
  return { ok: false, message: `sex "${value.trim()}" is not M, F or empty` }
}

// ---- kinds ------------------------------------------------------------------------------------

/** A list repeats a few dozen issuers and types millions of times: normalise each spelling once. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>()
  return (s) => {
    let v = cache.get(s)
    if (v === undefined && !cache.has(s)) {
      v = fn(s)
      if (cache.size > 10_000) cache.clear()
      cache.set(s, v)
    }
    return v as T
  }
}
/** '' for none, null for a code that is no country. */
const issuerOf = memo((text: string): string | null => {
  if (text === '') return ''
  const issuer = documentIssuerKey(text)
  return countryCode(issuer) === null ? null : issuer
})
const typeKeyOf = memo(documentTypeKey)

export function documentRow(f: Fields): RowResult<DocumentRow> {
  const id = recordIdOf(f)
  if (!id.ok) return id
  const recordId = id.row
  const number = text(f, 'number')
  const numberKey = documentNumberKey(number)
  if (numberKey === '') return { ok: false, message: number === '' ? 'number is empty' : `number "${number}" has no letters or digits`, recordId }
  if (numberKey.length > 40) return { ok: false, message: 'number is longer than 40 characters', recordId }
  const issuerText = text(f, 'issuer')
  const issuer = issuerOf(issuerText)
  if (issuer === null) return { ok: false, message: `issuer "${issuerText}" is not a known country code`, recordId }
  const reason = reasonOf(f, recordId)
  if (!reason.ok) return reason
  const type = text(f, 'type')
  return {
    ok: true,
    row: {
      recordId,
      number,
      numberKey,
      confusionKey: documentConfusionKey(numberKey),
      type,
      typeKey: typeKeyOf(type),
      issuer,
      reason: reason.row,
      details: detailsOf(f, COLUMNS.documents.details),
    },
  }
}

export function countries(values: readonly string[], recordId: string): RowResult<string[]> {
  const out: string[] = []
  for (const raw of values.flatMap((v) => v.split(/[|;,\s]+/))) {
    if (raw === '') continue
    const code = countryCode(raw)
    if (!code) return { ok: false, message: `nationality "${raw}" is not a country code`, recordId }
    if (!out.includes(code)) out.push(code)
  }
  return { ok: true, row: out }
}

export function personRow(f: Fields, extraDetails: Record<string, unknown> = {}): RowResult<PersonRow> {
  const id = recordIdOf(f)
  if (!id.ok) return id
  const recordId = id.row
  const surname = text(f, 'surname')
  const given = text(f, 'given_names')
  // Separate parts are written "SURNAME, Given names", so the family name stays identifiable.
  const primary = text(f, 'name') || (surname && given ? `${surname}, ${given}` : surname)
  if (primary === '') return { ok: false, message: 'no name (name, or surname and given_names)', recordId }
  const names = [primary]
  for (const alias of list(f, 'aliases')) if (!names.includes(alias)) names.push(alias)
  if (names.some((n) => n.length > 500)) return { ok: false, message: 'a name is longer than 500 characters', recordId }
  const birth = partialDate(text(f, 'birth_date'))
  if (!birth.ok) return { ok: false, message: birth.message, recordId }
  const nat = countries(list(f, 'nationalities'), recordId)
  if (!nat.ok) return nat
  const sex = sexOf(text(f, 'sex'))
  if (!sex.ok) return { ok: false, message: sex.message, recordId }
  const reason = reasonOf(f, recordId)
  if (!reason.ok) return reason
  const parts = surname ? { surname, givenNames: given || undefined } : {}
  return {
    ok: true,
    row: {
      recordId,
      names,
      birthDate: birth.date,
      nationalities: nat.row,
      sex: sex.sex,
      reason: reason.row,
      noticeType: optional(f, 'notice_type'),
      photoRef: optional(f, 'photo_ref'),
      details: detailsOf(f, COLUMNS.persons.details, { ...parts, ...extraDetails }),
    },
  }
}

export function vehicleRow(f: Fields, extraDetails: Record<string, unknown> = {}): RowResult<VehicleRow> {
  const id = recordIdOf(f)
  if (!id.ok) return id
  const recordId = id.row
  const plate = optional(f, 'plate')
  const plateKey = plate === null ? null : normalisePlate(plate) || null
  const vin = optional(f, 'vin')
  const vk = vin === null ? null : vinKey(vin) || null
  if (plateKey === null && vk === null) return { ok: false, message: 'neither a plate nor a VIN', recordId }
  if (vk !== null && (vk.length < 5 || vk.length > 20)) return { ok: false, message: `VIN "${vin}" has ${vk.length} characters (5-20 expected, 17 for modern vehicles)`, recordId }
  const countryText = text(f, 'country')
  const country = countryText === '' ? null : countryCode(countryText)
  if (countryText !== '' && country === null) return { ok: false, message: `country "${countryText}" is not a country code`, recordId }
  const reason = reasonOf(f, recordId)
  if (!reason.ok) return reason
  return {
    ok: true,
    row: {
      recordId,
      plate,
      plateKey,
      country,
      vin,
      vinKey: vk,
      make: optional(f, 'make'),
      model: optional(f, 'model'),
      colour: optional(f, 'colour'),
      reason: reason.row,
      details: detailsOf(f, COLUMNS.vehicles.details, extraDetails),
    },
  }
}

export function rowOf(kind: ListKind, f: Fields): RowResult<KindRow> {
  if (kind === 'documents') return documentRow(f)
  if (kind === 'persons') return personRow(f)
  return vehicleRow(f)
}

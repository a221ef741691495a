// MRZ generator for simulators and tests. Unlike the parser it throws on bad input:
// a wrong simulator sample is a programming error, not a traveller's document.
import { computeCheckDigit, isMrzCharset } from './check-digit'
import { padWithFillers } from './fillers'
import { MRZ_LAYOUTS, type MrzFieldLayout, type MrzFieldName, type MrzFormat, type MrzFormatLayout } from './formats'
import { toMrzNameField } from './names'

export interface MrzBuildFields {
  /** Defaults to 'P' (TD3), 'I' (TD1/TD2) or 'V' (MRV-A/MRV-B). */
  documentCode?: string
  issuingState: string
  surname: string
  givenNames: string
  documentNumber: string
  nationality: string
  /** YYMMDD */
  birthDate: string
  sex: string
  /** YYMMDD */
  expiryDate: string
}

export interface Td3BuildFields extends MrzBuildFields {
  personalNumber?: string
}

export interface Td2BuildFields extends MrzBuildFields {
  optionalData?: string
}

export interface Td1BuildFields extends MrzBuildFields {
  /** Optional data 1 (line 1); after the overflow of a long document number. */
  optionalData?: string
  /** Optional data 2 (line 2, positions 19–29). */
  optionalData2?: string
}

/** Visas (MRV-A: 16 characters of optional data, MRV-B: 8); no check digit covers them. */
export interface MrvBuildFields extends MrzBuildFields {
  optionalData?: string
}

export interface MrzBuildOptions {
  /** Write a deliberately wrong check digit for this field (the "bad check digit" sample traveller). */
  corruptCheckDigit?: MrzFieldName
}

type FieldTexts = Partial<Record<MrzFieldName, string>>

const BUILDER_NAMES: Readonly<Record<MrzFormat, string>> = {
  TD1: 'buildTd1',
  TD2: 'buildTd2',
  TD3: 'buildTd3',
  'MRV-A': 'buildMrvA',
  'MRV-B': 'buildMrvB',
}

const DEFAULT_DOCUMENT_CODES: Readonly<Record<MrzFormat, string>> = {
  TD1: 'I',
  TD2: 'I',
  TD3: 'P',
  'MRV-A': 'V',
  'MRV-B': 'V',
}

function fail(format: MrzFormat, message: string): never {
  throw new RangeError(`${BUILDER_NAMES[format]}: ${message}`)
}

/** Upper case and padded; rejects what the MRZ cannot hold rather than silently truncating it. */
function fitField(format: MrzFormat, field: MrzFieldLayout, text: string): string {
  const normalized = text.trim().toUpperCase()
  if (!isMrzCharset(normalized)) fail(format, `${field.name} has non-MRZ characters: ${JSON.stringify(text)}`)
  if (normalized.length > field.length) fail(format, `${field.name} is longer than ${field.length}: ${JSON.stringify(text)}`)
  if (field.kind === 'date' && normalized.length !== 6) fail(format, `${field.name} must be YYMMDD: ${JSON.stringify(text)}`)
  return padWithFillers(normalized, field.length)
}

/** Any other digit is wrong; +1 keeps it a digit. */
function checkDigitFor(covered: string, corrupt: boolean): string {
  const digit = computeCheckDigit(covered)
  return String(corrupt ? (digit + 1) % 10 : digit)
}

function writeAt(lines: string[], line: number, start: number, text: string): void {
  const current = lines[line] ?? ''
  lines[line] = current.slice(0, start) + text + current.slice(start + text.length)
}

function assertCorruptible(layout: MrzFormatLayout, name: MrzFieldName | undefined): void {
  if (name === undefined) return
  if (name === 'composite') {
    if (layout.composite === null) fail(layout.format, `${layout.format} has no composite check digit`)
    return
  }
  const hasDigit = layout.fields.some((field) => field.name === name && field.checkDigitColumn !== undefined)
  if (!hasDigit) fail(layout.format, `${name} has no check digit in ${layout.format}`)
}

function buildMrz(format: MrzFormat, fields: MrzBuildFields, extra: FieldTexts, options: MrzBuildOptions): string[] {
  const layout = MRZ_LAYOUTS[format]
  const corrupt = options.corruptCheckDigit
  assertCorruptible(layout, corrupt)

  const texts: FieldTexts = {
    documentCode: fields.documentCode ?? DEFAULT_DOCUMENT_CODES[format],
    issuingState: fields.issuingState,
    documentNumber: fields.documentNumber,
    nationality: fields.nationality,
    birthDate: fields.birthDate,
    sex: fields.sex,
    expiryDate: fields.expiryDate,
    ...extra,
  }
  const lines = Array.from({ length: layout.lineCount }, () => '<'.repeat(layout.lineLength))

  // Layout order puts the TD1 document number before optional data 1, which the overflow relies on.
  for (const field of layout.fields) {
    if (field.kind === 'name') {
      const name = toMrzNameField(fields.surname, fields.givenNames, field.length)
      if (!isMrzCharset(name)) fail(format, `name needs transliteration first: ${JSON.stringify(name)}`)
      writeAt(lines, field.line, field.start, name)
      continue
    }

    const text = (texts[field.name] ?? '').trim().toUpperCase()
    if (format === 'TD1' && field.name === 'documentNumber' && text.length > field.length) {
      // Overflow: first 9 here, '<' in the check digit cell, rest + digit lead optional data 1.
      if (!isMrzCharset(text)) fail(format, `documentNumber has non-MRZ characters: ${JSON.stringify(text)}`)
      writeAt(lines, field.line, field.start, text.slice(0, field.length))
      const digit = checkDigitFor(text, corrupt === field.name)
      // A filler after the digit ends the number (the parser reads up to the first '<').
      const rest = texts.optionalData1?.trim() ?? ''
      texts.optionalData1 = text.slice(field.length) + digit + (rest === '' ? '' : `<${rest}`)
      continue
    }

    const fitted = fitField(format, field, text)
    writeAt(lines, field.line, field.start, fitted)
    if (field.checkDigitColumn !== undefined) {
      writeAt(lines, field.line, field.checkDigitColumn, checkDigitFor(fitted, corrupt === field.name))
    }
  }

  // Last, over what was actually written: a corrupted field digit must not also break the composite.
  const { composite } = layout
  if (composite === null) return lines
  const covered = composite.ranges
    .map((range) => (lines[range.line] ?? '').slice(range.start, range.start + range.length))
    .join('')
  writeAt(lines, composite.line, composite.column, checkDigitFor(covered, corrupt === 'composite'))
  return lines
}

export function buildTd3(fields: Td3BuildFields, options: MrzBuildOptions = {}): string[] {
  return buildMrz('TD3', fields, { personalNumber: fields.personalNumber ?? '' }, options)
}

export function buildTd2(fields: Td2BuildFields, options: MrzBuildOptions = {}): string[] {
  return buildMrz('TD2', fields, { optionalData1: fields.optionalData ?? '' }, options)
}

export function buildTd1(fields: Td1BuildFields, options: MrzBuildOptions = {}): string[] {
  return buildMrz(
    'TD1',
    fields,
    { optionalData1: fields.optionalData ?? '', optionalData2: fields.optionalData2 ?? '' },
    options,
  )
}

export function buildMrvA(fields: MrvBuildFields, options: MrzBuildOptions = {}): string[] {
  return buildMrz('MRV-A', fields, { optionalData1: fields.optionalData ?? '' }, options)
}

export function buildMrvB(fields: MrvBuildFields, options: MrzBuildOptions = {}): string[] {
  return buildMrz('MRV-B', fields, { optionalData1: fields.optionalData ?? '' }, options)
}

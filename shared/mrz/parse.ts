// parseMrz: lines in, a full verdict out. Never throws on bad content; problems become issues.
import { evaluateComposite } from './composite'
import { currentLocalYear } from './current-year'
import type { MrzDateReading } from './dates'
import { evaluateField } from './evaluate-field'
import { fieldSpans } from './field-spans'
import { detectMrzFormat, MRZ_LAYOUTS, type MrzFieldName, type MrzFormat } from './formats'
import { splitMrzName } from './names'
import { correctOcrSlips, type MrzOcrCorrection } from './ocr-corrections'
import { ocrRisks } from './ocr-risks'
import { structuralIssues } from './structure'
import type { MrzField, MrzIssue, MrzParseOptions, MrzParseResult, MrzWarning } from './types'

export type {
  MrzCheckDigit,
  MrzCorrection,
  MrzField,
  MrzFieldName,
  MrzIssue,
  MrzIssueCode,
  MrzOcrRisk,
  MrzParseOptions,
  MrzParseResult,
  MrzPosition,
  MrzWarning,
  MrzWarningCode,
} from './types'

/** Guards against non-string input from untyped callers (reader drivers, JSON). */
function sanitizeLines(lines: unknown): string[] {
  if (!Array.isArray(lines)) return []
  return lines.map((line) => (typeof line === 'string' ? line : ''))
}

/** Shape is right but no format matched. Every shape has a format since visas are supported; kept as a guard. */
function unsupportedDocumentIssue(lines: readonly string[]): MrzIssue {
  return { code: 'invalid-document-code', positions: [{ line: 0, column: 0 }], actual: (lines[0] ?? '').charAt(0) }
}

function unparsedResult(lines: string[], issues: MrzIssue[]): MrzParseResult {
  return {
    format: null,
    valid: false,
    lines,
    correctedLines: lines.slice(),
    fields: [],
    issues,
    warnings: [],
    corrections: [],
    ocrRisks: [],
    documentCode: '',
    issuingState: '',
    surname: '',
    givenNames: '',
    documentNumber: '',
    nationality: '',
    sex: '',
    birthDate: null,
    expiryDate: null,
    optionalData: '',
  }
}

function valueOf(byName: ReadonlyMap<MrzFieldName, MrzField>, name: MrzFieldName): string {
  return byName.get(name)?.value ?? ''
}

/** TD1 has two optional-data areas; joined so the summary keeps both. */
function optionalDataOf(format: MrzFormat, byName: ReadonlyMap<MrzFieldName, MrzField>): string {
  switch (format) {
    case 'TD3':
      return valueOf(byName, 'personalNumber')
    case 'TD2':
    case 'MRV-A':
    case 'MRV-B':
      return valueOf(byName, 'optionalData1')
    case 'TD1': {
      const first = valueOf(byName, 'optionalData1')
      const second = valueOf(byName, 'optionalData2')
      return first === '' ? second : second === '' ? first : `${first} ${second}`
    }
  }
}

export function parseMrz(lines: string[], options: MrzParseOptions = {}): MrzParseResult {
  const input = sanitizeLines(lines)
  const currentYear = options.today ? options.today.getFullYear() : currentLocalYear()
  const format = detectMrzFormat(input)
  if (format === null) {
    const structural = structuralIssues(input)
    return unparsedResult(input, structural.length > 0 ? structural : [unsupportedDocumentIssue(input)])
  }

  const layout = MRZ_LAYOUTS[format]
  // Corrections never add or remove a '<', so the TD1 overflow read on the raw lines still holds.
  const rawSpans = fieldSpans(layout, input)
  const { spans, corrections, correctedLines }: MrzOcrCorrection =
    options.correctOcr === false
      ? { spans: rawSpans, corrections: [], correctedLines: input.slice() }
      : correctOcrSlips(rawSpans, layout.composite, input)

  const fields: MrzField[] = []
  const byName = new Map<MrzFieldName, MrzField>()
  let birth: MrzDateReading | undefined
  let expiry: MrzDateReading | undefined
  for (const span of spans) {
    const { field, date } = evaluateField(span, format, currentYear)
    fields.push(field)
    byName.set(field.name, field)
    if (field.name === 'birthDate') birth = date
    else if (field.name === 'expiryDate') expiry = date
  }
  if (layout.composite) fields.push(evaluateComposite(layout.composite, correctedLines))

  const issues: MrzIssue[] = []
  const warnings: MrzWarning[] = []
  let allValid = true
  for (const field of fields) {
    for (const issue of field.issues) issues.push(issue)
    for (const warning of field.warnings) warnings.push(warning)
    allValid &&= field.valid
  }
  const name = splitMrzName(byName.get('name')?.raw ?? '')

  return {
    format,
    valid: issues.length === 0 && allValid,
    lines: input,
    correctedLines,
    fields,
    issues,
    warnings,
    corrections,
    ocrRisks: ocrRisks(spans, layout.composite !== null),
    documentCode: valueOf(byName, 'documentCode'),
    issuingState: valueOf(byName, 'issuingState'),
    surname: name.surname,
    givenNames: name.givenNames,
    documentNumber: valueOf(byName, 'documentNumber'),
    nationality: valueOf(byName, 'nationality'),
    sex: byName.get('sex')?.raw ?? '',
    birthDate: birth?.iso ?? null,
    expiryDate: expiry?.iso ?? null,
    optionalData: optionalDataOf(format, byName),
  }
}

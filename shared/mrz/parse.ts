// parseMrz: lines in, a full verdict out. Never throws on bad content; problems become issues.
import { evaluateComposite } from './composite'
import { readMrzDate } from './dates'
import { evaluateField } from './evaluate-field'
import { fieldSpans } from './field-spans'
import { detectMrzFormat, MRZ_LAYOUTS, type MrzFieldName, type MrzFormat } from './formats'
import { splitMrzName } from './names'
import { structuralIssues } from './structure'
import type { MrzField, MrzIssue, MrzParseOptions, MrzParseResult } from './types'

export type {
  MrzCheckDigit,
  MrzField,
  MrzFieldName,
  MrzIssue,
  MrzIssueCode,
  MrzParseOptions,
  MrzParseResult,
  MrzPosition,
} from './types'

/** Guards against non-string input from untyped callers (reader drivers, JSON). */
function sanitizeLines(lines: unknown): string[] {
  if (!Array.isArray(lines)) return []
  return lines.map((line) => (typeof line === 'string' ? line : ''))
}

/** Shape is right but no format matched: only a visa ('V…') gets here today. */
function unsupportedDocumentIssue(lines: readonly string[]): MrzIssue {
  return { code: 'invalid-document-code', positions: [{ line: 0, column: 0 }], actual: (lines[0] ?? '').charAt(0) }
}

function unparsedResult(lines: string[], issues: MrzIssue[]): MrzParseResult {
  return {
    format: null,
    valid: false,
    lines,
    fields: [],
    issues,
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

/** TD1 has two optional-data areas; joined so the summary keeps both. */
function optionalDataOf(format: MrzFormat, valueOf: (name: MrzFieldName) => string): string {
  switch (format) {
    case 'TD3':
      return valueOf('personalNumber')
    case 'TD2':
      return valueOf('optionalData1')
    case 'TD1':
      return [valueOf('optionalData1'), valueOf('optionalData2')].filter((part) => part !== '').join(' ')
  }
}

export function parseMrz(lines: string[], options: MrzParseOptions = {}): MrzParseResult {
  const input = sanitizeLines(lines)
  const today = options.today ?? new Date()
  const format = detectMrzFormat(input)
  if (format === null) {
    const structural = structuralIssues(input)
    return unparsedResult(input, structural.length > 0 ? structural : [unsupportedDocumentIssue(input)])
  }

  const layout = MRZ_LAYOUTS[format]
  const fields: MrzField[] = [
    ...fieldSpans(layout, input).map((span) => evaluateField(span, format, today)),
    evaluateComposite(layout.composite, input),
  ]
  const issues = fields.flatMap((field) => field.issues)
  const fieldNamed = (name: MrzFieldName): MrzField | undefined => fields.find((field) => field.name === name)
  const valueOf = (name: MrzFieldName): string => fieldNamed(name)?.value ?? ''
  const rawOf = (name: MrzFieldName): string => fieldNamed(name)?.raw ?? ''
  const name = splitMrzName(rawOf('name'))

  return {
    format,
    valid: issues.length === 0 && fields.every((field) => field.valid),
    lines: input,
    fields,
    issues,
    documentCode: valueOf('documentCode'),
    issuingState: valueOf('issuingState'),
    surname: name.surname,
    givenNames: name.givenNames,
    documentNumber: valueOf('documentNumber'),
    nationality: valueOf('nationality'),
    sex: rawOf('sex'),
    birthDate: readMrzDate(rawOf('birthDate'), 'birth', today).iso,
    expiryDate: readMrzDate(rawOf('expiryDate'), 'expiry', today).iso,
    optionalData: optionalDataOf(format, valueOf),
  }
}


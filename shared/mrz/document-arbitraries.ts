// fast-check arbitraries of valid MRZ documents, for the property tests, the differential test and
// the benchmark. Test support only: fast-check is a dev dependency, so app code must not import this.
import fc from 'fast-check'
import { buildMrvA, buildMrvB, buildTd1, buildTd2, buildTd3, type MrzBuildFields } from './build'
import type { MrzFormat } from './formats'

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']
const ALPHANUMERIC = [...'0123456789', ...LETTERS]

/** The values a correct parser must give back. */
export interface ExpectedMrzValues {
  documentCode: string
  issuingState: string
  surname: string
  givenNames: string
  documentNumber: string
  nationality: string
  sex: string
  /** YYMMDD, as written. */
  birthDate: string
  expiryDate: string
  optionalData: string
}

export interface GeneratedMrzDocument {
  format: MrzFormat
  lines: string[]
  expected: ExpectedMrzValues
}

export interface MrzDocumentConstraints {
  /** Issuing states and nationalities to draw from; default: a few real codes, 'D', and random letters. */
  states?: fc.Arbitrary<string>
  sexes?: readonly string[]
}

/** Codes everyone knows, plus Germany's one-letter 'D' (written 'D<<'). */
export const COMMON_STATE_CODES = ['D', 'DEU', 'FRA', 'NLD', 'GBR', 'BEL', 'NOR', 'SWE', 'CAN', 'CZE', 'TUN', 'XXA', 'XXB', 'XXC', 'XXX', 'EUE', 'UNO']

const word = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength })

const alphanumeric = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength, maxLength })

/** Words are written with spaces or hyphens (both become '<'); the parser gives them back with spaces. */
const namePart = (maxWords: number, maxWordLength: number, minWords: number): fc.Arbitrary<string[]> =>
  fc.array(word(maxWordLength), { minLength: minWords, maxLength: maxWords })

const defaultStates = fc.oneof(fc.constantFrom(...COMMON_STATE_CODES), fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 3, maxLength: 3 }))

function daysInMonth(yy: number, month: number): number {
  // Every YY%4==0 year of 1901–2099 is a leap year, and 00 always pivots to 2000.
  if (month === 2) return yy % 4 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

const two = (n: number): string => String(n).padStart(2, '0')

export const yymmddArbitrary: fc.Arbitrary<string> = fc
  .record({ yy: fc.integer({ min: 0, max: 99 }), month: fc.integer({ min: 1, max: 12 }), dayIndex: fc.nat() })
  .map(({ yy, month, dayIndex }) => `${two(yy)}${two(month)}${two((dayIndex % daysInMonth(yy, month)) + 1)}`)

/** Field lengths (reference §1.2): name, and the optional data after the number. */
const NAME_LENGTH: Readonly<Record<MrzFormat, number>> = { TD1: 30, TD2: 31, TD3: 39, 'MRV-A': 39, 'MRV-B': 31 }

interface Common {
  issuingState: string
  nationality: string
  surnameWords: string[]
  givenWords: string[]
  separator: string
  birthDate: string
  expiryDate: string
  sex: string
}

function commonArbitrary(format: MrzFormat, constraints: MrzDocumentConstraints): fc.Arbitrary<Common> {
  const states = constraints.states ?? defaultStates
  // Sized so SURNAME<<GIVEN<NAMES always fits the shortest name field (30): no truncation to predict.
  const nameFits = (c: Common): boolean =>
    c.surnameWords.join('<').length + (c.givenWords.length > 0 ? 2 + c.givenWords.join('<').length : 0) <= NAME_LENGTH[format]
  return fc
    .record({
      issuingState: states,
      nationality: states,
      surnameWords: namePart(2, 8, 1),
      givenWords: namePart(3, 6, 0),
      separator: fc.constantFrom(' ', '-'),
      birthDate: yymmddArbitrary,
      expiryDate: yymmddArbitrary,
      sex: fc.constantFrom(...(constraints.sexes ?? ['M', 'F', '<'])),
    })
    .filter(nameFits)
}

function buildFields(c: Common, documentNumber: string): MrzBuildFields {
  return {
    issuingState: c.issuingState,
    nationality: c.nationality,
    surname: c.surnameWords.join(c.separator),
    givenNames: c.givenWords.join(c.separator),
    documentNumber,
    birthDate: c.birthDate,
    expiryDate: c.expiryDate,
    sex: c.sex,
  }
}

function expectedOf(c: Common, documentCode: string, documentNumber: string, optionalData: string): ExpectedMrzValues {
  return {
    documentCode,
    issuingState: c.issuingState,
    nationality: c.nationality,
    surname: c.surnameWords.join(' '),
    givenNames: c.givenWords.join(' '),
    documentNumber,
    sex: c.sex,
    birthDate: c.birthDate,
    expiryDate: c.expiryDate,
    optionalData,
  }
}

/** TD1 numbers of 10+ characters overflow into optional data 1 (rest + digit + '<' + optional data). */
function td1Arbitrary(constraints: MrzDocumentConstraints): fc.Arbitrary<GeneratedMrzDocument> {
  const numberAndOptional = alphanumeric(1, 20).chain((documentNumber) => {
    const overflow = Math.max(0, documentNumber.length - 9)
    const room = overflow === 0 ? 15 : Math.max(0, 15 - overflow - 2)
    return fc.record({ documentNumber: fc.constant(documentNumber), optionalData: alphanumeric(0, room), optionalData2: alphanumeric(0, 11) })
  })
  return fc
    .record({ common: commonArbitrary('TD1', constraints), code: fc.constantFrom('I', 'ID', 'A', 'C', 'IR'), parts: numberAndOptional })
    .map(({ common, code, parts }) => ({
      format: 'TD1' as const,
      lines: buildTd1({ ...buildFields(common, parts.documentNumber), documentCode: code, optionalData: parts.optionalData, optionalData2: parts.optionalData2 }),
      expected: expectedOf(common, code, parts.documentNumber, [parts.optionalData, parts.optionalData2].filter((p) => p !== '').join(' ')),
    }))
}

function twoLineArbitrary(format: Exclude<MrzFormat, 'TD1'>, constraints: MrzDocumentConstraints): fc.Arbitrary<GeneratedMrzDocument> {
  const codes = { TD2: ['I', 'ID', 'A', 'C'], TD3: ['P', 'PD', 'PO'], 'MRV-A': ['V', 'VD'], 'MRV-B': ['V', 'VC'] }[format]
  const optionalLength = { TD2: 7, TD3: 14, 'MRV-A': 16, 'MRV-B': 8 }[format]
  return fc
    .record({
      common: commonArbitrary(format, constraints),
      code: fc.constantFrom(...codes),
      documentNumber: alphanumeric(1, 9),
      optionalData: alphanumeric(0, optionalLength),
    })
    .map(({ common, code, documentNumber, optionalData }) => {
      const fields = { ...buildFields(common, documentNumber), documentCode: code }
      const lines =
        format === 'TD3'
          ? buildTd3({ ...fields, personalNumber: optionalData })
          : format === 'TD2'
            ? buildTd2({ ...fields, optionalData })
            : format === 'MRV-A'
              ? buildMrvA({ ...fields, optionalData })
              : buildMrvB({ ...fields, optionalData })
      return { format, lines, expected: expectedOf(common, code, documentNumber, optionalData) }
    })
}

export function mrzDocumentArbitrary(format: MrzFormat, constraints: MrzDocumentConstraints = {}): fc.Arbitrary<GeneratedMrzDocument> {
  return format === 'TD1' ? td1Arbitrary(constraints) : twoLineArbitrary(format, constraints)
}

export function anyMrzDocumentArbitrary(
  formats: readonly MrzFormat[] = ['TD1', 'TD2', 'TD3', 'MRV-A', 'MRV-B'],
  constraints: MrzDocumentConstraints = {},
): fc.Arbitrary<GeneratedMrzDocument> {
  return fc.oneof(...formats.map((format) => mrzDocumentArbitrary(format, constraints)))
}

/**
 * Documents the `mrz` npm package is meant to read exactly as we do (differential test, benchmark):
 * state codes from its table, sex M/F/<, and no TD2 starting 'IDFRA' (it reads that as a French ID).
 */
export function mrzPackageComparableArbitrary(
  formats: ReadonlyArray<'TD1' | 'TD2' | 'TD3'> = ['TD1', 'TD2', 'TD3'],
): fc.Arbitrary<GeneratedMrzDocument> {
  return anyMrzDocumentArbitrary(formats, { states: fc.constantFrom(...COMMON_STATE_CODES), sexes: ['M', 'F', '<'] }).filter(
    (document) => !(document.format === 'TD2' && document.lines[0]?.startsWith('IDFRA')),
  )
}

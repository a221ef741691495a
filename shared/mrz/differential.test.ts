// Differential test against the `mrz` npm package (cheminfo, v5; reference §2 recommends it as the
// baseline). On a generated corpus of TD1/TD2/TD3 both parsers must give the same verdict and the
// same key data; every place where we differ on purpose is listed below with a worked example.
import fc from 'fast-check'
import { parse as theirParse, type ParseResult as TheirResult } from 'mrz'
import { describe, expect, it } from 'vitest'
import { mrzPackageComparableArbitrary, type GeneratedMrzDocument } from './document-arbitraries'
import { buildMrvA, buildTd1, buildTd2, buildTd3, computeCheckDigit, parseMrz, type MrzParseResult } from './index'

const TODAY = new Date(2026, 0, 15)
const ours = (lines: string[], correctOcr = true): MrzParseResult => parseMrz(lines, { today: TODAY, correctOcr })
const theirs = (lines: string[], autocorrect = false): TheirResult => theirParse(lines, { autocorrect })
const fieldRaw = (r: MrzParseResult, name: string): string | undefined => r.fields.find((f) => f.name === name)?.raw
const THEIR_SEX: Record<string, string> = { male: 'M', female: 'F', nonspecified: '<' }

/** Replaces one character; used to write a wrong check digit. */
function withChar(lines: readonly string[], line: number, column: number, char: string): string[] {
  return lines.map((text, i) => (i === line ? text.slice(0, column) + char + text.slice(column + 1) : text))
}

// ---------------------------------------------------------------------------------------------
// Corpus. Restricted to what both parsers are meant to read the same way (see the differences):
// state codes from their table, sex M/F/<, and no TD2 starting 'IDFRA' (they read that as a French ID).
// ---------------------------------------------------------------------------------------------
const validCorpus = (['TD1', 'TD2', 'TD3'] as const).flatMap((format) =>
  fc.sample(mrzPackageComparableArbitrary([format]), { numRuns: 300, seed: 9303 }),
)

/** Every check digit of the document in turn, set one off (the "bad check digit" sample traveller). */
function corruptedVariants(document: GeneratedMrzDocument): Array<{ label: string; lines: string[] }> {
  return ours(document.lines).fields.flatMap((field) => {
    const digit = field.checkDigit
    if (!digit) return []
    const wrong = String((Number(digit.actual) + 1) % 10)
    return [{ label: field.name, lines: withChar(document.lines, digit.position.line, digit.position.column, wrong) }]
  })
}
const corruptedCorpus = validCorpus.filter((_, i) => i % 3 === 0).flatMap(corruptedVariants)

function expectSameReading(lines: string[]): void {
  const our = ours(lines)
  const their = theirs(lines)
  expect(our.corrections).toEqual([]) // nothing to autocorrect: their autocorrect-off is comparable to our default
  expect({ lines, valid: our.valid }).toEqual({ lines, valid: their.valid })
  expect(our.documentNumber).toBe(their.documentNumber)
  expect(fieldRaw(our, 'birthDate')).toBe(their.fields.birthDate)
  expect(fieldRaw(our, 'expiryDate')).toBe(their.fields.expirationDate)
  expect(our.surname).toBe(their.fields.lastName)
  expect(our.givenNames).toBe(their.fields.firstName)
  expect(our.nationality).toBe(their.fields.nationality)
  expect(our.issuingState).toBe(their.fields.issuingState)
  expect(our.sex).toBe(THEIR_SEX[their.fields.sex ?? ''])
}

describe('differential: same verdict and key data as the mrz package', () => {
  it('the corpus covers every format, overflowing TD1 numbers and the German D<<', () => {
    const formats = new Set(validCorpus.map((d) => d.format))
    expect([...formats].sort()).toEqual(['TD1', 'TD2', 'TD3'])
    expect(validCorpus.some((d) => d.format === 'TD1' && d.expected.documentNumber.length > 9)).toBe(true)
    expect(validCorpus.some((d) => d.expected.issuingState === 'D')).toBe(true)
    expect(corruptedCorpus.length).toBeGreaterThan(300)
  })

  it(`valid documents (${validCorpus.length})`, () => {
    for (const { lines } of validCorpus) {
      expect(ours(lines).valid).toBe(true)
      expectSameReading(lines)
    }
  })

  it(`documents with one wrong check digit (${corruptedCorpus.length})`, () => {
    for (const { lines } of corruptedCorpus) {
      expect(ours(lines).valid).toBe(false)
      expectSameReading(lines)
    }
  })

  it('the same optional data where both read it the same way (TD3 personal number, TD2, TD1 without overflow)', () => {
    for (const { format, lines, expected } of validCorpus) {
      const their = theirs(lines).fields
      if (format === 'TD3') expect(expected.optionalData).toBe(their.personalNumber)
      if (format === 'TD2') expect(expected.optionalData).toBe(their.optional)
      if (format === 'TD1' && expected.documentNumber.length <= 9) {
        expect(ours(lines).optionalData).toBe([their.optional1, their.optional2].filter((p) => p !== '').join(' '))
      }
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Deliberate differences. Each test shows one, with both results, and says why we differ.
// ---------------------------------------------------------------------------------------------
const TD3_UTOPIA = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const GBR = {
  issuingState: 'GBR',
  surname: 'Doe',
  givenNames: 'John',
  documentNumber: '234789403',
  nationality: 'GBR',
  birthDate: '790123',
  sex: 'M',
  expiryDate: '300101',
}

/** A TD3 with line 2 given as parts, check digits computed here (for dates the builder refuses). */
function td3WithDates(birth: string, expiry: string): string[] {
  const number = '234789403'
  const line2 = `${number}${computeCheckDigit(number)}GBR${birth}${computeCheckDigit(birth)}M${expiry}${computeCheckDigit(expiry)}<<<<<<<<<<<<<<0`
  const composite = computeCheckDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43))
  return ['P<GBRDOE<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', `${line2}${composite}`]
}

describe('deliberate differences from the mrz package', () => {
  it('1. OCR correction is on by default here, off there: a border post reads scans, not typed text', () => {
    const norway = ['P<NORTEST<<PERSON<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'CCC0022514N0R5604230M3004157<<<<<<<<<<<<<<04']
    expect(ours(norway)).toMatchObject({ valid: true, nationality: 'NOR' })
    expect(theirs(norway).valid).toBe(false)
    // With both switched the same way they agree.
    expect(ours(norway, false).valid).toBe(false)
    expect(theirs(norway, true)).toMatchObject({ valid: true, fields: { nationality: 'NOR' } })
  })

  it("2. our table adds PassportEye's C/D/Q→0 and 4→A (reference §2); theirs has only B G O I S Z", () => {
    const q = [TD3_UTOPIA[0] ?? '', 'L898902C36UTO74Q8122F1204159ZE184226B<<<<<10']
    expect(ours(q)).toMatchObject({ valid: true, birthDate: '1974-08-12' })
    expect(theirs(q, true).valid).toBe(false)
  })

  it('3. we correct every check digit, including the TD3 personal-number digit and the TD1 overflow digit; they do not', () => {
    // Their personal-number check digit has no field type, so autocorrect skips it.
    const personal = [TD3_UTOPIA[0] ?? '', 'L898902C36UTO7408122F1204159ZE184226B<<<<<I0']
    expect(ours(personal).valid).toBe(true)
    expect(theirs(personal, true).valid).toBe(false)
  })

  it("4. '<<' for an unknown month or day: they accept it, we flag it (the workstation needs a real date to compare)", () => {
    const unknownDay = td3WithDates('7408<<', '300101')
    expect(theirs(unknownDay).valid).toBe(true)
    expect(ours(unknownDay).issues.map((i) => i.code)).toEqual(['invalid-date'])
  })

  it('5. calendar check: they accept 30 February (day ≤ 31), we do not', () => {
    const feb30 = td3WithDates('740230', '300101')
    expect(theirs(feb30).valid).toBe(true)
    expect(ours(feb30).issues.map((i) => i.code)).toEqual(['invalid-date'])
  })

  it("6. sex 'X': they reject it (cheminfo#13), we accept it with a warning (reference §1.2: failing at primary is worse)", () => {
    const x = buildTd3({ ...GBR, sex: 'X' })
    expect(theirs(x).valid).toBe(false)
    expect(ours(x)).toMatchObject({ valid: true, sex: 'X', warnings: [{ code: 'sex-unspecified-x' }] })
  })

  it("7. state codes: they require their table (which lacks the ICAO specimen 'UTO'); we take any three letters — issuer tables are a separate check", () => {
    expect(theirs(TD3_UTOPIA).valid).toBe(false)
    expect(ours(TD3_UTOPIA).valid).toBe(true)
    const unknown = buildTd3({ ...GBR, issuingState: 'QQQ', nationality: 'QQQ' })
    expect(theirs(unknown).valid).toBe(false)
    expect(ours(unknown).valid).toBe(true)
    // Not a difference: both read Germany's 'D<<' as 'D'.
    const german = buildTd3({ ...GBR, issuingState: 'D', nationality: 'D' })
    expect(theirs(german)).toMatchObject({ valid: true, fields: { issuingState: 'D', nationality: 'D' } })
    expect(ours(german)).toMatchObject({ valid: true, issuingState: 'D', nationality: 'D' })
  })

  it('8. visas: we read MRV-A/MRV-B; they have no visa format (cheminfo#31) and read a visa as a bad TD3/TD2', () => {
    const visa = buildMrvA({ ...GBR, optionalData: 'ABC' })
    expect(ours(visa)).toMatchObject({ format: 'MRV-A', valid: true })
    expect(theirs(visa)).toMatchObject({ format: 'TD3', valid: false })
  })

  it("9. TD1 overflow: they also accept a check digit computed with the '<' marker; we only the whole number's (reference §1.2)", () => {
    const base = { ...GBR, documentCode: 'ID', documentNumber: 'D23145890124' }
    const built = buildTd1(base)
    const withMarker = String(computeCheckDigit('D23145890<124'))
    expect(withMarker).not.toBe(String(computeCheckDigit('D23145890124')))
    // Write the with-marker digit at L1 19, then a composite that agrees with what is written.
    const line1 = `${(built[0] ?? '').slice(0, 18)}${withMarker}${(built[0] ?? '').slice(19)}`
    const line2 = built[1] ?? ''
    const composite = computeCheckDigit(line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29))
    const lines = [line1, `${line2.slice(0, 29)}${composite}`, built[2] ?? '']
    expect(theirs(lines).valid).toBe(true)
    expect(ours(lines).fields.filter((f) => !f.valid).map((f) => f.name)).toEqual(['documentNumber'])
  })

  it("10. TD1 overflow: their optional data 1 still holds the number's tail and digit; ours is what follows them", () => {
    const lines = buildTd1({ ...GBR, documentCode: 'ID', documentNumber: 'D23145890124', optionalData: 'XY' })
    expect(theirs(lines).fields.optional1).toBe('1244 XY')
    expect(ours(lines).fields.find((f) => f.name === 'optionalData1')?.value).toBe('XY')
  })

  it('11. TD1 number filling optional data 1 completely (no filler after the digit): they lose a character, we do not', () => {
    const number = 'ABCDEFGHIJKLMNOPQRSTUVW' // 9 + 14, its digit in the last cell of optional data 1
    const lines = buildTd1({ ...GBR, documentCode: 'ID', documentNumber: number })
    expect(ours(lines)).toMatchObject({ valid: true, documentNumber: number })
    expect(theirs(lines).documentNumber).not.toBe(number)
  })

  it('12. TD2 overflow: they apply the TD1 overflow rule to TD2 as well; we only to TD1 (the only format with it in our reference)', () => {
    // 'D23145890124' written TD2-style: '<' at position 10, then 124 + digit in optional data.
    const digit = computeCheckDigit('D23145890124')
    const line2 = `D23145890<UTO7408122F1204159124${digit}<<<`
    const composite = computeCheckDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 35))
    const lines = ['I<GBRERIKSSON<<ANNA<MARIA<<<<<<<<<<<', `${line2}${composite}`]
    expect(theirs(lines).documentNumber).toBe('D23145890124')
    expect(ours(lines).documentNumber).toBe('D23145890')
    expect(ours(lines).fields.find((f) => f.name === 'documentNumber')?.valid).toBe(false)
  })

  it("13. a 2×36 MRZ starting 'IDFRA' (or with digits in L1 31–35) is a French national ID to them; we read TD2 only", () => {
    const lines = buildTd2({ ...GBR, documentCode: 'ID', issuingState: 'FRA', nationality: 'FRA' })
    expect(theirs(lines).format).toBe('FRENCH_NATIONAL_ID')
    expect(ours(lines)).toMatchObject({ format: 'TD2', valid: true })
  })

  it('14. bad shape: they throw, we return issues (a driver must never crash the primary line)', () => {
    const short = [TD3_UTOPIA[0] ?? '', (TD3_UTOPIA[1] ?? '').slice(0, 43)]
    expect(() => theirs(short)).toThrow()
    expect(ours(short).issues.map((i) => i.code)).toEqual(['wrong-line-length'])
    expect(() => theirs([TD3_UTOPIA[0] ?? ''])).toThrow()
    expect(ours([TD3_UTOPIA[0] ?? '']).issues.map((i) => i.code)).toEqual(['wrong-line-count'])
  })

  it("15. repeated fillers inside a name: they keep one space per '<', we collapse them to one", () => {
    const lines = ['P<UTOERIKSSON<<ANNA<<MARIA<<<<<<<<<<<<<<<<<<', TD3_UTOPIA[1] ?? '']
    expect(theirs(lines).fields.firstName).toBe('ANNA  MARIA')
    expect(ours(lines).givenNames).toBe('ANNA MARIA')
  })

  it('16. value formats: sex M/F/< instead of male/female/nonspecified; dates ISO with the century (raw YYMMDD in fields)', () => {
    const our = ours(buildTd3(GBR))
    const their = theirs(buildTd3(GBR))
    expect([our.sex, their.fields.sex]).toEqual(['M', 'male'])
    expect([our.birthDate, fieldRaw(our, 'birthDate'), their.fields.birthDate]).toEqual(['1979-01-23', '790123', '790123'])
  })
})

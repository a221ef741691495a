import { describe, expect, it } from 'vitest'
import { parseMrz, type MrzField, type MrzFieldName, type MrzParseResult, type MrzPosition } from './index'

// Fixed "now" so the birth-year pivot is deterministic (YY 26).
const TODAY = new Date(2026, 0, 15)

function parse(lines: string[]): MrzParseResult {
  return parseMrz(lines, { today: TODAY })
}

function field(result: MrzParseResult, name: MrzFieldName): MrzField {
  const found = result.fields.find((f) => f.name === name)
  if (!found) throw new Error(`no field ${name}`)
  return found
}

/** Positions of columns [from, to) on one line, 0-based. */
function cols(line: number, from: number, to: number): MrzPosition[] {
  return Array.from({ length: to - from }, (_, i) => ({ line, column: from + i }))
}

function invalidFieldNames(result: MrzParseResult): MrzFieldName[] {
  return result.fields.filter((f) => !f.valid).map((f) => f.name)
}

const TD3_UTOPIA = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const TD2_UTOPIA = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6']
const TD1_UTOPIA = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']
const TD1_LONG_NUMBER = [
  'I<UTOD23145890<1233<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<2',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
]
const TD3_OLDER = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C<3UTO6908061F9406236ZE184226B<<<<<14']
const TD3_NEGATIVE = ['P<GBRDOE<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', '2347894037GBR7901232X2301011<<<<<<<<<<<<<<06']
const TD3_GERMAN = ['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4']

describe('parseMrz: §1.6 specimen vectors', () => {
  it('TD3 Utopia passport', () => {
    const r = parse(TD3_UTOPIA)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r.format).toBe('TD3')
    expect(r).toMatchObject({
      documentCode: 'P',
      issuingState: 'UTO',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      documentNumber: 'L898902C3',
      nationality: 'UTO',
      sex: 'F',
      birthDate: '1974-08-12',
      expiryDate: '2012-04-15',
      optionalData: 'ZE184226B',
    })
    expect(field(r, 'documentNumber').checkDigit).toEqual({
      position: { line: 1, column: 9 },
      expected: '6',
      actual: '6',
      valid: true,
    })
    expect(field(r, 'personalNumber')).toMatchObject({ raw: 'ZE184226B<<<<<', value: 'ZE184226B' })
    expect(field(r, 'name')).toMatchObject({ value: 'ERIKSSON  ANNA MARIA', positions: cols(0, 5, 44) })
    expect(field(r, 'composite').checkDigit).toMatchObject({ position: { line: 1, column: 43 }, expected: '0' })
  })

  it('TD2 Utopia card', () => {
    const r = parse(TD2_UTOPIA)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r).toMatchObject({
      format: 'TD2',
      documentCode: 'I',
      issuingState: 'UTO',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      documentNumber: 'D23145890',
      nationality: 'UTO',
      sex: 'F',
      birthDate: '1974-08-12',
      expiryDate: '2012-04-15',
      optionalData: '',
    })
    expect(field(r, 'composite').checkDigit?.position).toEqual({ line: 1, column: 35 })
  })

  it('TD1 Utopia card', () => {
    const r = parse(TD1_UTOPIA)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r).toMatchObject({
      format: 'TD1',
      documentCode: 'I',
      issuingState: 'UTO',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      documentNumber: 'D23145890',
      nationality: 'UTO',
      sex: 'F',
      birthDate: '1974-08-12',
      expiryDate: '2012-04-15',
      optionalData: '',
    })
    expect(field(r, 'documentNumber')).toMatchObject({
      positions: cols(0, 5, 14),
      checkDigit: { position: { line: 0, column: 14 }, actual: '7', valid: true },
    })
    expect(field(r, 'composite').checkDigit).toMatchObject({ position: { line: 1, column: 29 }, actual: '6', valid: true })
  })

  it('TD1 with an overflowing 12-character document number', () => {
    const r = parse(TD1_LONG_NUMBER)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r.documentNumber).toBe('D23145890123')
    const number = field(r, 'documentNumber')
    expect(number.raw).toBe('D23145890123')
    expect(number.value).toBe('D23145890123')
    // Spans both places: L1 6–14 and L1 16–18 (1-based); the '<' marker at 15 is not part of the number.
    expect(number.positions).toEqual([...cols(0, 5, 14), ...cols(0, 15, 18)])
    expect(number.checkDigit).toEqual({ position: { line: 0, column: 18 }, expected: '3', actual: '3', valid: true })
    expect(field(r, 'optionalData1')).toMatchObject({ raw: '<<<<<<<<<<', value: '', positions: cols(0, 20, 30) })
    expect(field(r, 'composite').checkDigit).toMatchObject({ expected: '2', actual: '2', valid: true })
  })

  it('a wrong overflow check digit is reported over the whole reassembled number', () => {
    const r = parse(['I<UTOD23145890<1234<<<<<<<<<<<', TD1_LONG_NUMBER[1] ?? '', TD1_LONG_NUMBER[2] ?? ''])
    const number = field(r, 'documentNumber')
    expect(number.valid).toBe(false)
    expect(number.issues).toEqual([
      {
        code: 'check-digit-mismatch',
        positions: [...cols(0, 5, 14), ...cols(0, 15, 18), { line: 0, column: 18 }],
        expected: '3',
        actual: '4',
      },
    ])
    expect(invalidFieldNames(r)).toEqual(['documentNumber', 'composite'])
  })

  it('older Part 11 specimen line 2 (document number with a filler)', () => {
    const r = parse(TD3_OLDER)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r.documentNumber).toBe('L898902C')
    expect(field(r, 'documentNumber').raw).toBe('L898902C<')
    expect(r.birthDate).toBe('1969-08-06')
    // Expiry is always read as 20YY (reference §1.2), even for this 1994 specimen.
    expect(r.expiryDate).toBe('2094-06-23')
    expect(r.optionalData).toBe('ZE184226B')
  })
})

describe('parseMrz: negative vector (cheminfo#13)', () => {
  const r = parse(TD3_NEGATIVE)

  it('fails exactly the document number and the composite', () => {
    expect(r.valid).toBe(false)
    expect(r.format).toBe('TD3')
    expect(invalidFieldNames(r)).toEqual(['documentNumber', 'composite'])
    expect(r.issues.map((i) => i.code)).toEqual(['check-digit-mismatch', 'composite-check-digit-mismatch'])
  })

  it('reports the document-number mismatch over L2 1–9 plus the digit at 10', () => {
    expect(field(r, 'documentNumber').issues).toEqual([
      { code: 'check-digit-mismatch', positions: cols(1, 0, 10), expected: '0', actual: '7' },
    ])
  })

  it('reports the composite mismatch over L2 1–10 + 14–20 + 22–43 plus the digit at 44', () => {
    expect(field(r, 'composite').issues).toEqual([
      {
        code: 'composite-check-digit-mismatch',
        positions: [...cols(1, 0, 10), ...cols(1, 13, 20), ...cols(1, 21, 43), { line: 1, column: 43 }],
        expected: '9',
        actual: '6',
      },
    ])
  })

  it('still reads the other fields; sex X is accepted', () => {
    expect(r).toMatchObject({
      surname: 'DOE',
      givenNames: 'JOHN',
      documentNumber: '234789403',
      nationality: 'GBR',
      sex: 'X',
      birthDate: '1979-01-23',
      expiryDate: '2023-01-01',
    })
    expect(field(r, 'sex').valid).toBe(true)
  })
})

describe('parseMrz: names and special codes', () => {
  it("German 'D<<' issuer: the code's fillers are not the name separator", () => {
    const r = parse(TD3_GERMAN)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(field(r, 'issuingState')).toMatchObject({ raw: 'D<<', value: 'D' })
    expect(field(r, 'nationality')).toMatchObject({ raw: 'D<<', value: 'D' })
    expect(r.issuingState).toBe('D')
    expect(r.nationality).toBe('D')
    expect(r.surname).toBe('MUSTERMANN')
    expect(r.givenNames).toBe('ERIKA')
    // German passports write '<' as the personal-number check digit when the number is empty.
    expect(field(r, 'personalNumber').checkDigit).toEqual({
      position: { line: 1, column: 42 },
      expected: '0',
      actual: '<',
      valid: true,
    })
  })

  it('a name with only a primary identifier has no given names', () => {
    const r = parse(['P<D<<MUSTERMANN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', TD3_GERMAN[1] ?? ''])
    expect(r.valid).toBe(true)
    expect(r.surname).toBe('MUSTERMANN')
    expect(r.givenNames).toBe('')
  })

  it('single fillers inside name parts become spaces; a truncated name is read as is', () => {
    const r = parse(['P<NLDVAN<NIEUWENHUIZEN<<GERARD<ROBBERT<MARTI', TD3_UTOPIA[1] ?? ''])
    expect(r.surname).toBe('VAN NIEUWENHUIZEN')
    expect(r.givenNames).toBe('GERARD ROBBERT MARTI')
    expect(r.valid).toBe(true)
  })

  it('a filler check digit is only allowed for an empty TD3 personal number', () => {
    const r = parse(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<<0'])
    expect(field(r, 'personalNumber').issues).toEqual([
      { code: 'check-digit-mismatch', positions: cols(1, 28, 43), expected: '1', actual: '<' },
    ])
  })

  it('a digit in the nationality passes every check digit but is flagged (Norwegian N0R)', () => {
    // Without OCR correction; with it (the default) the zero is read as O, see ocr-corrections.test.ts.
    const lines = ['P<NORTEST<<PERSON<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'CCC0022514N0R5604230M3004157<<<<<<<<<<<<<<04']
    const r = parseMrz(lines, { today: TODAY, correctOcr: false })
    expect(r.fields.filter((f) => f.checkDigit).every((f) => f.checkDigit?.valid)).toBe(true)
    expect(r.issues).toEqual([
      { code: 'invalid-character', positions: [{ line: 1, column: 11 }], expected: 'alpha', actual: '0' },
    ])
    expect(invalidFieldNames(r)).toEqual(['nationality'])
  })
})

describe('parseMrz: check digits', () => {
  it('a wrong check digit flags exactly the covered characters and the digit', () => {
    const r = parse(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408123F1204159ZE184226B<<<<<10'])
    const birth = field(r, 'birthDate')
    expect(birth.valid).toBe(false)
    expect(birth.checkDigit).toEqual({ position: { line: 1, column: 19 }, expected: '2', actual: '3', valid: false })
    expect(birth.issues).toEqual([
      { code: 'check-digit-mismatch', positions: cols(1, 13, 20), expected: '2', actual: '3' },
    ])
    // The composite covers the birth-date digit too, so it fails with it.
    expect(invalidFieldNames(r)).toEqual(['birthDate', 'composite'])
    expect(r.birthDate).toBe('1974-08-12') // the date itself is still a real date
  })

  it('TD1 composite covers L1 6–30, L2 1–7, 9–15 and 19–29', () => {
    const r = parse(['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<5', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'])
    expect(field(r, 'composite').issues).toEqual([
      {
        code: 'composite-check-digit-mismatch',
        positions: [...cols(0, 5, 30), ...cols(1, 0, 7), ...cols(1, 8, 15), ...cols(1, 18, 29), { line: 1, column: 29 }],
        expected: '6',
        actual: '5',
      },
    ])
    expect(invalidFieldNames(r)).toEqual(['composite'])
  })

  it('TD2 composite covers L2 1–10, 14–20 and 22–35', () => {
    const r = parse(['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<1'])
    expect(field(r, 'composite').issues[0]?.positions).toEqual([
      ...cols(1, 0, 10),
      ...cols(1, 13, 20),
      ...cols(1, 21, 35),
      { line: 1, column: 35 },
    ])
  })
})

describe('parseMrz: invalid characters', () => {
  it('reports lower case and * at their positions', () => {
    const r = parse(['P<UTOERIKsSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898*02C36UTO7408122F1204159ZE184226B<<<<<10'])
    expect(r.valid).toBe(false)
    expect(r.issues).toEqual([
      { code: 'invalid-character', positions: [{ line: 0, column: 9 }], expected: 'name', actual: 's' },
      { code: 'invalid-character', positions: [{ line: 1, column: 4 }], expected: 'alnum', actual: '*' },
    ])
    // With '*' covered no digit can be computed: not valid, but no invented mismatch either.
    expect(field(r, 'documentNumber').checkDigit).toMatchObject({ expected: '', actual: '6', valid: false })
    expect(field(r, 'composite')).toMatchObject({ valid: false, issues: [] })
    expect(r.surname).toBe('ERIKsSON')
  })

  it('reports a non-MRZ check digit character and its mismatch', () => {
    const r = parse(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C3*UTO7408122F1204159ZE184226B<<<<<10'])
    expect(field(r, 'documentNumber').issues).toEqual([
      { code: 'invalid-character', positions: [{ line: 1, column: 9 }], expected: 'numeric', actual: '*' },
      { code: 'check-digit-mismatch', positions: cols(1, 0, 10), expected: '6', actual: '*' },
    ])
  })
})

describe('parseMrz: structure', () => {
  it('reports a short line with the first missing column', () => {
    const r = parse([TD3_UTOPIA[0] ?? '', (TD3_UTOPIA[1] ?? '').slice(0, 43)])
    expect(r.format).toBeNull()
    expect(r.valid).toBe(false)
    expect(r.fields).toEqual([])
    expect(r.issues).toEqual([
      { code: 'wrong-line-length', positions: [{ line: 1, column: 43 }], expected: '44', actual: '43' },
    ])
  })

  it('reports the surplus columns of a long line', () => {
    const r = parse([...TD1_UTOPIA.slice(0, 2), `${TD1_UTOPIA[2] ?? ''}<<`])
    expect(r.issues).toEqual([
      { code: 'wrong-line-length', positions: cols(2, 30, 32), expected: '30', actual: '32' },
    ])
  })

  it('guesses TD2 for two lines near 36 characters', () => {
    const r = parse([TD2_UTOPIA[0] ?? '', `${TD2_UTOPIA[1] ?? ''}<`])
    expect(r.issues).toEqual([{ code: 'wrong-line-length', positions: [{ line: 1, column: 36 }], expected: '36', actual: '37' }])
  })

  it('reports a wrong line count', () => {
    expect(parse([TD3_UTOPIA[0] ?? '']).issues).toEqual([
      { code: 'wrong-line-count', positions: [], expected: '2|3', actual: '1' },
    ])
    expect(parse([]).issues[0]?.code).toBe('wrong-line-count')
  })

  it('parses a 2×44 visa as MRV-A instead of rejecting it (see visas.test.ts)', () => {
    const r = parse(['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'])
    expect(r.format).toBe('MRV-A')
    expect(r.issues).toEqual([])
  })

  it('never throws on garbage input', () => {
    expect(() => parseMrz(null as unknown as string[])).not.toThrow()
    expect(() => parseMrz([undefined, 42] as unknown as string[])).not.toThrow()
    expect(parse(['*'.repeat(44), '\u0000'.repeat(44)]).valid).toBe(false)
  })
})

describe('parseMrz: dates, sex and document codes', () => {
  const withLine2 = (line2: string): MrzParseResult => parse([TD3_UTOPIA[0] ?? '', line2])

  it('310230 (30 February) is not a date: the day positions are flagged', () => {
    // Check digits are right (310230 → 7, composite 0), only the calendar is wrong.
    const r = withLine2('L898902C36UTO3102307F1204159ZE184226B<<<<<10')
    const birth = field(r, 'birthDate')
    expect(birth.checkDigit?.valid).toBe(true)
    expect(birth.issues).toEqual([
      { code: 'invalid-date', positions: [{ line: 1, column: 17 }, { line: 1, column: 18 }], actual: '310230' },
    ])
    expect(r.birthDate).toBeNull()
    expect(invalidFieldNames(r)).toEqual(['birthDate'])
  })

  it('flags a month out of range and letters in a date', () => {
    const month = field(withLine2('L898902C36UTO7413122F1204159ZE184226B<<<<<10'), 'birthDate')
    expect(month.issues.find((i) => i.code === 'invalid-date')?.positions).toEqual(cols(1, 15, 17))
    // A letter that is no OCR look-alike of a digit ('A'); 'O' would be corrected to '0' by default.
    const letters = field(withLine2('L898902C36UTO74A8122F1204159ZE184226B<<<<<10'), 'birthDate')
    expect(letters.issues.find((i) => i.code === 'invalid-date')?.positions).toEqual([{ line: 1, column: 15 }])
  })

  it('pivots the birth century on today and checks leap years', () => {
    const birthOf = (yymmdd: string, today: Date): string | null => {
      const line2 = `L898902C36UTO${yymmdd}0F1204159ZE184226B<<<<<10`
      return parseMrz([TD3_UTOPIA[0] ?? '', line2], { today }).birthDate
    }
    expect(birthOf('260115', TODAY)).toBe('2026-01-15')
    expect(birthOf('270115', TODAY)).toBe('1927-01-15')
    expect(birthOf('000229', TODAY)).toBe('2000-02-29')
    expect(birthOf('010229', TODAY)).toBeNull()
    expect(birthOf('960229', TODAY)).toBe('1996-02-29')
    expect(birthOf('270115', new Date(2027, 5, 1))).toBe('2027-01-15')
  })

  it('accepts M, F, < and X; rejects anything else', () => {
    const sexOf = (c: string): MrzField => field(withLine2(`L898902C36UTO7408122${c}1204159ZE184226B<<<<<10`), 'sex')
    for (const c of ['M', 'F', '<', 'X']) expect(sexOf(c).valid).toBe(true)
    expect(sexOf('<').value).toBe('<')
    expect(sexOf('Q').issues).toEqual([
      { code: 'invalid-sex', positions: [{ line: 1, column: 20 }], expected: 'M|F|<', actual: 'Q' },
    ])
  })

  it('TD3 must start with P', () => {
    const r = parse(['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', TD3_UTOPIA[1] ?? ''])
    expect(r.format).toBe('TD3')
    expect(r.issues).toEqual([
      { code: 'invalid-document-code', positions: [{ line: 0, column: 0 }], expected: 'P', actual: 'I' },
    ])
  })

  it('TD1/TD2 must start with A, C or I and not have V second', () => {
    const td1 = parse([`P${(TD1_UTOPIA[0] ?? '').slice(1)}`, TD1_UTOPIA[1] ?? '', TD1_UTOPIA[2] ?? ''])
    expect(td1.issues).toEqual([
      { code: 'invalid-document-code', positions: [{ line: 0, column: 0 }], expected: 'A|C|I', actual: 'P' },
    ])
    const td2 = parse([`IV${(TD2_UTOPIA[0] ?? '').slice(2)}`, TD2_UTOPIA[1] ?? ''])
    expect(td2.issues).toEqual([{ code: 'invalid-document-code', positions: [{ line: 0, column: 1 }], actual: 'V' }])
    for (const code of ['AC', 'C<', 'ID']) {
      expect(parse([`${code}${(TD2_UTOPIA[0] ?? '').slice(2)}`, TD2_UTOPIA[1] ?? '']).valid).toBe(true)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { buildTd1, computeCheckDigit, OCR_DIGIT_FOR_LETTER, OCR_LETTER_FOR_DIGIT, parseMrz, type MrzParseResult } from './index'

const TODAY = new Date(2026, 0, 15)
const parse = (lines: string[], correctOcr?: boolean): MrzParseResult =>
  parseMrz(lines, correctOcr === undefined ? { today: TODAY } : { today: TODAY, correctOcr })

const TD3_UTOPIA = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const NORWAY = ['P<NORTEST<<PERSON<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'CCC0022514N0R5604230M3004157<<<<<<<<<<<<<<04']
const line2 = (text: string): string[] => [TD3_UTOPIA[0] ?? '', text]

describe('correction tables', () => {
  it('are the union of cheminfo and PassportEye, nothing more', () => {
    expect(OCR_DIGIT_FOR_LETTER).toEqual({ B: '8', C: '0', D: '0', G: '6', I: '1', O: '0', Q: '0', S: '5', Z: '2' })
    expect(OCR_LETTER_FOR_DIGIT).toEqual({ 0: 'O', 1: 'I', 2: 'Z', 4: 'A', 5: 'S', 6: 'G', 8: 'B' })
  })
})

describe('parseMrz: OCR correction (default on)', () => {
  it('reads the zero in N0R as O, reports it, and keeps the raw lines', () => {
    const r = parse(NORWAY)
    expect(r.valid).toBe(true)
    expect(r.nationality).toBe('NOR')
    expect(r.corrections).toEqual([{ field: 'nationality', position: { line: 1, column: 11 }, original: '0', corrected: 'O' }])
    expect(r.lines).toEqual(NORWAY)
    expect(r.correctedLines).toEqual([NORWAY[0], 'CCC0022514NOR5604230M3004157<<<<<<<<<<<<<<04'])
  })

  it('correctOcr: false leaves the digit to be flagged', () => {
    const r = parse(NORWAY, false)
    expect(r.valid).toBe(false)
    expect(r.corrections).toEqual([])
    expect(r.correctedLines).toEqual(NORWAY)
  })

  it('letters in dates and check digits become digits; each check digit counts as its field', () => {
    const r = parse(line2('L898902C3GUTO74O8I22F12O4I59ZE184226B<<<<<IO'))
    expect(r.corrections).toEqual([
      { field: 'documentNumber', position: { line: 1, column: 9 }, original: 'G', corrected: '6' },
      { field: 'birthDate', position: { line: 1, column: 15 }, original: 'O', corrected: '0' },
      { field: 'birthDate', position: { line: 1, column: 17 }, original: 'I', corrected: '1' },
      { field: 'expiryDate', position: { line: 1, column: 23 }, original: 'O', corrected: '0' },
      { field: 'expiryDate', position: { line: 1, column: 25 }, original: 'I', corrected: '1' },
      { field: 'personalNumber', position: { line: 1, column: 42 }, original: 'I', corrected: '1' },
      { field: 'composite', position: { line: 1, column: 43 }, original: 'O', corrected: '0' },
    ])
    expect(r.valid).toBe(true)
    expect(r.correctedLines[1]).toBe(TD3_UTOPIA[1])
    expect(r.birthDate).toBe('1974-08-12')
    expect(r.fields.find((f) => f.name === 'birthDate')).toMatchObject({ raw: '740812', checkDigit: { actual: '2', valid: true } })
  })

  it("PassportEye's C, D and Q read as zero", () => {
    const r = parse(line2('L898902C36UTO74C8122F12D4159ZE184226B<<<<<1Q'))
    expect(r.corrections.map((c) => `${c.original}→${c.corrected}`)).toEqual(['C→0', 'D→0', 'Q→0'])
    expect(r.valid).toBe(true)
  })

  it('digits in the document code, states and name become letters', () => {
    const r = parse(['P<UT0ER1KSS0N<<ANNA<MAR4A<<<<<<<<<<<<<<<<<<<', TD3_UTOPIA[1] ?? ''])
    expect(r.corrections.map((c) => [c.field, c.original, c.corrected])).toEqual([
      ['issuingState', '0', 'O'],
      ['name', '1', 'I'],
      ['name', '0', 'O'],
      ['name', '4', 'A'],
    ])
    // 4→A is a correction by type even though the printed letter here was an I: the officer sees it in `corrections`.
    expect(r).toMatchObject({ valid: true, issuingState: 'UTO', surname: 'ERIKSSON', givenNames: 'ANNA MARAA' })
    const code = parse(['1<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'])
    expect(code).toMatchObject({ valid: true, documentCode: 'I' })
  })

  it('never touches alphanumeric fields: a misread document number stays caught by its check digit', () => {
    // 'L898902C3' with the 8 read as B: legal either way in an alphanumeric field, so only the digit can object.
    const r = parse(line2('LB98902C36UTO7408122F1204159ZE184226B<<<<<10'))
    expect(r.corrections).toEqual([])
    expect(r.documentNumber).toBe('LB98902C3')
    expect(r.fields.filter((f) => !f.valid).map((f) => f.name)).toEqual(['documentNumber', 'composite'])
  })

  it('never touches optional data, the personal number or sex', () => {
    const r = parse(line2('L898902C36UTO7408122F1204159ZE184226B<<<<<10'.replace('ZE184226B', 'ZEI84226B')))
    expect(r.corrections).toEqual([])
    const sex = parse(line2('L898902C36UTO74081220120415' + '9ZE184226B<<<<<10'))
    expect(sex.corrections).toEqual([])
    expect(sex.fields.find((f) => f.name === 'sex')?.valid).toBe(false)
  })

  it('applies a correction for the field type even when the check digit then fails: no guessing', () => {
    // Printed 740812; read 74O8S2. O→0 and S→5 by type give 740852, which the check digit (2) rejects.
    // A "repair until it passes" reader would have tried S→8; we do not.
    const r = parse(line2('L898902C36UTO74O8S22F1204159ZE184226B<<<<<10'))
    expect(r.corrections.map((c) => c.corrected)).toEqual(['0', '5'])
    expect(r.fields.find((f) => f.name === 'birthDate')).toMatchObject({
      raw: '740852',
      valid: false,
      checkDigit: { expected: String(computeCheckDigit('740852')), actual: '2', valid: false },
    })
    expect(r.valid).toBe(false)
  })

  it('corrects the check digit of an overflowing TD1 number where it really is (in optional data 1)', () => {
    const lines = buildTd1({
      documentCode: 'ID',
      issuingState: 'BEL',
      surname: 'Peeters',
      givenNames: 'An',
      documentNumber: '600001795015',
      nationality: 'BEL',
      birthDate: '850301',
      sex: 'F',
      expiryDate: '300101',
    })
    expect(lines[0]?.slice(0, 19)).toBe('IDBEL600001795<0152')
    const misread = [`IDBEL600001795<015Z${(lines[0] ?? '').slice(19)}`, lines[1] ?? '', lines[2] ?? '']
    const r = parse(misread)
    expect(r.corrections).toEqual([{ field: 'documentNumber', position: { line: 0, column: 18 }, original: 'Z', corrected: '2' }])
    expect(r).toMatchObject({ valid: true, documentNumber: '600001795015' })
  })

  it('leaves lower case and foreign characters alone (they are not look-alike slips)', () => {
    const r = parse(line2('L898902C36UTO74o8122F1204159ZE184226B<<<<<10'))
    expect(r.corrections).toEqual([])
    expect(r.valid).toBe(false)
  })
})

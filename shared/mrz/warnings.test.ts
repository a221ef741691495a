import { describe, expect, it } from 'vitest'
import { buildTd1, buildTd3, parseMrz, type MrzParseResult } from './index'

const TODAY = new Date(2026, 0, 15)
const parse = (lines: string[]): MrzParseResult => parseMrz(lines, { today: TODAY })

const JOHN = {
  issuingState: 'GBR',
  surname: 'Doe',
  givenNames: 'John',
  documentNumber: '234789403',
  nationality: 'GBR',
  birthDate: '790123',
  expiryDate: '300101',
}

describe('warnings', () => {
  it("sex 'X' is accepted with a warning on the field and the result", () => {
    const r = parse(buildTd3({ ...JOHN, sex: 'X' }))
    const warning = { code: 'sex-unspecified-x', positions: [{ line: 1, column: 20 }], expected: 'M|F|<', actual: 'X' }
    expect(r.valid).toBe(true)
    expect(r.issues).toEqual([])
    expect(r.sex).toBe('X')
    expect(r.warnings).toEqual([warning])
    expect(r.fields.find((f) => f.name === 'sex')).toMatchObject({ valid: true, warnings: [warning] })
  })

  it('the warning points at the TD1 sex cell too', () => {
    const r = parse(buildTd1({ ...JOHN, sex: 'X' }))
    expect(r.warnings).toMatchObject([{ code: 'sex-unspecified-x', positions: [{ line: 1, column: 7 }] }])
  })

  it('a full name field ending in a letter may be truncated (Doc 9303): warning, still valid', () => {
    const r = parse(['P<NLDVAN<NIEUWENHUIZEN<<GERARD<ROBBERT<MARTI', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'])
    expect(r.valid).toBe(true)
    expect(r.warnings).toEqual([
      { code: 'name-truncated', positions: [{ line: 0, column: 43 }], actual: 'VAN<NIEUWENHUIZEN<<GERARD<ROBBERT<MARTI' },
    ])
    expect(r.fields.find((f) => f.name === 'name')?.warnings).toHaveLength(1)
  })

  it('no warning for M/F/<, a name with room to spare, or the German D<< issuer', () => {
    for (const sex of ['M', 'F', '<']) expect(parse(buildTd3({ ...JOHN, sex })).warnings).toEqual([])
    const german = parse(['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4'])
    expect(german.valid).toBe(true)
    expect(german.warnings).toEqual([])
    expect(german.fields.every((f) => f.warnings.length === 0)).toBe(true)
  })

  it('warnings sit alongside issues without changing them', () => {
    const r = parse(buildTd3({ ...JOHN, sex: 'X' }, { corruptCheckDigit: 'birthDate' }))
    expect(r.valid).toBe(false)
    expect(r.issues.map((i) => i.code)).toEqual(['check-digit-mismatch'])
    expect(r.warnings.map((w) => w.code)).toEqual(['sex-unspecified-x'])
  })
})

import { describe, expect, it } from 'vitest'
import {
  buildTd1,
  buildTd2,
  buildTd3,
  parseMrz,
  type MrzFieldName,
  type MrzParseResult,
  type Td1BuildFields,
  type Td2BuildFields,
  type Td3BuildFields,
} from './index'

const TODAY = new Date(2026, 0, 15)
const parse = (lines: string[]): MrzParseResult => parseMrz(lines, { today: TODAY })
const invalidFieldNames = (r: MrzParseResult): MrzFieldName[] => r.fields.filter((f) => !f.valid).map((f) => f.name)
const valueOf = (r: MrzParseResult, name: MrzFieldName): string | undefined => r.fields.find((f) => f.name === name)?.value

const ANNA = {
  issuingState: 'UTO',
  surname: 'Eriksson',
  givenNames: 'Anna Maria',
  nationality: 'UTO',
  birthDate: '740812',
  sex: 'F',
  expiryDate: '120415',
}

describe('builders reproduce the §1.6 specimens exactly', () => {
  it('TD3', () => {
    expect(buildTd3({ ...ANNA, documentNumber: 'L898902C3', personalNumber: 'ZE184226B' })).toEqual([
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    ])
  })

  it('TD2', () => {
    expect(buildTd2({ ...ANNA, documentNumber: 'D23145890' })).toEqual([
      'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<',
      'D231458907UTO7408122F1204159<<<<<<<6',
    ])
  })

  it('TD1', () => {
    expect(buildTd1({ ...ANNA, documentNumber: 'D23145890' })).toEqual([
      'I<UTOD231458907<<<<<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<6',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ])
  })

  it('TD1 with an overflowing document number', () => {
    expect(buildTd1({ ...ANNA, documentNumber: 'D23145890123' })).toEqual([
      'I<UTOD23145890<1233<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<2',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ])
  })

  it('Belgian-style overflow: 600001795015 → IDBEL600001795<0152', () => {
    const lines = buildTd1({ ...ANNA, documentCode: 'ID', issuingState: 'BEL', documentNumber: '600001795015' })
    expect(lines[0]?.startsWith('IDBEL600001795<0152')).toBe(true)
  })

  it('German D<< with an empty personal number', () => {
    const lines = buildTd3({
      issuingState: 'D',
      surname: 'Mustermann',
      givenNames: 'Erika',
      documentNumber: 'C01X00T47',
      nationality: 'D',
      birthDate: '640812',
      sex: 'F',
      expiryDate: '270228',
    })
    // The builder writes the computed digit 0 where German passports print '<'.
    expect(lines).toEqual(['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<04'])
  })
})

describe('builder → parser round trips', () => {
  it('TD3', () => {
    const input: Td3BuildFields = {
      issuingState: 'GBR',
      surname: "O'Brien-Smith",
      givenNames: 'Mary Ann',
      documentNumber: '123456789',
      nationality: 'GBR',
      birthDate: '850301',
      sex: 'F',
      expiryDate: '310302',
      personalNumber: 'AB1234567',
    }
    const lines = buildTd3(input)
    expect(lines[0]).toBe('P<GBROBRIEN<SMITH<<MARY<ANN<<<<<<<<<<<<<<<<<')
    const r = parse(lines)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r).toMatchObject({
      format: 'TD3',
      documentCode: 'P',
      issuingState: 'GBR',
      surname: 'OBRIEN SMITH',
      givenNames: 'MARY ANN',
      documentNumber: '123456789',
      nationality: 'GBR',
      sex: 'F',
      birthDate: '1985-03-01',
      expiryDate: '2031-03-02',
      optionalData: 'AB1234567',
    })
    expect(valueOf(r, 'birthDate')).toBe(input.birthDate)
    expect(valueOf(r, 'expiryDate')).toBe(input.expiryDate)
    expect(valueOf(r, 'personalNumber')).toBe(input.personalNumber)
  })

  it('TD2', () => {
    const input: Td2BuildFields = {
      documentCode: 'C',
      issuingState: 'FRA',
      surname: 'de la Tour',
      givenNames: 'Jean-Luc',
      documentNumber: 'X4RTBPFW4',
      nationality: 'FRA',
      birthDate: '991231',
      sex: 'M',
      expiryDate: '300101',
      optionalData: 'ABC',
    }
    const r = parse(buildTd2(input))
    expect(r.valid).toBe(true)
    expect(r).toMatchObject({
      format: 'TD2',
      documentCode: 'C',
      issuingState: 'FRA',
      surname: 'DE LA TOUR',
      givenNames: 'JEAN LUC',
      documentNumber: 'X4RTBPFW4',
      nationality: 'FRA',
      sex: 'M',
      birthDate: '1999-12-31',
      expiryDate: '2030-01-01',
      optionalData: 'ABC',
    })
  })

  it('TD1, short and overflowing document numbers, both optional data areas', () => {
    const base: Td1BuildFields = {
      documentCode: 'ID',
      issuingState: 'BEL',
      surname: 'Peeters',
      givenNames: 'An',
      documentNumber: 'B1234',
      nationality: 'BEL',
      birthDate: '000229',
      sex: '<',
      expiryDate: '291130',
      optionalData: 'OPT1',
      optionalData2: '85030112345',
    }
    // After an overflow a filler separates the number's check digit from the optional data.
    expect(buildTd1({ ...base, documentNumber: '600001795015' })[0]).toBe('IDBEL600001795<0152<OPT1<<<<<<')
    for (const documentNumber of ['B1234', '600001795015', 'ABCDEFGHIJKLMNOPQ']) {
      const r = parse(buildTd1({ ...base, documentNumber }))
      expect(r.issues).toEqual([])
      expect(r.valid).toBe(true)
      expect(r).toMatchObject({
        format: 'TD1',
        documentCode: 'ID',
        issuingState: 'BEL',
        surname: 'PEETERS',
        givenNames: 'AN',
        documentNumber,
        nationality: 'BEL',
        sex: '<',
        birthDate: '2000-02-29',
        expiryDate: '2029-11-30',
        optionalData: 'OPT1 85030112345',
      })
      expect(valueOf(r, 'optionalData1')).toBe('OPT1')
      expect(valueOf(r, 'optionalData2')).toBe('85030112345')
    }
  })

  it('truncates long names to the field and keeps surname-only names', () => {
    const lines = buildTd3({
      ...ANNA,
      surname: 'van Nieuwenhuizen',
      givenNames: 'Gerard Robbert Martijn',
      documentNumber: 'L898902C3',
    })
    expect(lines[0]).toBe('P<UTOVAN<NIEUWENHUIZEN<<GERARD<ROBBERT<MARTI')
    expect(parse(lines).givenNames).toBe('GERARD ROBBERT MARTI')

    const surnameOnly = buildTd1({ ...ANNA, surname: 'Mustermann', givenNames: '', documentNumber: 'D23145890' })
    expect(surnameOnly[2]).toBe('MUSTERMANN<<<<<<<<<<<<<<<<<<<<')
    expect(parse(surnameOnly)).toMatchObject({ valid: true, surname: 'MUSTERMANN', givenNames: '' })
  })
})

describe('corruptCheckDigit makes exactly that field invalid', () => {
  const cases: Array<[string, (field: MrzFieldName) => string[], MrzFieldName[]]> = [
    [
      'TD3',
      (f) => buildTd3({ ...ANNA, documentNumber: 'L898902C3', personalNumber: 'ZE184226B' }, { corruptCheckDigit: f }),
      ['documentNumber', 'birthDate', 'expiryDate', 'personalNumber', 'composite'],
    ],
    [
      'TD3 empty personal number',
      (f) => buildTd3({ ...ANNA, documentNumber: 'L898902C3' }, { corruptCheckDigit: f }),
      ['personalNumber'],
    ],
    [
      'TD2',
      (f) => buildTd2({ ...ANNA, documentNumber: 'D23145890' }, { corruptCheckDigit: f }),
      ['documentNumber', 'birthDate', 'expiryDate', 'composite'],
    ],
    [
      'TD1',
      (f) => buildTd1({ ...ANNA, documentNumber: 'D23145890' }, { corruptCheckDigit: f }),
      ['documentNumber', 'birthDate', 'expiryDate', 'composite'],
    ],
    [
      'TD1 overflow',
      (f) => buildTd1({ ...ANNA, documentNumber: 'D23145890123' }, { corruptCheckDigit: f }),
      ['documentNumber', 'composite'],
    ],
  ]

  for (const [label, build, corruptible] of cases) {
    for (const name of corruptible) {
      it(`${label}: ${name}`, () => {
        const r = parse(build(name))
        expect(r.valid).toBe(false)
        expect(invalidFieldNames(r)).toEqual([name])
        expect(r.issues).toHaveLength(1)
        expect(r.issues[0]?.code).toBe(name === 'composite' ? 'composite-check-digit-mismatch' : 'check-digit-mismatch')
      })
    }
  }

  it('the TD1 overflow digit is the one corrupted', () => {
    const lines = buildTd1({ ...ANNA, documentNumber: 'D23145890123' }, { corruptCheckDigit: 'documentNumber' })
    expect(lines[0]).toBe('I<UTOD23145890<1234<<<<<<<<<<<')
  })

  it('refuses fields that have no check digit', () => {
    expect(() => buildTd3({ ...ANNA, documentNumber: 'L898902C3' }, { corruptCheckDigit: 'name' })).toThrow(RangeError)
    expect(() => buildTd2({ ...ANNA, documentNumber: 'D23145890' }, { corruptCheckDigit: 'optionalData1' })).toThrow(RangeError)
  })
})

describe('builder input checks', () => {
  it('rejects values that do not fit rather than truncating them', () => {
    expect(() => buildTd3({ ...ANNA, documentNumber: 'L898902C30' })).toThrow(RangeError)
    expect(() => buildTd3({ ...ANNA, documentNumber: 'L898902C3', birthDate: '7408' })).toThrow(RangeError)
    expect(() => buildTd3({ ...ANNA, documentNumber: 'L89*902C3' })).toThrow(RangeError)
    expect(() => buildTd2({ ...ANNA, documentNumber: 'D23145890', optionalData: '12345678' })).toThrow(RangeError)
  })

  it('asks for transliteration instead of writing diacritics', () => {
    expect(() => buildTd3({ ...ANNA, surname: 'Müller', documentNumber: 'L898902C3' })).toThrow(RangeError)
  })

  it('still writes calendar-invalid dates, for negative samples', () => {
    const r = parse(buildTd3({ ...ANNA, documentNumber: 'L898902C3', birthDate: '310230' }))
    expect(invalidFieldNames(r)).toEqual(['birthDate'])
    expect(r.issues.map((i) => i.code)).toEqual(['invalid-date'])
  })
})

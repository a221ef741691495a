import { describe, expect, it } from 'vitest'
import { buildMrvA, buildMrvB, detectMrzFormat, parseMrz, type MrvBuildFields, type MrzFieldName, type MrzParseResult } from './index'

const TODAY = new Date(2026, 0, 15)
const parse = (lines: string[]): MrzParseResult => parseMrz(lines, { today: TODAY })
const fieldNames = (r: MrzParseResult): MrzFieldName[] => r.fields.map((f) => f.name)

// §1.6 specimens (ICAO Doc 9303 Part 7).
const MRV_A = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<']
const MRV_B = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<']

const ANNA: MrvBuildFields = {
  issuingState: 'UTO',
  surname: 'Eriksson',
  givenNames: 'Anna Maria',
  documentNumber: 'L8988901C',
  nationality: 'XXX',
  birthDate: '400907',
  sex: 'F',
  expiryDate: '961210',
}

describe('visa detection', () => {
  it('2×44 starting with V is MRV-A, 2×36 starting with V is MRV-B', () => {
    expect(detectMrzFormat(MRV_A)).toBe('MRV-A')
    expect(detectMrzFormat(MRV_B)).toBe('MRV-B')
  })

  it('the same shapes without V stay TD3/TD2', () => {
    expect(detectMrzFormat([`P${(MRV_A[0] ?? '').slice(1)}`, MRV_A[1] ?? ''])).toBe('TD3')
    expect(detectMrzFormat([`I${(MRV_B[0] ?? '').slice(1)}`, MRV_B[1] ?? ''])).toBe('TD2')
  })
})

describe('parseMrz: visa specimens', () => {
  it('MRV-A', () => {
    const r = parse(MRV_A)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r).toMatchObject({
      format: 'MRV-A',
      documentCode: 'V',
      issuingState: 'UTO',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      documentNumber: 'L8988901C',
      nationality: 'XXX',
      sex: 'F',
      birthDate: '1940-09-07',
      expiryDate: '2096-12-10',
      // L2 29–44: the specimen's optional data starts right after the expiry check digit.
      optionalData: '6ZE184226B',
    })
    expect(r.fields.find((f) => f.name === 'optionalData1')).toMatchObject({
      raw: '6ZE184226B<<<<<<',
      positions: Array.from({ length: 16 }, (_, i) => ({ line: 1, column: 28 + i })),
    })
  })

  it('MRV-B', () => {
    const r = parse(MRV_B)
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r).toMatchObject({ format: 'MRV-B', documentNumber: 'L8988901C', optionalData: '', expiryDate: '2096-12-10' })
    expect(r.fields.find((f) => f.name === 'optionalData1')?.positions).toHaveLength(8)
  })

  it('has no composite check digit: the last column is plain optional data', () => {
    for (const lines of [MRV_A, MRV_B]) {
      const r = parse(lines)
      expect(fieldNames(r)).not.toContain('composite')
      const line2 = lines[1] ?? ''
      // Any character there is accepted: no digit covers it.
      expect(parse([lines[0] ?? '', `${line2.slice(0, -1)}Q`]).valid).toBe(true)
    }
  })

  it('still checks the document number and date digits', () => {
    const r = parse([MRV_A[0] ?? '', (MRV_A[1] ?? '').replace('L8988901C4', 'L8988901C5')])
    expect(r.valid).toBe(false)
    expect(r.fields.filter((f) => !f.valid).map((f) => f.name)).toEqual(['documentNumber'])
  })
})

describe('buildMrvA / buildMrvB', () => {
  it('reproduce the specimens', () => {
    expect(buildMrvA({ ...ANNA, optionalData: '6ZE184226B' })).toEqual(MRV_A)
    expect(buildMrvB(ANNA)).toEqual(MRV_B)
  })

  it('round-trip with the longest optional data', () => {
    const a = parse(buildMrvA({ ...ANNA, optionalData: 'ABCDEFGHIJ123456' }))
    expect(a).toMatchObject({ format: 'MRV-A', valid: true, optionalData: 'ABCDEFGHIJ123456' })
    const b = parse(buildMrvB({ ...ANNA, documentCode: 'VD', optionalData: '12345678' }))
    expect(b).toMatchObject({ format: 'MRV-B', valid: true, documentCode: 'VD', optionalData: '12345678' })
  })

  it('reject optional data that does not fit and a composite they do not have', () => {
    expect(() => buildMrvA({ ...ANNA, optionalData: '12345678901234567' })).toThrow(/buildMrvA/)
    expect(() => buildMrvB({ ...ANNA, optionalData: '123456789' })).toThrow(/buildMrvB/)
    expect(() => buildMrvA(ANNA, { corruptCheckDigit: 'composite' })).toThrow(RangeError)
  })

  it('corruptCheckDigit breaks exactly that field', () => {
    for (const name of ['documentNumber', 'birthDate', 'expiryDate'] as const) {
      const r = parse(buildMrvB(ANNA, { corruptCheckDigit: name }))
      expect(r.fields.filter((f) => !f.valid).map((f) => f.name)).toEqual([name])
    }
  })
})

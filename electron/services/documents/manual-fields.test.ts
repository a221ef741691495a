import { describe, expect, it } from 'vitest'
import { parseMrz } from '../../../shared/mrz'
import { mrzFromManualFields } from './manual-fields'
import { manualFieldsSchema } from '../../../shared/domain/manual-fields'

const base = { documentType: 'passport' as const, issuingState: 'deu', documentNumber: 'c01x00t47', surname: 'Müller-Lüdenscheidt', givenNames: 'Hans Jürgen', nationality: 'D', birthDate: '1964-08-12', sex: 'M' as const, expiryDate: '2031-10-31' }

describe('manual key fields', () => {
  it('become the MRZ the issuer would print: transliterated names, D<<, valid check digits', () => {
    const lines = mrzFromManualFields(manualFieldsSchema.parse(base))
    expect(lines[0]).toBe('P<DEUMUELLER<LUEDENSCHEIDT<<HANS<JUERGEN<<<<')
    const mrz = parseMrz(lines, { today: new Date('2026-11-25') })
    expect(mrz).toMatchObject({ valid: true, documentNumber: 'C01X00T47', nationality: 'D', birthDate: '1964-08-12', expiryDate: '2031-10-31' })
  })

  it('makes an ID card a TD1', () => {
    const lines = mrzFromManualFields(manualFieldsSchema.parse({ ...base, documentType: 'id-card', issuingState: 'FRA', nationality: 'FRA' }))
    expect(lines).toHaveLength(3)
    expect(parseMrz(lines).format).toBe('TD1')
  })

  it('rejects what cannot be an MRZ with a reason', () => {
    expect(manualFieldsSchema.safeParse({ ...base, birthDate: '12/08/1964' }).success).toBe(false)
    expect(manualFieldsSchema.safeParse({ ...base, documentNumber: 'AB-12' }).success).toBe(false)
    expect(() => mrzFromManualFields(manualFieldsSchema.parse({ ...base, documentNumber: 'ABCDEFGHIJKL' }))).toThrow(/do not fit a passport/)
    expect(() => mrzFromManualFields(manualFieldsSchema.parse({ ...base, surname: '王' }))).toThrow(/no letters/)
  })
})

import { describe, expect, it } from 'vitest'
import { normaliseVin, validateVin, vinCheckDigit } from './vin'

describe('VIN', () => {
  it('normalises separators and case', () => {
    expect(normaliseVin(' 1m8gdm9a-xkp042788 ')).toBe('1M8GDM9AXKP042788')
  })

  it('computes the North-American check digit', () => {
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X')
    expect(vinCheckDigit('11111111111111111')).toBe('1')
    expect(vinCheckDigit('1M8GDM9AXKP04278')).toBeNull()
    expect(vinCheckDigit('1M8GDM9AXKPO42788')).toBeNull() // O has no value
  })

  it('accepts a valid VIN without issues', () => {
    expect(validateVin('1M8GDM9AXKP042788')).toEqual({ vin: '1M8GDM9AXKP042788', valid: true, issues: [] })
  })

  it('only warns about the check digit (EU VINs do not use it)', () => {
    const european = validateVin('WVWZZZ1JZ3W386752')
    expect(european.valid).toBe(true)
    expect(european.issues).toEqual([expect.objectContaining({ code: 'vin-check-digit', severity: 'warning' })])
    expect(european.issues[0]?.detail).toContain('not required outside North America')
    expect(validateVin('1M8GDM9A1KP042788').issues[0]?.detail).toContain('North-American manufacturer')
  })

  it('rejects wrong length, I/O/Q and other characters', () => {
    expect(validateVin('1M8GDM9AXKP04278')).toMatchObject({ valid: false, issues: [expect.objectContaining({ code: 'vin-length' })] })
    const forbidden = validateVin('1M8GDM9AXKPO42788')
    expect(forbidden.valid).toBe(false)
    expect(forbidden.issues).toEqual([expect.objectContaining({ code: 'vin-forbidden-letters', detail: expect.stringContaining('probably 0') })])
    expect(validateVin('1M8GDM9AXKP04278*').issues.map((i) => i.code)).toContain('vin-invalid-characters')
  })
})

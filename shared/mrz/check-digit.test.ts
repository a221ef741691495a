import { describe, expect, it } from 'vitest'
import { computeCheckDigit, isMrzCharset, mrzCharValue, tryComputeCheckDigit } from './check-digit'

describe('mrzCharValue', () => {
  it('maps digits to themselves, A..Z to 10..35 and the filler to 0', () => {
    expect(mrzCharValue('0')).toBe(0)
    expect(mrzCharValue('9')).toBe(9)
    expect(mrzCharValue('A')).toBe(10)
    expect(mrzCharValue('K')).toBe(20)
    expect(mrzCharValue('Z')).toBe(35)
    expect(mrzCharValue('<')).toBe(0)
  })

  it('rejects characters outside the MRZ charset', () => {
    for (const c of ['a', 'z', '*', ' ', 'Ä', '', 'AB']) expect(() => mrzCharValue(c)).toThrow(RangeError)
  })
})

describe('computeCheckDigit', () => {
  it('reproduces the check digits of the ICAO Utopia specimens', () => {
    expect(computeCheckDigit('L898902C3')).toBe(6)
    expect(computeCheckDigit('740812')).toBe(2)
    expect(computeCheckDigit('120415')).toBe(9)
    expect(computeCheckDigit('ZE184226B<<<<<')).toBe(1)
    expect(computeCheckDigit('D23145890')).toBe(7)
    expect(computeCheckDigit('D23145890123')).toBe(3) // TD1 overflow: covers the whole number
    expect(computeCheckDigit('L898902C<')).toBe(3)
  })

  it('gives 0 for an empty or all-filler string', () => {
    expect(computeCheckDigit('')).toBe(0)
    expect(computeCheckDigit('<<<<<<<<<<<<<<')).toBe(0)
  })

  it('has the documented blind spots (values differing by a multiple of 10)', () => {
    expect(computeCheckDigit('BCDEFGHIJ')).toBe(computeCheckDigit('123456789'))
    expect(computeCheckDigit('00A0A<0A0<<0A0A0<0A')).toBe(0)
    // OCR confusions G↔6, S↔8, B↔1, <↔0 are invisible …
    expect(computeCheckDigit('AG12S')).toBe(computeCheckDigit('A612S'))
    expect(computeCheckDigit('X8BS<')).toBe(computeCheckDigit('XS180'))
    // … while O↔0, I↔1, B↔8, S↔5, Z↔2 are caught.
    expect(computeCheckDigit('A0B')).not.toBe(computeCheckDigit('AOB'))
    expect(computeCheckDigit('1')).not.toBe(computeCheckDigit('I'))
    expect(computeCheckDigit('B')).not.toBe(computeCheckDigit('8'))
    expect(computeCheckDigit('S')).not.toBe(computeCheckDigit('5'))
    expect(computeCheckDigit('Z')).not.toBe(computeCheckDigit('2'))
  })

  it('throws on non-MRZ characters, while tryComputeCheckDigit returns null', () => {
    expect(() => computeCheckDigit('abc')).toThrow(RangeError)
    expect(tryComputeCheckDigit('L898*02C3')).toBeNull()
    expect(tryComputeCheckDigit('L898902C3')).toBe(6)
  })
})

describe('isMrzCharset', () => {
  it('accepts A–Z, 0–9 and < only', () => {
    expect(isMrzCharset('P<UTOERIKSSON<<ANNA0123456789')).toBe(true)
    expect(isMrzCharset('')).toBe(true)
    expect(isMrzCharset('Eriksson')).toBe(false)
    expect(isMrzCharset('A*B')).toBe(false)
    expect(isMrzCharset('A B')).toBe(false)
    expect(isMrzCharset('MÜLLER')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { isoStateOfCode, lookupStateCode, normaliseStateCode, STATE_CODES, type StateCodeKind } from './state-codes'

describe('STATE_CODES table', () => {
  it('holds only three-letter codes, or D for Germany', () => {
    const malformed = STATE_CODES.filter((entry) => !/^[A-Z]{3}$/.test(entry.code) && entry.code !== 'D')
    expect(malformed).toEqual([])
  })

  it('has no duplicate codes', () => {
    const codes = STATE_CODES.map((entry) => entry.code)
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([])
  })

  it('has all 249 ISO 3166-1 alpha-3 codes plus D as states', () => {
    const states = STATE_CODES.filter((entry) => entry.kind === 'state')
    expect(states).toHaveLength(250)
    expect(states.filter((entry) => entry.code !== 'D')).toHaveLength(249)
  })

  it('spells the stateless code XXA, not XAA (rakibdevs/mrz-parser#16)', () => {
    expect(lookupStateCode('XXA')?.kind).toBe('special-nationality')
    expect(lookupStateCode('XAA')).toBeNull()
  })

  it('gives every entry a name', () => {
    expect(STATE_CODES.filter((entry) => entry.name.trim() === '')).toEqual([])
  })

  it('points isoState only from D and the British variants, at an existing state', () => {
    const withIsoState = STATE_CODES.filter((entry) => entry.isoState !== undefined)
    expect(withIsoState.map((entry) => entry.code).sort()).toEqual(['D', 'GBD', 'GBN', 'GBO', 'GBP', 'GBS'])
    for (const entry of withIsoState) expect(lookupStateCode(entry.isoState ?? '')?.kind).toBe('state')
  })

  const expectedKinds: Array<[string, StateCodeKind]> = [
    ['D', 'state'],
    ['DEU', 'state'],
    ['GBR', 'state'],
    ['XXA', 'special-nationality'],
    ['XXB', 'special-nationality'],
    ['XXC', 'special-nationality'],
    ['XXX', 'special-nationality'],
    ['UNO', 'organisation'],
    ['UNA', 'organisation'],
    ['UNK', 'organisation'],
    ['EUE', 'organisation'],
    ['XOM', 'organisation'],
    ['XPO', 'organisation'],
    ['XBA', 'organisation'],
    ['XIM', 'organisation'],
    ['XCC', 'organisation'],
    ['XCE', 'organisation'],
    ['XCO', 'organisation'],
    ['XEC', 'organisation'],
    ['XES', 'organisation'],
    ['XDC', 'organisation'],
    ['GBD', 'british-variant'],
    ['GBN', 'british-variant'],
    ['GBO', 'british-variant'],
    ['GBS', 'british-variant'],
    ['GBP', 'british-variant'],
    ['UTO', 'specimen'],
    ['ANT', 'deprecated'],
    ['NTZ', 'deprecated'],
    ['XXK', 'non-icao'],
    ['RKS', 'non-icao'],
  ]
  it.each(expectedKinds)('%s is a %s code', (code, kind) => {
    expect(lookupStateCode(code)?.kind).toBe(kind)
  })
})

describe('lookupStateCode', () => {
  it.each(['D', 'D<', 'D<<', ' d<< '])('finds Germany for %j', (code) => {
    expect(lookupStateCode(code)).toMatchObject({ code: 'D', name: 'Germany', kind: 'state', isoState: 'DEU' })
  })

  it('finds ordinary three-letter codes', () => {
    expect(lookupStateCode('NOR')).toEqual({ code: 'NOR', name: 'Norway', kind: 'state' })
  })

  it.each(['', 'N0R', 'ZZZ', 'DD', 'DE', 'D<D', 'NORW'])('returns null for %j', (code) => {
    expect(lookupStateCode(code)).toBeNull()
  })
})

describe('normaliseStateCode', () => {
  it('drops fillers and surrounding space, upper-cases', () => {
    expect(normaliseStateCode('D<<')).toBe('D')
    expect(normaliseStateCode(' utO ')).toBe('UTO')
    expect(normaliseStateCode('N0R')).toBe('N0R')
  })
})

describe('isoStateOfCode', () => {
  it('maps D to DEU and British variants to GBR', () => {
    expect(isoStateOfCode('D<<')).toBe('DEU')
    expect(isoStateOfCode('GBN')).toBe('GBR')
    expect(isoStateOfCode('FRA')).toBe('FRA')
  })

  it.each(['UNO', 'XXA', 'EUE', 'UTO', 'ANT', 'RKS', 'N0R'])('gives null for %s (no state)', (code) => {
    expect(isoStateOfCode(code)).toBeNull()
  })
})

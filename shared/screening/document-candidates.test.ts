import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareDocumentNumbers, documentConfusionKey, documentNumberKey } from './document-candidates'

describe('document numbers', () => {
  it('keys: upper case alphanumerics; confusion key folds look-alikes onto digits', () => {
    expect(documentNumberKey('c01x-00t47<<')).toBe('C01X00T47')
    expect(documentConfusionKey('C0IX00T47')).toBe(documentConfusionKey('C01X00T47'))
    expect(documentConfusionKey('OQD IZS GB')).toBe('000125' + '68')
  })

  it('compares exact, OCR look-alike and different numbers with the differing positions', () => {
    expect(compareDocumentNumbers('C01X00T47', 'c01x 00t47')).toEqual({ match: 'exact', differences: [] })
    expect(compareDocumentNumbers('CO1XOOT47', 'C01X00T47')).toEqual({
      match: 'ocr-confusable',
      differences: [
        { position: 2, read: 'O', listed: '0' },
        { position: 5, read: 'O', listed: '0' },
        { position: 6, read: 'O', listed: '0' },
      ],
    })
    expect(compareDocumentNumbers('C01X00T48', 'C01X00T47')).toEqual({
      match: 'none',
      differences: [{ position: 9, read: '8', listed: '7' }],
    })
    expect(compareDocumentNumbers('C01X00T4', 'C01X00T47')).toMatchObject({
      match: 'none',
      differences: [{ position: 9, read: '', listed: '7' }],
    })
    expect(compareDocumentNumbers('', '')).toMatchObject({ match: 'none' })
  })

  it('confusion key is idempotent and agrees with the comparison', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AB0O1IDQ8S5Z2G6X<- '), maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(documentConfusionKey(documentConfusionKey(a))).toBe(documentConfusionKey(a))
        const result = compareDocumentNumbers(a, b)
        if (result.match !== 'none') expect(documentConfusionKey(a)).toBe(documentConfusionKey(b))
        expect(compareDocumentNumbers(b, a).match).toBe(result.match)
      }),
    )
  })
})

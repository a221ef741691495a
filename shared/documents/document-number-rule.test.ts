import { describe, expect, it } from 'vitest'
import { evaluateDocumentRules } from './document-rules'
import type { DocumentFinding, DocumentRuleInput } from './finding'
import { documentFixture, TODAY } from './testing/document-fixture'

function numberFinding(overrides: Partial<DocumentRuleInput>): DocumentFinding | undefined {
  return evaluateDocumentRules(documentFixture(overrides), { today: TODAY }).find(
    (f) => f.rule === 'document-number-pattern',
  )
}

const fires = (overrides: Partial<DocumentRuleInput>) => numberFinding(overrides) !== undefined

describe('document-number-pattern', () => {
  it('warns with the expected pattern', () => {
    expect(numberFinding({ issuingState: 'GBR', nationality: 'GBR', documentNumber: 'AB1234567' })).toEqual({
      rule: 'document-number-pattern',
      severity: 'warning',
      params: {
        issuingState: 'GBR',
        documentCode: 'P',
        documentNumber: 'AB1234567',
        expectedPattern: '^[0-9]{9}$',
      },
    })
  })

  it.each([
    ['D', 'P', 'C01X00T47'],
    ['D', 'P', 'C11T002JM'],
    ['D', 'ID', 'T22000129'],
    ['D<<', 'P<', 'C01X00T47'],
    ['GBR', 'P', '123456789'],
    ['USA', 'P', '123456789'],
    ['USA', 'P', 'A12345678'],
    ['NLD', 'P', 'SPECI2014'],
    ['NLD', 'I', 'SPECI2014'],
    ['BEL', 'ID', '600001795015'],
    ['FRA', 'P', '12AB34567'],
    ['POL', 'ID', 'ABA123456'],
    ['CAN', 'P', 'ZE000509'],
  ])('accepts %s %s %s', (issuingState, documentCode, documentNumber) => {
    expect(fires({ issuingState, nationality: issuingState, documentCode, documentNumber })).toBe(false)
  })

  it.each([
    ['D', 'P', 'CB1234567'], // B is not in the German alphabet
    ['D', 'ID', 'L0123456'], // 8 characters
    ['NLD', 'P', 'SO1234567'], // Dutch numbers never contain O
    ['USA', 'P', 'AB1234567'],
    ['BEL', 'ID', '60000179501'],
    ['POL', 'P', 'ABA123456'],
  ])('warns for %s %s %s', (issuingState, documentCode, documentNumber) => {
    expect(fires({ issuingState, nationality: issuingState, documentCode, documentNumber })).toBe(true)
  })

  it('applies a pattern only to its document codes', () => {
    // The GBR pattern is for ordinary passports: not diplomatic passports or other documents.
    expect(fires({ issuingState: 'GBR', nationality: 'GBR', documentCode: 'PD', documentNumber: 'X' })).toBe(false)
    expect(fires({ issuingState: 'GBR', nationality: 'GBR', documentCode: 'ID', documentNumber: 'X' })).toBe(false)
    // The Polish ID pattern is not used for Polish passports, and the other way round.
    expect(fires({ issuingState: 'POL', nationality: 'POL', documentCode: 'P', documentNumber: 'AB1234567' })).toBe(false)
  })

  it('skips issuers without a pattern, unknown issuers and empty numbers', () => {
    expect(fires({ issuingState: 'NOR', documentNumber: '!!' })).toBe(false)
    expect(fires({ issuingState: 'N0R', documentNumber: 'X' })).toBe(false)
    expect(fires({ issuingState: 'GBR', nationality: 'GBR', documentNumber: '' })).toBe(false)
  })
})

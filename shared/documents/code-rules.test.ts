import { describe, expect, it } from 'vitest'
import { evaluateDocumentRules } from './document-rules'
import type { DocumentFinding, DocumentRuleInput } from './finding'
import { documentFixture, TODAY } from './testing/document-fixture'

function findings(overrides: Partial<DocumentRuleInput>): DocumentFinding[] {
  return evaluateDocumentRules(documentFixture(overrides), { today: TODAY })
}

function rulesFired(overrides: Partial<DocumentRuleInput>): string[] {
  return findings(overrides).map((f) => f.rule)
}

describe('unknown-issuer-code', () => {
  it('fires for N0R (zero for O) and suggests NOR', () => {
    expect(findings({ issuingState: 'N0R' })).toEqual([
      { rule: 'unknown-issuer-code', severity: 'alert', params: { code: 'N0R', suggestion: 'NOR' } },
    ])
  })

  it('fires without a suggestion when no look-alike code exists', () => {
    expect(findings({ issuingState: 'ZZZ' })).toEqual([
      { rule: 'unknown-issuer-code', severity: 'alert', params: { code: 'ZZZ' } },
    ])
  })

  it('fires for the XAA misspelling', () => {
    expect(rulesFired({ issuingState: 'XAA' })).toEqual(['unknown-issuer-code'])
  })

  it('fires for an empty issuer field', () => {
    expect(rulesFired({ issuingState: '' })).toEqual(['unknown-issuer-code'])
  })

  it.each(['D', 'D<<', 'UNO', 'XOM', 'EUE', 'RKS'])('accepts %s', (issuingState) => {
    expect(rulesFired({ issuingState, nationality: 'XXA' })).not.toContain('unknown-issuer-code')
  })
})

describe('unknown-nationality-code', () => {
  it('fires for an unknown nationality', () => {
    expect(findings({ nationality: 'N0R' })).toEqual([
      { rule: 'unknown-nationality-code', severity: 'alert', params: { code: 'N0R', suggestion: 'NOR' } },
    ])
  })

  it.each(['XXA', 'XXB', 'XXC', 'XXX', 'UNK'])('accepts %s', (nationality) => {
    expect(rulesFired({ nationality })).toEqual([])
  })
})

describe('issuer-deprecated', () => {
  it.each(['ANT', 'NTZ'])('warns for %s', (issuingState) => {
    expect(findings({ issuingState, nationality: 'NLD' })).toEqual([
      { rule: 'issuer-deprecated', severity: 'warning', params: { code: issuingState } },
    ])
  })
})

describe('nationality-differs-from-issuer', () => {
  it('reports a different state as info', () => {
    expect(findings({ issuingState: 'FRA', nationality: 'DEU', documentNumber: '12AB34567' })).toEqual([
      {
        rule: 'nationality-differs-from-issuer',
        severity: 'info',
        params: { issuingState: 'FRA', nationality: 'DEU' },
      },
    ])
  })

  it.each([
    ['D', 'D', 'German passport'],
    ['D', 'DEU', 'D and DEU are the same state'],
    ['GBR', 'GBN', 'British National (Overseas)'],
    ['GBR', 'GBD', 'British Overseas Territories Citizen'],
    ['GBR', 'GBO', 'British Overseas Citizen'],
    ['DEU', 'XXA', 'stateless person'],
    ['NOR', 'XXB', 'refugee'],
    ['UNO', 'FRA', 'UN laissez-passer'],
    ['EUE', 'ITA', 'EU laissez-passer'],
    ['XOM', 'ITA', 'Order of Malta'],
    ['HKG', 'CHN', 'Hong Kong SAR passport'],
    ['MAC', 'CHN', 'Macao SAR passport'],
    ['ANT', 'NLD', 'Netherlands Antilles (deprecated)'],
    ['RKS', 'XXK', 'Kosovo codes'],
  ])('stays quiet for %s/%s (%s)', (issuingState, nationality) => {
    const rules = rulesFired({ issuingState, nationality, documentNumber: 'C01X00T47' })
    expect(rules).not.toContain('nationality-differs-from-issuer')
  })
})

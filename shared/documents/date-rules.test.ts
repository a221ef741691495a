import { describe, expect, it } from 'vitest'
import { evaluateDocumentRules } from './document-rules'
import type { DocumentFinding, DocumentRuleId, DocumentRuleInput } from './finding'
import { documentFixture, TODAY } from './testing/document-fixture'

function findings(overrides: Partial<DocumentRuleInput>, expiryWarningDays?: number): DocumentFinding[] {
  return evaluateDocumentRules(documentFixture(overrides), { today: TODAY, expiryWarningDays })
}

function finding(rule: DocumentRuleId, overrides: Partial<DocumentRuleInput>, days?: number) {
  return findings(overrides, days).find((f) => f.rule === rule)
}

describe('document-expired', () => {
  it('fires the day after expiry', () => {
    expect(finding('document-expired', { expiryDate: '2026-01-14' })).toEqual({
      rule: 'document-expired',
      severity: 'alert',
      params: { expiryDate: '2026-01-14', daysSinceExpiry: '1' },
    })
  })

  it('does not fire on the expiry day itself: the document is valid through it', () => {
    expect(finding('document-expired', { expiryDate: TODAY })).toBeUndefined()
  })
})

describe('document-expires-soon', () => {
  it('fires on the expiry day with 0 days left', () => {
    expect(finding('document-expires-soon', { expiryDate: TODAY })).toEqual({
      rule: 'document-expires-soon',
      severity: 'warning',
      params: { expiryDate: TODAY, daysLeft: '0', warningDays: '30' },
    })
  })

  it('fires 30 days ahead by default, not 31', () => {
    expect(finding('document-expires-soon', { expiryDate: '2026-02-14' })?.params.daysLeft).toBe('30')
    expect(finding('document-expires-soon', { expiryDate: '2026-02-15' })).toBeUndefined()
  })

  it('uses a configured number of days', () => {
    expect(finding('document-expires-soon', { expiryDate: '2026-03-01' }, 60)?.params).toMatchObject({
      daysLeft: '45',
      warningDays: '60',
    })
    expect(finding('document-expires-soon', { expiryDate: '2026-01-16' }, 0)).toBeUndefined()
  })

  it('does not fire once expired', () => {
    expect(finding('document-expires-soon', { expiryDate: '2026-01-14' })).toBeUndefined()
  })
})

describe('validity-too-long', () => {
  it('accepts exactly 10 years ahead for an issuer without a table entry', () => {
    expect(finding('validity-too-long', { expiryDate: '2036-01-15' })).toBeUndefined()
  })

  it('fires one day beyond the default 10 years', () => {
    expect(finding('validity-too-long', { expiryDate: '2036-01-16' })).toEqual({
      rule: 'validity-too-long',
      severity: 'warning',
      params: {
        expiryDate: '2036-01-16',
        latestPlausibleExpiry: '2036-01-15',
        maxValidityYears: '10',
        basis: 'default',
      },
    })
  })

  it('uses the minor maximum for a child (GBR: under 16 → 5 years)', () => {
    const child = { issuingState: 'GBR', nationality: 'GBR', documentNumber: '123456789', birthDate: '2016-03-01' }
    expect(finding('validity-too-long', { ...child, expiryDate: '2031-01-15' })).toBeUndefined()
    expect(finding('validity-too-long', { ...child, expiryDate: '2031-01-16' })?.params).toMatchObject({
      maxValidityYears: '5',
      basis: 'minor',
    })
    expect(finding('validity-too-long', { ...child, birthDate: '1990-01-01', expiryDate: '2031-01-16' })).toBeUndefined()
  })

  it('reads the table through the D code (Germany: under 24 → 6 years)', () => {
    const young = { issuingState: 'D', nationality: 'D', documentNumber: 'C01X00T47', birthDate: '2005-06-01' }
    expect(finding('validity-too-long', { ...young, expiryDate: '2032-01-16' })?.params).toMatchObject({
      maxValidityYears: '6',
      basis: 'minor',
    })
  })

  it('uses the issuer maximum for adults (BEL: 7 years)', () => {
    const adult = { issuingState: 'BEL', nationality: 'BEL', documentNumber: 'EH123456' }
    expect(finding('validity-too-long', { ...adult, expiryDate: '2033-01-15' })).toBeUndefined()
    expect(finding('validity-too-long', { ...adult, expiryDate: '2033-01-16' })?.params).toMatchObject({
      maxValidityYears: '7',
      basis: 'adult',
    })
  })

  it('treats an unknown birth date as an adult', () => {
    const child = { issuingState: 'GBR', nationality: 'GBR', documentNumber: '123456789', birthDate: null }
    expect(finding('validity-too-long', { ...child, expiryDate: '2031-01-16' })).toBeUndefined()
  })

  it('applies to passports only', () => {
    expect(finding('validity-too-long', { documentCode: 'ID', format: 'TD1', expiryDate: '2040-01-01' })).toBeUndefined()
  })
})

describe('birth-in-future', () => {
  it('fires for a birth date tomorrow', () => {
    expect(finding('birth-in-future', { birthDate: '2026-01-16' })).toEqual({
      rule: 'birth-in-future',
      severity: 'alert',
      params: { birthDate: '2026-01-16' },
    })
  })

  it('accepts a birth today', () => {
    expect(finding('birth-in-future', { birthDate: TODAY })).toBeUndefined()
  })
})

describe('age-over-120', () => {
  it('accepts exactly 120 years', () => {
    expect(finding('age-over-120', { birthDate: '1906-01-15' })).toBeUndefined()
  })

  it('fires one day past 120 years', () => {
    expect(finding('age-over-120', { birthDate: '1906-01-14' })).toEqual({
      rule: 'age-over-120',
      severity: 'warning',
      params: { birthDate: '1906-01-14', ageYears: '120', maxAgeYears: '120' },
    })
  })

  it('handles 29 February', () => {
    const onLeapDay = (birthDate: string) =>
      evaluateDocumentRules(documentFixture({ birthDate }), { today: '2024-02-29' }).some((f) => f.rule === 'age-over-120')
    expect(onLeapDay('1904-02-29')).toBe(false)
    expect(onLeapDay('1904-02-28')).toBe(true)
  })
})

describe('expiry-before-birth', () => {
  it('fires when expiry precedes birth', () => {
    expect(finding('expiry-before-birth', { birthDate: '2000-01-01', expiryDate: '1999-12-31' })).toEqual({
      rule: 'expiry-before-birth',
      severity: 'alert',
      params: { birthDate: '2000-01-01', expiryDate: '1999-12-31' },
    })
  })

  it('accepts expiry on the birth day', () => {
    expect(finding('expiry-before-birth', { birthDate: '2000-01-01', expiryDate: '2000-01-01' })).toBeUndefined()
  })
})

describe('null dates (invalid date fields)', () => {
  const dateRules: DocumentRuleId[] = [
    'document-expired',
    'document-expires-soon',
    'validity-too-long',
    'birth-in-future',
    'age-over-120',
    'expiry-before-birth',
  ]

  it('skip every date rule', () => {
    const both = findings({ birthDate: null, expiryDate: null })
    expect(both.filter((f) => dateRules.includes(f.rule))).toEqual([])
  })

  it('still run the rules whose date is present', () => {
    expect(findings({ birthDate: null, expiryDate: '2020-01-01' }).map((f) => f.rule)).toEqual(['document-expired'])
    expect(findings({ birthDate: '2027-01-01', expiryDate: null }).map((f) => f.rule)).toEqual(['birth-in-future'])
  })
})

import { describe, expect, it } from 'vitest'
import { documentRules, evaluateDocumentRules } from './document-rules'
import type { DocumentRuleId, DocumentRuleInput, DocumentSeverity } from './finding'
import { documentFixture, TODAY } from './testing/document-fixture'

// A Record over the id union: a rule added without a firing case here fails to compile.
const FIRING_CASES: Record<DocumentRuleId, Partial<DocumentRuleInput>> = {
  'document-expired': { expiryDate: '2025-12-31' },
  'document-expires-soon': { expiryDate: '2026-01-20' },
  'validity-too-long': { expiryDate: '2040-01-01' },
  'birth-in-future': { birthDate: '2026-06-01' },
  'age-over-120': { birthDate: '1900-01-01' },
  'expiry-before-birth': { birthDate: '2000-01-01', expiryDate: '1999-01-01' },
  'nationality-differs-from-issuer': { nationality: 'SWE' },
  'unknown-issuer-code': { issuingState: 'QQQ' },
  'unknown-nationality-code': { nationality: 'QQQ' },
  'specimen-document': { surname: 'SPECIMEN' },
  'document-number-pattern': { issuingState: 'GBR', nationality: 'GBR', documentNumber: 'ABC' },
  'issuer-deprecated': { issuingState: 'NTZ' },
}

const EXPECTED_SEVERITIES: Record<DocumentRuleId, DocumentSeverity> = {
  'document-expired': 'alert',
  'document-expires-soon': 'warning',
  'validity-too-long': 'warning',
  'birth-in-future': 'alert',
  'age-over-120': 'warning',
  'expiry-before-birth': 'alert',
  'nationality-differs-from-issuer': 'info',
  'unknown-issuer-code': 'alert',
  'unknown-nationality-code': 'alert',
  'specimen-document': 'alert',
  'document-number-pattern': 'warning',
  'issuer-deprecated': 'warning',
}

describe('documentRules', () => {
  it('lists each rule once with its default severity', () => {
    const ids = documentRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.fromEntries(documentRules.map((rule) => [rule.id, rule.defaultSeverity]))).toEqual(
      EXPECTED_SEVERITIES,
    )
  })
})

describe('evaluateDocumentRules', () => {
  it('reports nothing for an ordinary valid passport', () => {
    expect(evaluateDocumentRules(documentFixture(), { today: TODAY })).toEqual([])
  })

  it.each(Object.entries(FIRING_CASES) as Array<[DocumentRuleId, Partial<DocumentRuleInput>]>)(
    '%s fires with its default severity and string params',
    (rule, overrides) => {
      const found = evaluateDocumentRules(documentFixture(overrides), { today: TODAY }).filter((f) => f.rule === rule)
      expect(found).toHaveLength(1)
      expect(found[0]?.severity).toBe(EXPECTED_SEVERITIES[rule])
      for (const value of Object.values(found[0]?.params ?? {})) expect(typeof value).toBe('string')
    },
  )

  it('gives no findings for an MRZ the parser could not read', () => {
    const unreadable = documentFixture({ format: null, issuingState: '', nationality: '', birthDate: null, expiryDate: null })
    expect(evaluateDocumentRules(unreadable, { today: TODAY })).toEqual([])
  })

  it('takes a Date for today and uses its local calendar day', () => {
    const mrz = documentFixture({ expiryDate: '2026-01-14' })
    const lateEvening = new Date(2026, 0, 15, 23, 59)
    expect(evaluateDocumentRules(mrz, { today: lateEvening }).map((f) => f.rule)).toEqual(['document-expired'])
    expect(evaluateDocumentRules(mrz, { today: new Date(2026, 0, 14, 0, 1) }).map((f) => f.rule)).toEqual([
      'document-expires-soon',
    ])
  })

  it('rejects an invalid today or warning period', () => {
    const mrz = documentFixture()
    expect(() => evaluateDocumentRules(mrz, { today: '2026-02-30' })).toThrow(RangeError)
    expect(() => evaluateDocumentRules(mrz, { today: new Date(Number.NaN) })).toThrow(RangeError)
    expect(() => evaluateDocumentRules(mrz, { today: TODAY, expiryWarningDays: -1 })).toThrow(RangeError)
    expect(() => evaluateDocumentRules(mrz, { today: TODAY, expiryWarningDays: 1.5 })).toThrow(RangeError)
  })

  it('accepts a full MrzParseResult-shaped object (extra fields are ignored)', () => {
    const parsed = { ...documentFixture(), valid: true, lines: [], fields: [], issues: [], sex: 'F', optionalData: '' }
    expect(evaluateDocumentRules(parsed, { today: TODAY })).toEqual([])
  })
})

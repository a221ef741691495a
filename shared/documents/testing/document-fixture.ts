// Test support: a parsed-MRZ input for the rules, ordinary and finding-free unless overridden.
import type { DocumentRuleInput } from '../finding'

/** "Now" of the rule tests. */
export const TODAY = '2026-01-15'

export function documentFixture(overrides: Partial<DocumentRuleInput> = {}): DocumentRuleInput {
  return {
    format: 'TD3',
    documentCode: 'P',
    documentNumber: 'AB1234567',
    issuingState: 'NOR',
    surname: 'NORDMANN',
    givenNames: 'OLA',
    nationality: 'NOR',
    birthDate: '1980-05-01',
    expiryDate: '2030-06-01',
    ...overrides,
  }
}

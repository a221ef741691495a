import { describe, expect, it } from 'vitest'
import { checkCondition } from './check-condition'
import type { Facts } from './fact-catalogue'
import type { Condition } from './rule-language'

const facts: Facts = {
  'traveller.age': 15,
  'traveller.nationality': 'QZA',
  'document.source': 'manual',
  'document.checks': ['mrz-valid', 'nationality-differs-from-issuer'],
  'history.crossings': [3.25, 30],
  'lane.hour': 2,
}

describe('checkCondition', () => {
  it('lists exactly the comparisons that held, with their values', () => {
    const c: Condition = {
      all: [
        { fact: 'document.checks', op: 'includes', value: 'nationality-differs-from-issuer' },
        { any: [{ fact: 'traveller.nationality', op: 'in', value: ['QZB'] }, { fact: 'lane.hour', op: 'between', value: [0, 5] }] },
        { fact: 'history.crossings', op: 'countGte', value: 1, within: { hours: 12 } },
      ],
    }
    expect(checkCondition(c, facts)).toEqual({
      truth: true,
      because: [
        'document.checks includes "nationality-differs-from-issuer" (document.checks = ["mrz-valid","nationality-differs-from-issuer"])',
        'lane.hour between [0,5] (lane.hour = 2)',
        'history.crossings countGte 1 within 12 hours (count: 1; history.crossings = [3.3,30])',
      ],
    })
  })

  it('phrases a negated comparison as what holds', () => {
    const c: Condition = { all: [{ not: { fact: 'traveller.age', op: 'gte', value: 18 } }, { fact: 'document.source', op: 'equals', value: 'manual' }] }
    expect(checkCondition(c, facts).because).toEqual(['not traveller.age gte 18 (traveller.age = 15)', 'document.source equals "manual" (document.source = "manual")'])
    const twice: Condition = { not: { not: { fact: 'traveller.age', op: 'lt', value: 18 } } }
    expect(checkCondition(twice, facts)).toEqual({ truth: true, because: ['traveller.age lt 18 (traveller.age = 15)'] })
  })

  it('is unknown, not true, when a needed fact is missing: not(unknown) stays unknown', () => {
    const adult: Condition = { fact: 'group.minors', op: 'gte', value: 1 }
    expect(checkCondition(adult, facts).truth).toBeNull()
    expect(checkCondition({ not: adult }, facts).truth).toBeNull()
    expect(checkCondition({ all: [adult, { fact: 'traveller.age', op: 'lt', value: 18 }] }, facts).truth).toBeNull()
    // A definite false still decides an `all`, a definite true still decides an `any`.
    expect(checkCondition({ all: [adult, { fact: 'traveller.age', op: 'gte', value: 18 }] }, facts).truth).toBe(false)
    expect(checkCondition({ any: [adult, { fact: 'traveller.age', op: 'lt', value: 18 }] }, facts)).toEqual({ truth: true, because: ['traveller.age lt 18 (traveller.age = 15)'] })
  })

  it('lets `exists` test for missing data', () => {
    expect(checkCondition({ not: { fact: 'group.minors', op: 'exists' } }, facts)).toEqual({ truth: true, because: ['not group.minors exists (group.minors unknown)'] })
  })
})

import { describe, expect, it } from 'vitest'
import { compare } from './compare'
import type { FactValue } from './fact-catalogue'
import type { Comparison } from './rule-language'

type Case = [Comparison, FactValue | null, boolean | null]

// [comparison, fact value, expected truth]; null fact = unknown, null truth = unknown.
const cases: Record<string, Case[]> = {
  equals: [
    [{ fact: 'document.source', op: 'equals', value: 'manual' }, 'manual', true],
    [{ fact: 'document.source', op: 'equals', value: 'manual' }, 'reader', false],
    [{ fact: 'document.mrzValid', op: 'equals', value: false }, false, true],
    [{ fact: 'document.source', op: 'equals', value: 'manual' }, null, null],
  ],
  notEquals: [
    [{ fact: 'document.source', op: 'notEquals', value: 'manual' }, 'reader', true],
    [{ fact: 'document.source', op: 'notEquals', value: 'manual' }, 'manual', false],
    [{ fact: 'document.source', op: 'notEquals', value: 'manual' }, null, null],
  ],
  in: [
    [{ fact: 'traveller.nationality', op: 'in', value: ['QZA', 'QZB'] }, 'QZB', true],
    [{ fact: 'traveller.nationality', op: 'in', value: ['QZA', 'QZB'] }, 'QZC', false],
    [{ fact: 'lane.hour', op: 'in', value: [22, 23, 0] }, 0, true],
    [{ fact: 'traveller.nationality', op: 'in', value: ['QZA'] }, null, null],
  ],
  notIn: [
    [{ fact: 'traveller.nationality', op: 'notIn', value: ['QZA'] }, 'QZC', true],
    [{ fact: 'traveller.nationality', op: 'notIn', value: ['QZA'] }, 'QZA', false],
    [{ fact: 'traveller.nationality', op: 'notIn', value: ['QZA'] }, null, null],
  ],
  gt: [
    [{ fact: 'traveller.age', op: 'gt', value: 17 }, 18, true],
    [{ fact: 'traveller.age', op: 'gt', value: 17 }, 17, false],
  ],
  gte: [
    [{ fact: 'traveller.age', op: 'gte', value: 18 }, 18, true],
    [{ fact: 'traveller.age', op: 'gte', value: 18 }, 17, false],
    [{ fact: 'traveller.age', op: 'gte', value: 18 }, null, null],
  ],
  lt: [
    [{ fact: 'traveller.age', op: 'lt', value: 18 }, 17, true],
    [{ fact: 'traveller.age', op: 'lt', value: 18 }, 18, false],
  ],
  lte: [
    [{ fact: 'history.hoursSincePrevious', op: 'lte', value: 8 }, 8, true],
    [{ fact: 'history.hoursSincePrevious', op: 'lte', value: 8 }, 8.01, false],
    [{ fact: 'history.hoursSincePrevious', op: 'lte', value: 8 }, null, null],
  ],
  between: [
    [{ fact: 'lane.hour', op: 'between', value: [0, 5] }, 0, true],
    [{ fact: 'lane.hour', op: 'between', value: [0, 5] }, 5, true],
    [{ fact: 'lane.hour', op: 'between', value: [0, 5] }, 6, false],
  ],
  exists: [
    [{ fact: 'traveller.age', op: 'exists' }, 40, true],
    [{ fact: 'traveller.age', op: 'exists' }, null, false],
    [{ fact: 'history.crossings', op: 'exists' }, [], true],
  ],
  includes: [
    [{ fact: 'document.checks', op: 'includes', value: 'mrz-invalid' }, ['mrz-invalid', 'document-expired'], true],
    [{ fact: 'document.checks', op: 'includes', value: 'mrz-invalid' }, ['mrz-valid'], false],
    [{ fact: 'document.checks', op: 'includes', value: 'mrz-invalid' }, null, null],
  ],
  includesAny: [
    [{ fact: 'document.checks', op: 'includesAny', value: ['specimen-document', 'mrz-invalid'] }, ['mrz-invalid'], true],
    [{ fact: 'document.checks', op: 'includesAny', value: ['specimen-document', 'mrz-invalid'] }, [], false],
  ],
  countGte: [
    [{ fact: 'document.alertChecks', op: 'countGte', value: 2 }, ['a', 'b'], true],
    [{ fact: 'document.alertChecks', op: 'countGte', value: 2 }, ['a'], false],
    [{ fact: 'history.crossings', op: 'countGte', value: 2, within: { hours: 12 } }, [3, 11.9, 40], true],
    [{ fact: 'history.crossings', op: 'countGte', value: 2, within: { hours: 12 } }, [3, 12.1, 40], false],
    [{ fact: 'history.crossings', op: 'countGte', value: 3, within: { days: 2 } }, [3, 12.1, 40], true],
    [{ fact: 'history.crossings', op: 'countGte', value: 1 }, null, null],
  ],
  countLte: [
    [{ fact: 'group.nationalities', op: 'countLte', value: 1 }, ['QZA'], true],
    [{ fact: 'group.nationalities', op: 'countLte', value: 1 }, ['QZA', 'QZB'], false],
    [{ fact: 'history.crossings', op: 'countLte', value: 0, within: { hours: 24 } }, [30], true],
  ],
}

describe('every operator', () => {
  for (const [op, list] of Object.entries(cases)) {
    it.each(list)(`${op}: %j on %j is %s`, (comparison, actual, expected) => {
      expect(compare(comparison, actual)).toBe(expected)
    })
  }

  it('covers the whole operator list', async () => {
    const { operators } = await import('./rule-language')
    expect(Object.keys(cases).sort()).toEqual([...operators].sort())
  })

  it('treats a fact of the wrong shape as unknown, never as a match', () => {
    expect(compare({ fact: 'traveller.age', op: 'gte', value: 18 }, '40')).toBeNull()
    expect(compare({ fact: 'document.checks', op: 'includes', value: 'x' }, 'x')).toBeNull()
  })
})

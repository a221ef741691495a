import { describe, expect, it } from 'vitest'
import { conditionSchema } from './condition-schema'
import { profileDraftSchema } from './profile-schema'
import { validate } from './validation'

const draft = (conditions: unknown) => ({
  id: 'example-profile',
  title: 'Example',
  rationale: 'Why this profile exists, in at least twenty characters.',
  owner: 'Post commander',
  expiresAt: '2027-05-01T00:00:00Z',
  scoreWeight: 10,
  conditions,
})

/** The issues of validating a draft with these conditions, as "path: message". */
function problems(conditions: unknown): string[] {
  const r = validate(profileDraftSchema, draft(conditions))
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)
}

describe('condition schema', () => {
  it('accepts the example from the brief', () => {
    const example = {
      all: [
        { fact: 'document.checks', op: 'includes', value: 'nationality-differs-from-issuer' },
        { fact: 'traveller.nationality', op: 'in', value: ['QZA', 'QZB'] },
      ],
    }
    expect(problems(example)).toEqual([])
    expect(conditionSchema.parse(example)).toEqual(example)
  })

  it('accepts every node kind and a counting window', () => {
    expect(
      problems({
        any: [
          { not: { fact: 'traveller.age', op: 'gte', value: 18 } },
          { fact: 'history.crossings', op: 'countGte', value: 2, within: { hours: 12 } },
          { fact: 'traveller.age', op: 'between', value: [0, 17] },
          { fact: 'journey.route', op: 'exists' },
        ],
      }),
    ).toEqual([])
  })

  it.each([
    [{ fact: 'traveller.religion', op: 'equals', value: 'x' }, 'conditions.fact: unknown fact'],
    [{ all: [{ fact: 'traveller.age', op: 'gte', value: 18 }, { fact: 'traveller.age', op: 'above', value: 18 }] }, "conditions.all.1.op: unknown operator 'above'"],
    [{ all: [{ fact: 'document.checks', op: 'gte', value: 2 }] }, "conditions.all.0.op: 'gte' does not apply to document.checks (a list fact)"],
    [{ any: [{ not: { fact: 'traveller.age', op: 'gte', value: '18' } }] }, 'conditions.any.0.not.value:'],
    [{ fact: 'traveller.age', op: 'equals', value: '15' }, 'conditions.value: traveller.age is a number fact'],
    [{ fact: 'traveller.nationality', op: 'in', value: ['QZA', 'qzb'] }, 'conditions.value.1: traveller.nationality expects an ICAO state code'],
    [{ fact: 'document.source', op: 'equals', value: 'Manual' }, 'conditions.value: document.source is one of reader, manual'],
    [{ fact: 'traveller.age', op: 'between', value: [18, 5] }, 'conditions.value: the lower bound comes first'],
    [{ fact: 'history.crossings', op: 'countGte', value: 2, within: { hours: 3, days: 1 } }, 'conditions.within: give exactly one of hours or days'],
    [{ fact: 'history.crossings', op: 'countGte', value: 2, within: { days: 365 } }, 'conditions.within.days:'],
    [{ fact: 'traveller.age', op: 'gte', value: 18, within: { days: 2 } }, 'conditions: Unrecognized key'],
    [{ all: [] }, 'conditions.all: all needs a non-empty list'],
    [{ all: [{ fact: 'traveller.age', op: 'gte', value: 18 }], any: [] }, 'conditions: a { all } node has no other keys'],
    [{ fact: 'lane.id', op: 'equals', value: 'lane.*' }, 'conditions.value: use letters, digits'],
    [{ fact: 'lane.id', op: 'in', value: [] }, 'conditions.value: Too small'],
    ['traveller.age > 18', 'conditions: expected a condition object'],
  ])('rejects %j with its path', (conditions, expected) => {
    const found = problems(conditions)
    expect(found.some((p) => p.startsWith(expected)), `${expected} in ${JSON.stringify(found)}`).toBe(true)
  })

  it('refuses deep nesting', () => {
    let c: unknown = { fact: 'traveller.age', op: 'gte', value: 18 }
    for (let i = 0; i < 6; i++) c = { not: c }
    expect(problems(c)).toEqual(['conditions.not.not.not.not.not.not: conditions nest at most 6 deep'])
  })

  it('reports every problem, not only the first', () => {
    const found = problems({ all: [{ fact: 'nope', op: 'equals', value: 1 }, { fact: 'traveller.age', op: 'gte' }] })
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^conditions\.all\.0\.fact:/)
    expect(found[1]).toMatch(/^conditions\.all\.1\.value:/)
  })
})

import { describe, expect, it } from 'vitest'
import { bandFor } from './bands'
import { evaluateProfiles } from './evaluate'
import type { Facts } from './fact-catalogue'
import { riskProfileSchema, type RiskProfile } from './profile-schema'

const NOW = new Date('2026-11-25T12:00:00Z')

function profile(id: string, overrides: Partial<RiskProfile> = {}): RiskProfile {
  return riskProfileSchema.parse({
    id,
    version: 1,
    title: `Profile ${id}`,
    rationale: 'A rationale long enough to say why it exists.',
    owner: 'Post commander',
    createdAt: '2026-11-01T00:00:00Z',
    createdBy: 'supervisor',
    expiresAt: '2027-03-01T00:00:00Z',
    status: 'active',
    scoreWeight: 20,
    conditions: { fact: 'document.source', op: 'equals', value: 'manual' },
    ...overrides,
  })
}

const facts: Facts = { 'document.source': 'manual', 'traveller.age': 40, 'history.hoursSincePrevious': 3 }

describe('evaluateProfiles', () => {
  it('adds the points of the profiles that fire and explains each', () => {
    const result = evaluateProfiles(
      [
        profile('manual-entry', { scoreWeight: 20 }),
        profile('short-round-trip', { scoreWeight: 15, conditions: { fact: 'history.hoursSincePrevious', op: 'lte', value: 8 } }),
        profile('minor', { conditions: { fact: 'traveller.age', op: 'lt', value: 18 } }),
      ],
      facts,
      NOW,
    )
    expect(result).toEqual({
      score: 35,
      band: 'medium',
      thresholds: { medium: 30, high: 60 },
      considered: [
        { profileId: 'manual-entry', version: 1 },
        { profileId: 'minor', version: 1 },
        { profileId: 'short-round-trip', version: 1 },
      ],
      fired: [
        { profileId: 'manual-entry', version: 1, title: 'Profile manual-entry', rationale: 'A rationale long enough to say why it exists.', points: 20, because: ['document.source equals "manual" (document.source = "manual")'] },
        { profileId: 'short-round-trip', version: 1, title: 'Profile short-round-trip', rationale: 'A rationale long enough to say why it exists.', points: 15, because: ['history.hoursSincePrevious lte 8 (history.hoursSincePrevious = 3)'] },
      ],
    })
  })

  it('yields a band and reasons, never a refusal or a decision', () => {
    const result = evaluateProfiles([profile('manual-entry', { scoreWeight: 100 })], facts, NOW)
    expect(result.band).toBe('high')
    expect(Object.keys(result).sort()).toEqual(['band', 'considered', 'fired', 'score', 'thresholds'])
  })

  it('never fires an expired profile', () => {
    const expired = profile('manual-entry', { createdAt: '2026-01-01T00:00:00Z', expiresAt: '2026-11-25T12:00:00Z' })
    expect(evaluateProfiles([expired], facts, NOW)).toMatchObject({ score: 0, band: 'low', fired: [], considered: [] })
    expect(evaluateProfiles([expired], facts, new Date('2026-11-25T11:59:59Z')).fired).toHaveLength(1)
  })

  it('never fires a retired profile, even when an older active version is passed too', () => {
    const v1 = profile('manual-entry')
    const v2 = profile('manual-entry', { version: 2, status: 'retired' })
    expect(evaluateProfiles([v1, v2], facts, NOW).fired).toEqual([])
    expect(evaluateProfiles([v2, v1], facts, NOW).fired).toEqual([])
  })

  it('uses the newest version only', () => {
    const v1 = profile('manual-entry', { scoreWeight: 10 })
    const v2 = profile('manual-entry', { version: 2, scoreWeight: 40 })
    expect(evaluateProfiles([v2, v1], facts, NOW)).toMatchObject({ score: 40, fired: [{ version: 2, points: 40 }] })
  })

  it('does not fire on unknown facts', () => {
    const minor = profile('minor', { conditions: { not: { fact: 'traveller.age', op: 'gte', value: 18 } } })
    expect(evaluateProfiles([minor], {}, NOW).fired).toEqual([])
  })

  it('is deterministic whatever the input order', () => {
    const ps = [profile('b-one'), profile('a-two'), profile('c-three')]
    const one = evaluateProfiles(ps, facts, NOW)
    expect(evaluateProfiles([...ps].reverse(), facts, NOW)).toEqual(one)
    expect(one.fired.map((f) => f.profileId)).toEqual(['a-two', 'b-one', 'c-three'])
  })

  it('takes band thresholds as data', () => {
    const ps = [profile('manual-entry', { scoreWeight: 25 })]
    expect(evaluateProfiles(ps, facts, NOW, { medium: 10, high: 25 }).band).toBe('high')
    expect(evaluateProfiles(ps, facts, NOW, { medium: 26, high: 50 }).band).toBe('low')
  })
})

describe('bandFor', () => {
  it.each([
    [0, 'low'],
    [29, 'low'],
    [30, 'medium'],
    [59, 'medium'],
    [60, 'high'],
    [500, 'high'],
  ] as const)('score %i is %s at 30/60', (score, band) => {
    expect(bandFor(score, { medium: 30, high: 60 })).toBe(band)
  })
})

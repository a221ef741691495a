import { describe, expect, it } from 'vitest'
import { isInForce, profileDraftSchema, riskProfileSchema } from './profile-schema'
import { validate } from './validation'

const base = {
  id: 'short-round-trip',
  title: 'Back within hours',
  rationale: 'Out-and-back within hours matches ferrying people across.',
  owner: 'Post commander',
  expiresAt: '2027-05-01T00:00:00Z',
  scoreWeight: 20,
  conditions: { fact: 'history.hoursSincePrevious', op: 'lte', value: 8 },
}
const stored = { ...base, version: 1, status: 'active', createdAt: '2026-11-25T10:00:00Z', createdBy: 'supervisor' }

const paths = (schema: Parameters<typeof validate>[0], input: unknown) => {
  const r = validate(schema, input)
  return r.ok ? [] : r.issues.map((i) => i.path)
}

describe('profile schema', () => {
  it('accepts a complete draft and a stored version', () => {
    expect(paths(profileDraftSchema, base)).toEqual([])
    expect(paths(riskProfileSchema, stored)).toEqual([])
  })

  it.each(['rationale', 'owner', 'expiresAt', 'conditions', 'scoreWeight', 'title', 'id'])('requires %s', (key) => {
    const { [key as keyof typeof base]: _dropped, ...rest } = base
    expect(paths(profileDraftSchema, rest)).toContain(key)
  })

  it('wants a real rationale, a slug id, whole points and no unknown keys', () => {
    expect(paths(profileDraftSchema, { ...base, rationale: 'because' })).toEqual(['rationale'])
    expect(paths(profileDraftSchema, { ...base, id: 'Short Round Trip' })).toEqual(['id'])
    expect(paths(profileDraftSchema, { ...base, scoreWeight: 2.5 })).toEqual(['scoreWeight'])
    expect(paths(profileDraftSchema, { ...base, script: 'x => true' })).toEqual([''])
  })

  it('needs an expiry after creation and at most a year later, unless retired', () => {
    expect(paths(riskProfileSchema, { ...stored, expiresAt: '2026-11-01T00:00:00Z' })).toEqual(['expiresAt'])
    expect(paths(riskProfileSchema, { ...stored, expiresAt: '2028-01-01T00:00:00Z' })).toEqual(['expiresAt'])
    expect(paths(riskProfileSchema, { ...stored, status: 'retired', expiresAt: '2026-11-01T00:00:00Z' })).toEqual([])
  })

  it('is in force only while active and before expiry', () => {
    const p = riskProfileSchema.parse(stored)
    expect(isInForce(p, new Date('2027-04-30T23:59:59Z'))).toBe(true)
    expect(isInForce(p, new Date('2027-05-01T00:00:00Z'))).toBe(false)
    expect(isInForce({ ...p, status: 'retired' }, new Date('2026-12-01T00:00:00Z'))).toBe(false)
  })
})

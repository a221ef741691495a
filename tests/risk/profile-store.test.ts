import { describe, expect, it } from 'vitest'
import { RiskProfileInvalid } from '../../shared/risk/validation'
import { RiskStoreError } from '../../electron/services/risk/risk-store-error'
import { schemaVersion } from '../../electron/store/database'
import { draft, officer, riskWorld, supervisor } from './risk-fixtures'

const actions = (w: ReturnType<typeof riskWorld>) => w.audit.recent(100).reverse().map((e) => ({ actor: e.actor, action: e.action, subject: e.subject, details: JSON.parse(e.details) as Record<string, unknown> }))

describe('profile store', () => {
  it('runs on migration 004', () => {
    const w = riskWorld()
    expect(schemaVersion(w.db)).toBeGreaterThanOrEqual(4)
    const tables = (w.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'risk_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name)
    expect(tables).toEqual(['risk_band_versions', 'risk_evaluation_fired', 'risk_evaluations', 'risk_profile_versions'])
  })

  it('creates version 1 stamped with the supervisor, and audits it', () => {
    const w = riskWorld()
    const p = w.profiles.create(draft('manual-entry'), supervisor)
    expect(p).toMatchObject({ id: 'manual-entry', version: 1, status: 'active', createdBy: 'supervisor', createdAt: '2026-11-25T08:00:00.000Z' })
    expect(actions(w)).toEqual([
      {
        actor: 'supervisor',
        action: 'risk.profile.created',
        subject: 'risk-profile:manual-entry',
        details: expect.objectContaining({ version: 1, status: 'active', scoreWeight: 20, note: 'created', definitionSha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      },
    ])
    expect(w.audit.verify().ok).toBe(true)
  })

  it('keeps every version: an edit is n+1, retiring is n+1 with status retired', () => {
    const w = riskWorld()
    w.profiles.create(draft('manual-entry'), supervisor)
    w.at('2026-11-26T09:00:00Z')
    const v2 = w.profiles.update('manual-entry', 1, { scoreWeight: 35, rationale: 'Raised after the EX-2026-02 bulletin: more cases on the route.' }, { username: 'chief', roles: ['supervisor', 'admin'] }, 'more cases on the route')
    expect(v2).toMatchObject({ version: 2, scoreWeight: 35, createdBy: 'chief', title: 'Profile manual-entry' })
    w.at('2026-11-27T10:00:00Z')
    const v3 = w.profiles.retire('manual-entry', 2, supervisor, 'route closed')
    expect(v3).toMatchObject({ version: 3, status: 'retired', scoreWeight: 35, createdBy: 'supervisor' })

    const history = w.profiles.history('manual-entry')
    expect(history.map((h) => [h.profile.version, h.profile.status, h.profile.scoreWeight, h.profile.createdBy, h.changeNote])).toEqual([
      [1, 'active', 20, 'supervisor', 'created'],
      [2, 'active', 35, 'chief', 'more cases on the route'],
      [3, 'retired', 35, 'supervisor', 'route closed'],
    ])
    expect(w.profiles.current('manual-entry')?.version).toBe(3)
    expect(actions(w).map((a) => `${a.actor}:${a.action}:${String(a.details.version)}`)).toEqual([
      'supervisor:risk.profile.created:1',
      'chief:risk.profile.updated:2',
      'supervisor:risk.profile.retired:3',
    ])
    expect(w.audit.verify().ok).toBe(true)
  })

  it('keeps versions as written at the database level too', () => {
    const w = riskWorld()
    w.profiles.create(draft('manual-entry'), supervisor)
    expect(() => w.db.prepare("UPDATE risk_profile_versions SET status = 'retired'").run()).toThrow(/kept as written/)
    expect(() => w.db.prepare('DELETE FROM risk_profile_versions').run()).toThrow(/retire the profile instead/)
  })

  it('lists active profiles only: not retired, not expired', () => {
    const w = riskWorld()
    w.profiles.create(draft('stays-active'), supervisor)
    w.profiles.create(draft('expires-soon', { expiresAt: '2026-12-01T00:00:00Z' }), supervisor)
    w.profiles.create(draft('gets-retired'), supervisor)
    w.profiles.retire('gets-retired', 1, supervisor, 'no longer needed')
    expect(w.profiles.activeProfiles(new Date('2026-11-30T00:00:00Z')).map((p) => p.id)).toEqual(['expires-soon', 'stays-active'])
    expect(w.profiles.activeProfiles(new Date('2026-12-01T00:00:00Z')).map((p) => p.id)).toEqual(['stays-active'])
    expect(w.profiles.list().map((p) => `${p.id}@${p.version}:${p.status}`)).toEqual(['expires-soon@1:active', 'gets-retired@2:retired', 'stays-active@1:active'])
  })

  it('renews an expired profile only with a new expiry', () => {
    const w = riskWorld()
    w.profiles.create(draft('expiring', { expiresAt: '2026-12-01T00:00:00Z' }), supervisor)
    w.at('2026-12-02T00:00:00Z')
    expect(() => w.profiles.update('expiring', 1, { title: 'Renamed' }, supervisor, 'rename')).toThrow(/expiresAt: must be after createdAt/)
    expect(w.profiles.update('expiring', 1, { expiresAt: '2027-06-01T00:00:00Z' }, supervisor, 'reviewed: still needed').version).toBe(2)
    w.profiles.create(draft('old', { expiresAt: '2026-12-10T00:00:00Z' }), supervisor)
    w.at('2027-01-01T00:00:00Z')
    expect(w.profiles.retire('old', 1, supervisor, 'expired and not renewed').status).toBe('retired')
  })

  it('rejects invalid profiles with the path, and writes nothing', () => {
    const w = riskWorld()
    const bad = draft('bad-one', { conditions: { all: [{ fact: 'traveller.age', op: 'lt', value: 18 }, { fact: 'traveller.name', op: 'equals', value: 'DOE' }] } })
    const err = (() => {
      try {
        w.profiles.create(bad, supervisor)
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(RiskProfileInvalid)
    expect((err as RiskProfileInvalid).issues).toEqual([{ path: 'conditions.all.1.fact', message: "unknown fact 'traveller.name'" }])
    expect(() => w.profiles.create(draft('no-rationale', { rationale: undefined }), supervisor)).toThrow(/rationale/)
    w.profiles.create(draft('good-one'), supervisor)
    expect(() => w.profiles.update('good-one', 1, { id: 'renamed' }, supervisor, 'rename')).toThrow(RiskProfileInvalid)
    expect(() => w.profiles.update('good-one', 1, { scoreWeight: 0 }, supervisor, 'zero')).toThrow(/scoreWeight/)
    expect(() => w.profiles.retire('good-one', 1, supervisor, '')).toThrow(/changeNote/)
    expect(w.profiles.history('good-one')).toHaveLength(1)
    expect(w.audit.recent(10)).toHaveLength(1)
  })

  it('refuses non-supervisors, stale edits, reused ids and edits of retired profiles', () => {
    const w = riskWorld()
    const code = (fn: () => unknown) => {
      try {
        fn()
      } catch (e) {
        return e instanceof RiskStoreError ? e.code : String(e)
      }
      return 'no error'
    }
    expect(code(() => w.profiles.create(draft('x-profile'), officer))).toBe('forbidden')
    w.profiles.create(draft('x-profile'), supervisor)
    expect(code(() => w.profiles.create(draft('x-profile'), supervisor))).toBe('conflict')
    w.profiles.update('x-profile', 1, { scoreWeight: 30 }, supervisor, 'raise')
    expect(code(() => w.profiles.update('x-profile', 1, { scoreWeight: 40 }, supervisor, 'raise again'))).toBe('conflict')
    expect(code(() => w.profiles.update('nope', 1, {}, supervisor, 'edit'))).toBe('not-found')
    w.profiles.retire('x-profile', 2, supervisor, 'done')
    expect(code(() => w.profiles.update('x-profile', 3, { scoreWeight: 10 }, supervisor, 'revive'))).toBe('conflict')
    expect(code(() => w.profiles.retire('x-profile', 3, supervisor, 'again'))).toBe('conflict')
    expect(code(() => w.profiles.create(draft('x-profile'), supervisor))).toBe('conflict')
  })
})

describe('band store', () => {
  it('starts from the default, versions every change and audits it', () => {
    const w = riskWorld()
    expect(w.bands.current()).toEqual({ version: 0, thresholds: { medium: 30, high: 60 } })
    expect(w.bands.set({ medium: 25, high: 50 }, supervisor, 'post policy 2026-11')).toEqual({ version: 1, thresholds: { medium: 25, high: 50 } })
    expect(() => w.bands.set({ medium: 50, high: 50 }, supervisor, 'typo')).toThrow(/high: must be above medium/)
    expect(() => w.bands.set({ medium: 10, high: 20 }, officer, 'not mine')).toThrow(RiskStoreError)
    expect(w.bands.current().version).toBe(1)
    expect(actions(w)).toEqual([{ actor: 'supervisor', action: 'risk.bands.changed', subject: 'risk-bands', details: { version: 1, medium: 25, high: 50, note: 'post policy 2026-11' } }])
  })
})

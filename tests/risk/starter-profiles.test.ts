// The starter set in resources/risk: valid, complete, loadable once, and
// firing on the crossings it was written for.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadStarterProfiles } from '../../electron/services/risk/starter-profiles'
import { RiskService } from '../../electron/services/risk/risk-service'
import { starterSetSchema } from '../../shared/risk/starter-set-schema'
import { validate } from '../../shared/risk/validation'
import { InMemoryVehicleCrossings } from './in-memory-vehicle-crossings'
import { officer, riskWorld, supervisor } from './risk-fixtures'

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources/risk/starter-profiles.json')

describe('starter profiles', () => {
  it('is a valid set of at least five profiles, each with rationale, owner and expiry', () => {
    const r = validate(starterSetSchema, JSON.parse(readFileSync(file, 'utf8')))
    expect(r.ok ? [] : r.issues).toEqual([])
    if (!r.ok) return
    expect(r.value.profiles.length).toBeGreaterThanOrEqual(5)
    for (const p of r.value.profiles) {
      expect(p.rationale.length).toBeGreaterThan(60)
      expect(p.owner).toMatch(/EXAMPLE/)
      expect(p.validForDays).toBeGreaterThan(0)
    }
    expect(r.value.about).toMatch(/fictional/)
  })

  it('loads once, stamped and audited, and never overwrites', () => {
    const w = riskWorld('2026-11-25T08:00:00Z')
    expect(() => loadStarterProfiles(file, w, officer, w.clock.now)).toThrow(/not a supervisor/)
    const first = loadStarterProfiles(file, w, supervisor, w.clock.now)
    expect(first.created).toContain('short-round-trip')
    expect(first).toMatchObject({ skipped: [], bandsSet: true })
    expect(w.profiles.current('short-round-trip')).toMatchObject({ version: 1, createdBy: 'supervisor', expiresAt: '2027-05-24T08:00:00.000Z' })
    expect(w.audit.recent(100).filter((e) => e.action === 'risk.profile.created')).toHaveLength(first.created.length)

    w.profiles.update('short-round-trip', 1, { scoreWeight: 25 }, supervisor, 'local tuning')
    const second = loadStarterProfiles(file, w, supervisor, w.clock.now)
    expect(second).toEqual({ created: [], skipped: first.created, bandsSet: false })
    expect(w.profiles.current('short-round-trip')).toMatchObject({ version: 2, scoreWeight: 25 })
  })

  it('fires on the crossings it was written for, and not on an ordinary one', () => {
    const w = riskWorld('2026-11-25T06:00:00Z')
    loadStarterProfiles(file, w, supervisor, w.clock.now)
    const vehicles = new InMemoryVehicleCrossings()
    const risk = new RiskService({ db: w.db, audit: w.audit, profiles: w.profiles, bands: w.bands, timeZone: 'UTC', vehicles, now: w.now })
    const fired = (id: number) => risk.evaluateCrossing(id, 'officer').fired.map((f) => f.profileId)

    const ordinary = w.cross({ traveller: { nationality: 'AUT' }, document: { issuingState: 'AUT', documentNumber: 'P1234567' } })
    expect(fired(ordinary)).toEqual([])

    w.at('2026-11-25T07:00:00Z')
    const manual = w.cross({
      document: { source: 'manual', issuingState: 'QZA', documentNumber: 'QZ9000001' },
      traveller: { surname: 'ROE', birthDate: '1991-01-01' },
      checks: [{ code: 'nationality-differs-from-issuer', severity: 'warning', params: {} }],
    })
    expect(fired(manual)).toEqual(['issuer-anomaly-example-issuers', 'manual-entry-example-route'])

    // Out and back three times: the third crossing fires short-round-trip.
    w.at('2026-11-25T12:00:00Z')
    w.cross({ traveller: { nationality: 'AUT' }, document: { issuingState: 'AUT', documentNumber: 'P1234567' } })
    w.at('2026-11-25T18:00:00Z')
    const third = w.cross({ traveller: { nationality: 'AUT' }, document: { issuingState: 'AUT', documentNumber: 'P1234567' } })
    const result = risk.evaluateCrossing(third, 'officer')
    expect(result.fired.map((f) => f.profileId)).toEqual(['short-round-trip'])
    expect(result.fired[0]!.because).toEqual([
      'history.hoursSincePrevious lte 8 (history.hoursSincePrevious = 6)',
      'history.crossings countGte 2 within 7 days (count: 2; history.crossings = [6,12])',
    ])

    // A minor in a vehicle with an adult of another surname (vehicle lane pending: in-memory source).
    w.at('2026-11-25T20:00:00Z')
    const child = w.cross({ traveller: { surname: 'KARIMOVA', givenNames: 'LEILA', birthDate: '2015-06-01' }, document: { documentNumber: 'QZ5550001' } })
    vehicles.add({
      id: 'v1',
      at: '2026-11-25T20:00:00Z',
      vehicleKey: 'QZA|CAR1',
      kind: 'car',
      registrationCountry: 'QZA',
      origin: null,
      route: null,
      occupants: [
        { crossingId: null, personKey: 'DRV', role: 'driver', surname: 'PETROV', birthDate: '1980-01-01', nationality: 'QZA' },
        { crossingId: child, personKey: 'QZ5550001|QZA', role: 'passenger', surname: 'KARIMOVA', birthDate: '2015-06-01', nationality: 'QZA' },
      ],
    })
    expect(fired(child)).toEqual(['minor-with-adult-of-other-surname'])
  })
})

// Evaluation of recorded crossings: facts from SQLite, profiles from the store,
// the result recorded against the crossing and audited as one risk.evaluated.
import { describe, expect, it } from 'vitest'
import { RiskService } from '../../electron/services/risk/risk-service'
import { InMemoryVehicleCrossings } from './in-memory-vehicle-crossings'
import { draft, riskWorld, supervisor } from './risk-fixtures'

function serviceFor(w: ReturnType<typeof riskWorld>, vehicles: InMemoryVehicleCrossings | null = null) {
  return new RiskService({ db: w.db, audit: w.audit, profiles: w.profiles, bands: w.bands, timeZone: 'UTC', vehicles, now: w.now })
}

const shortRoundTrip = draft('short-round-trip', {
  title: 'Back within 12 hours',
  scoreWeight: 35,
  conditions: { fact: 'history.hoursSincePrevious', op: 'lte', value: 12 },
})

describe('risk service', () => {
  it('fires a short round trip on the second crossing within N hours, not on the first or after N hours', () => {
    const w = riskWorld('2026-11-25T06:00:00Z')
    w.profiles.create(shortRoundTrip, supervisor)
    const risk = serviceFor(w)

    const out = w.cross()
    expect(risk.evaluateCrossing(out, 'officer')).toMatchObject({ score: 0, band: 'low', fired: [] })

    w.at('2026-11-25T11:30:00Z')
    const back = w.cross()
    const second = risk.evaluateCrossing(back, 'officer')
    expect(second).toMatchObject({
      score: 35,
      band: 'medium',
      fired: [{ profileId: 'short-round-trip', version: 1, title: 'Back within 12 hours', points: 35, because: ['history.hoursSincePrevious lte 12 (history.hoursSincePrevious = 5.5)'] }],
    })

    w.at('2026-11-26T00:00:00Z') // 12.5 hours after the previous one
    const later = w.cross()
    expect(risk.evaluateCrossing(later, 'officer').fired).toEqual([])
  })

  it('records every evaluation against the crossing and audits it once, with fired ids and versions', () => {
    const w = riskWorld('2026-11-25T06:00:00Z')
    w.profiles.create(shortRoundTrip, supervisor)
    w.profiles.create(draft('manual-entry', { conditions: { fact: 'document.source', op: 'equals', value: 'reader' } }), supervisor)
    const risk = serviceFor(w)
    w.cross()
    w.at('2026-11-25T08:00:00Z')
    const id = w.cross()
    const result = risk.evaluateCrossing(id, 'officer')

    expect(risk.evaluationsFor(id)).toEqual([
      {
        id: result.evaluationId,
        crossingId: id,
        evaluatedAt: '2026-11-25T08:00:00.000Z',
        evaluatedBy: 'officer',
        score: 55,
        band: 'medium',
        thresholds: { medium: 30, high: 60 },
        considered: [
          { profileId: 'manual-entry', version: 1 },
          { profileId: 'short-round-trip', version: 1 },
        ],
        fired: [
          { profileId: 'manual-entry', version: 1, points: 20, because: ['document.source equals "reader" (document.source = "reader")'] },
          { profileId: 'short-round-trip', version: 1, points: 35, because: ['history.hoursSincePrevious lte 12 (history.hoursSincePrevious = 2)'] },
        ],
      },
    ])
    const entries = w.audit.recent(100).filter((e) => e.action === 'risk.evaluated')
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actor: 'officer', subject: `crossing:${id}` })
    expect(JSON.parse(entries[0]!.details)).toEqual({
      evaluation: result.evaluationId,
      score: 55,
      band: 'medium',
      bandVersion: 0,
      fired: [
        { profileId: 'manual-entry', version: 1 },
        { profileId: 'short-round-trip', version: 1 },
      ],
      considered: 2,
    })
    expect(w.audit.verify().ok).toBe(true)
    expect(() => w.db.prepare('UPDATE risk_evaluations SET band = ?').run('low')).toThrow(/a record/)
  })

  it('records an evaluation where nothing fires, and uses the versions and thresholds in force at the time', () => {
    const w = riskWorld('2026-11-25T06:00:00Z')
    const risk = serviceFor(w)
    w.profiles.create(draft('manual-entry', { scoreWeight: 20, conditions: { fact: 'document.source', op: 'equals', value: 'manual' } }), supervisor)
    const id = w.cross({ document: { source: 'manual' } })
    expect(risk.evaluateCrossing(id, 'officer')).toMatchObject({ score: 20, band: 'low', bandVersion: 0 })

    w.profiles.update('manual-entry', 1, { scoreWeight: 40 }, supervisor, 'more cases')
    w.bands.set({ medium: 20, high: 40 }, supervisor, 'stricter')
    expect(risk.evaluateCrossing(id, 'officer')).toMatchObject({ score: 40, band: 'high', bandVersion: 1, fired: [{ version: 2 }] })

    w.profiles.retire('manual-entry', 2, supervisor, 'route closed')
    expect(risk.evaluateCrossing(id, 'officer')).toMatchObject({ score: 0, band: 'low', fired: [], considered: [] })
    expect(risk.evaluationsFor(id).map((e) => [e.score, e.band, e.fired.map((f) => `${f.profileId}@${f.version}`)])).toEqual([
      [20, 'low', ['manual-entry@1']],
      [40, 'high', ['manual-entry@2']],
      [0, 'low', []],
    ])
  })

  it('says so when the crossing does not exist, and records nothing', () => {
    const w = riskWorld()
    expect(() => serviceFor(w).evaluateCrossing(999, 'officer')).toThrow(/No crossing 999/)
    expect(w.audit.recent(10)).toEqual([])
  })

  it('never fires an expired profile', () => {
    const w = riskWorld('2026-11-25T06:00:00Z')
    w.profiles.create(draft('manual-entry', { expiresAt: '2026-11-26T00:00:00Z', conditions: { fact: 'document.source', op: 'equals', value: 'reader' } }), supervisor)
    const risk = serviceFor(w)
    w.at('2026-11-26T00:00:00Z')
    const id = w.cross()
    expect(risk.evaluateCrossing(id, 'officer')).toMatchObject({ score: 0, fired: [], considered: [] })
  })

  it('evaluates vehicle and group facts once a vehicle-crossing source is provided', () => {
    const w = riskWorld('2026-11-10T08:00:00Z')
    w.profiles.create(
      draft('vehicle-repeated-different-passengers', {
        scoreWeight: 35,
        conditions: {
          all: [
            { fact: 'vehicle.travellerIsDriver', op: 'equals', value: true },
            { fact: 'vehicle.crossingsWithOtherPassengers', op: 'countGte', value: 3, within: { days: 14 } },
          ],
        },
      }),
      supervisor,
    )
    const vehicles = new InMemoryVehicleCrossings()
    const trip = (id: string, at: string, driverCrossing: number | null, passengers: string[]) =>
      vehicles.add({
        id,
        at,
        vehicleKey: 'QZA|AB123',
        kind: 'van',
        registrationCountry: 'QZA',
        origin: 'QZC',
        route: 'EX-ROUTE-EAST-1',
        occupants: [
          { crossingId: driverCrossing, personKey: 'DRIVER', role: 'driver', surname: 'DOE', birthDate: '1985-04-12', nationality: 'QZA' },
          ...passengers.map((p) => ({ crossingId: null, personKey: p, role: 'passenger' as const, surname: p, birthDate: '1990-01-01', nationality: 'QZB' })),
        ],
      })
    trip('v1', '2026-11-10T08:00:00Z', null, ['P1', 'P2'])
    trip('v2', '2026-11-14T08:00:00Z', null, ['P3'])
    trip('v3', '2026-11-18T08:00:00Z', null, ['P4', 'P5', 'P6'])
    w.at('2026-11-20T08:00:00Z')
    const driverCrossing = w.cross()
    trip('v4', '2026-11-20T08:00:00Z', driverCrossing, ['P7'])

    expect(serviceFor(w).evaluateCrossing(driverCrossing, 'officer').fired).toEqual([]) // no source: vehicle facts unknown, nothing fires
    const withVehicles = serviceFor(w, vehicles).evaluateCrossing(driverCrossing, 'officer')
    expect(withVehicles.fired).toEqual([
      expect.objectContaining({
        profileId: 'vehicle-repeated-different-passengers',
        because: ['vehicle.travellerIsDriver equals true (vehicle.travellerIsDriver = true)', 'vehicle.crossingsWithOtherPassengers countGte 3 within 14 days (count: 3; vehicle.crossingsWithOtherPassengers = [48,144,240])'],
      }),
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { surnameWords, vehicleFacts, type VehicleCrossing, type VehicleOccupant } from './vehicle-facts'

const driver: VehicleOccupant = { crossingId: 1, personKey: 'D1|QZA', role: 'driver', surname: 'PETROV', birthDate: '1980-01-01', nationality: 'QZA' }
const passenger = (key: string, surname: string, birthDate: string | null = '1990-01-01', nationality = 'QZB'): VehicleOccupant => ({ crossingId: null, personKey: key, role: 'passenger', surname, birthDate, nationality })
const trip = (id: string, at: string, occupants: VehicleOccupant[], vehicleKey = 'QZA|AB123'): VehicleCrossing => ({ id, at, vehicleKey, kind: 'van', registrationCountry: 'QZA', origin: 'QZC', route: 'EX-ROUTE-EAST-1', occupants })

describe('vehicleFacts', () => {
  it('counts earlier trips of the same vehicle, and those with other passengers', () => {
    const current = trip('v5', '2026-11-25T12:00:00Z', [driver, passenger('P1', 'ALIEV'), passenger('P2', 'KARIMOVA')])
    const earlier = [
      trip('v1', '2026-11-15T12:00:00Z', [driver, passenger('P3', 'X'), passenger('P4', 'Y')]),
      trip('v2', '2026-11-20T12:00:00Z', [driver, passenger('P1', 'ALIEV')]), // shares P1: not "other passengers"
      trip('v3', '2026-11-24T12:00:00Z', [driver]), // no passengers
      trip('v4', '2026-11-25T00:00:00Z', [driver, passenger('P5', 'Z')]),
      trip('other', '2026-11-25T01:00:00Z', [driver, passenger('P6', 'W')], 'QZB|ZZ999'), // another vehicle
    ]
    const f = vehicleFacts(1, current, earlier, 'UTC')
    expect(f).toEqual({
      'vehicle.kind': 'van',
      'vehicle.registrationCountry': 'QZA',
      'vehicle.travellerIsDriver': true,
      'vehicle.crossings': [12, 24, 120, 240],
      'vehicle.crossingsWithOtherPassengers': [12, 240],
      'group.size': 3,
      'group.minors': 0,
      'group.nationalities': ['QZA', 'QZB'],
      'group.minorWithoutSameSurnameAdult': false,
      'journey.origin': 'QZC',
      'journey.route': 'EX-ROUTE-EAST-1',
    })
  })

  it('flags a minor with no adult sharing a surname word', () => {
    const alone = trip('v1', '2026-11-25T12:00:00Z', [driver, passenger('C1', 'GARCIA LOPEZ', '2015-05-05')])
    expect(vehicleFacts(1, alone, [], 'UTC')).toMatchObject({ 'group.minors': 1, 'group.minorWithoutSameSurnameAdult': true })
    const withParent = trip('v1', '2026-11-25T12:00:00Z', [driver, passenger('M1', 'LOPEZ', '1985-01-01'), passenger('C1', 'GARCIA LOPEZ', '2015-05-05')])
    expect(vehicleFacts(1, withParent, [], 'UTC')['group.minorWithoutSameSurnameAdult']).toBe(false)
    const unknownAge = trip('v1', '2026-11-25T12:00:00Z', [driver, passenger('C1', 'GARCIA', '2015-05-05'), passenger('U1', 'GARCIA', null)])
    expect(vehicleFacts(1, unknownAge, [], 'UTC')).toMatchObject({ 'group.minors': null, 'group.minorWithoutSameSurnameAdult': null })
  })

  it('knows nothing on foot', () => {
    expect(vehicleFacts(1, null, [], 'UTC')).toEqual({})
  })

  it('compares surnames word by word, without accents', () => {
    expect([...surnameWords('García-López')]).toEqual(['GARCIA', 'LOPEZ'])
  })
})

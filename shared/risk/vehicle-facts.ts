// Vehicle and group facts, from the vehicle crossings the vehicle lane records
// (electron/services/vehicle-lane, through electron/services/risk/vehicle-crossing-source.ts).
// Pure, so it is tested alone.
import { ageOn, hoursBetween, postClock } from './calendar'
import type { Facts } from './fact-catalogue'
import { HISTORY_HORIZON_HOURS } from './rule-language'
import { stateCode } from './subject-facts'

export interface VehicleOccupant {
  /** This occupant's traveller crossing, when one was recorded. */
  crossingId: number | null
  /** Identity key (normalised document number + issuer) telling one person from another across crossings. */
  personKey: string
  role: 'driver' | 'passenger'
  surname: string
  /** yyyy-mm-dd, or null when unknown. */
  birthDate: string | null
  nationality: string | null
}

export interface VehicleCrossing {
  id: string
  /** ISO instant. */
  at: string
  /** Normalised plate + registration country, or the VIN: the same vehicle has the same key. */
  vehicleKey: string
  kind: string | null
  registrationCountry: string | null
  /** Declared or manifest origin country of the journey. */
  origin: string | null
  /** Route code from the post's list (coach line, corridor). */
  route: string | null
  occupants: VehicleOccupant[]
}

const passengerKeys = (v: VehicleCrossing) => new Set(v.occupants.filter((o) => o.role === 'passenger').map((o) => o.personKey))

/** Surname words, so a double surname shares a word with either parent's. */
export function surnameWords(surname: string): Set<string> {
  return new Set(
    surname
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toUpperCase()
      .split(/[^A-Z]+/)
      .filter((w) => w.length > 1),
  )
}

/**
 * @param travellerCrossingId the traveller crossing being assessed
 * @param current the vehicle crossing it is part of; null on foot or unknown (all vehicle facts unknown)
 * @param earlier earlier crossings of the same vehicle (others are ignored)
 */
export function vehicleFacts(travellerCrossingId: number, current: VehicleCrossing | null, earlier: readonly VehicleCrossing[], timeZone: string): Facts {
  if (!current) return {}
  const on = postClock(new Date(current.at), timeZone).date
  const ages = current.occupants.map((o) => ({ occupant: o, age: ageOn(o.birthDate, on) }))
  const agesKnown = ages.every((a) => a.age !== null)
  const minors = ages.filter((a) => a.age !== null && a.age < 18)
  const adults = ages.filter((a) => a.age !== null && a.age >= 18)
  const shares = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w))
  const minorAlone = minors.some((m) => !adults.some((a) => shares(surnameWords(m.occupant.surname), surnameWords(a.occupant.surname))))

  const now = passengerKeys(current)
  const before = earlier
    .filter((e) => e.vehicleKey === current.vehicleKey && e.id !== current.id)
    .map((e) => ({ e, hoursAgo: hoursBetween(e.at, current.at) }))
    .filter((x) => x.hoursAgo > 0 && x.hoursAgo <= HISTORY_HORIZON_HOURS)
    .sort((a, b) => a.hoursAgo - b.hoursAgo)
  const otherPassengers = before.filter(({ e }) => {
    const then = passengerKeys(e)
    return then.size > 0 && ![...then].some((k) => now.has(k))
  })
  const me = current.occupants.find((o) => o.crossingId === travellerCrossingId)
  const nationalities = [...new Set(current.occupants.map((o) => (o.nationality ? stateCode(o.nationality) : null)).filter((n): n is string => n !== null))].sort()

  return {
    'vehicle.kind': current.kind,
    'vehicle.registrationCountry': current.registrationCountry ? stateCode(current.registrationCountry) : null,
    'vehicle.travellerIsDriver': me ? me.role === 'driver' : null,
    'vehicle.crossings': before.map((x) => x.hoursAgo),
    'vehicle.crossingsWithOtherPassengers': otherPassengers.map((x) => x.hoursAgo),
    'group.size': current.occupants.length,
    'group.minors': agesKnown ? minors.length : null,
    'group.nationalities': nationalities,
    'group.minorWithoutSameSurnameAdult': agesKnown ? minorAlone : null,
    'journey.origin': current.origin ? stateCode(current.origin) : null,
    'journey.route': current.route,
  }
}

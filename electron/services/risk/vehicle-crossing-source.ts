// PENDING: vehicle crossings do not exist yet. The vehicle-lane work implements
// this over its tables; until then the risk service runs without it and every
// vehicle.*, group.* and journey.* fact is unknown (so no profile using them fires).
import type { VehicleCrossing } from '../../../shared/risk/vehicle-facts'

export interface VehicleCrossingSource {
  /** The vehicle crossing a traveller crossing is part of; null on foot or when none was recorded. */
  vehicleCrossingOf(travellerCrossingId: number): VehicleCrossing | null
  /** Crossings of the vehicle `vehicleKey` that started at or after `since` and strictly before `before` (ISO instants). */
  crossingsOfVehicle(vehicleKey: string, since: string, before: string): VehicleCrossing[]
}

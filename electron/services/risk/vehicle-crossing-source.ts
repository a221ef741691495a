// Where the risk facts find vehicle crossings: the vehicle lane implements it
// (electron/services/vehicle-lane). A risk service without one leaves every
// vehicle.*, group.* and journey.* fact unknown (so no profile using them fires).
import type { VehicleCrossing } from '../../../shared/risk/vehicle-facts'

export interface VehicleCrossingSource {
  /** The vehicle crossing a traveller crossing is part of; null on foot or when none was recorded. */
  vehicleCrossingOf(travellerCrossingId: number): VehicleCrossing | null
  /** Crossings of the vehicle `vehicleKey` that started at or after `since` and strictly before `before` (ISO instants). */
  crossingsOfVehicle(vehicleKey: string, since: string, before: string): VehicleCrossing[]
}

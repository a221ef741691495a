// The VehicleCrossingSource the vehicle lane will implement over its tables,
// held in memory: enough to prove vehicle and group facts end to end today.
import type { VehicleCrossingSource } from '../../electron/services/risk/vehicle-crossing-source'
import type { VehicleCrossing } from '../../shared/risk/vehicle-facts'

export class InMemoryVehicleCrossings implements VehicleCrossingSource {
  private readonly all: VehicleCrossing[] = []

  add(v: VehicleCrossing): void {
    this.all.push(v)
  }

  vehicleCrossingOf(travellerCrossingId: number): VehicleCrossing | null {
    return this.all.find((v) => v.occupants.some((o) => o.crossingId === travellerCrossingId)) ?? null
  }

  crossingsOfVehicle(vehicleKey: string, since: string, before: string): VehicleCrossing[] {
    return this.all.filter((v) => v.vehicleKey === vehicleKey && v.at >= since && v.at < before)
  }
}

// A vehicle lane for scenarios and the trainer's panel: one command drives a
// vehicle through both the lane camera (its video shows the vehicle and its
// plate) and the ANPR camera (it posts the read), as at a real post.
import type { SimulatedCamera } from '../camera/simulated-camera'
import type { VehicleKind } from '../camera/lane-scene'
import type { SimulatedAnprCamera, VehicleArrival } from './simulated-anpr-camera'

export interface LaneVehicle extends VehicleArrival {
  vehicle?: VehicleKind
  colour?: string
}

export class SimulatedLane {
  constructor(
    private readonly camera: SimulatedCamera | null,
    private readonly anpr: SimulatedAnprCamera | null,
    private readonly laneLabel = 'LANE 1',
  ) {}

  /** The vehicle pulls up: the video shows it, then the ANPR camera reports it. Returns the ANPR car id. */
  async vehicleArrives(v: LaneVehicle): Promise<string | null> {
    await this.camera?.setScene({ plate: v.plate, vehicle: v.vehicle ?? 'car', ...(v.country ? { country: v.country } : {}), ...(v.colour ? { colour: v.colour } : {}), lane: this.laneLabel })
    return this.anpr ? this.anpr.vehicleArrives(v) : null
  }

  /** The vehicle drives off: the lane is empty, the ANPR camera reports LOST (Axis). */
  async vehicleLeaves(): Promise<void> {
    await this.camera?.setScene({ lane: this.laneLabel })
    await this.anpr?.vehicleLeaves()
  }
}

// The simulator panel's and the scenarios' vehicle lane: one command drives a vehicle through the
// lane camera (its picture shows the vehicle and plate), the ANPR camera (it posts the read) and
// the X-ray scanner (it drops a scan, with people hidden in the load or not), as at a real post.
import { SimulatedLane } from '../../../drivers/simulators/anpr/simulated-lane'
import type { SimulatedCamera } from '../../../drivers/simulators/camera/simulated-camera'
import type { SimulatedAnprCamera } from '../../../drivers/simulators/anpr/simulated-anpr-camera'
import type { SimulatedXrayScanner } from '../../../drivers/simulators/xray/simulated-xray-scanner'

export interface VehicleAction {
  action: 'arrive' | 'scan' | 'leave'
  plate?: string
  country?: string
  kind: 'car' | 'van' | 'truck'
  hiddenPeople: number
}

export class SimulatedVehicleLane {
  private current: { plate: string; kind: 'car' | 'van' | 'truck' } | null = null
  private scans = 0

  constructor(private readonly sims: () => { camera: SimulatedCamera | null; anpr: SimulatedAnprCamera | null; xray: SimulatedXrayScanner | null }) {}

  async act(a: VehicleAction): Promise<void> {
    const { camera, anpr, xray } = this.sims()
    const lane = new SimulatedLane(camera, anpr)
    if (a.action === 'arrive') {
      const plate = a.plate ?? 'AB 123 CD'
      this.current = { plate, kind: a.kind }
      await lane.vehicleArrives({ plate, ...(a.country ? { country: a.country } : {}), confidence: 0.93, vehicle: a.kind })
    } else if (a.action === 'leave') {
      this.current = null
      await lane.vehicleLeaves()
    } else {
      if (!xray) throw new Error('no simulated X-ray scanner is configured')
      const plate = a.plate ?? this.current?.plate
      await xray.scanVehicle({
        kind: a.plate ? a.kind : (this.current?.kind ?? a.kind),
        ...(plate ? { plate } : {}),
        concealed: Array.from({ length: a.hiddenPeople }, () => ({ kind: 'person' as const })),
        seed: ++this.scans,
      })
    }
  }
}

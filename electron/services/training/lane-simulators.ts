// What a scenario does to the lane's simulated devices, through the same simulator surfaces the
// simulator panel uses: a document on the reader, a reader fault, a vehicle through the lane.
import type { DeviceEvent } from '../../../shared/training/scenario-schema'
import type { DocumentReaderSimulator } from '../../../drivers/core/simulator'
import type { SimulatedVehicleLane, VehicleAction } from '../simulator/simulated-vehicle-lane'

export interface LaneSimulators {
  /** unplugged: nothing reaches the workstation; reconnecting: plugged in, the driver not back yet. */
  readerState(): 'unplugged' | 'reconnecting' | 'ready'
  /** False when the reader is unplugged: the traveller's document is handed over by hand. */
  presentDocument(lines: readonly string[]): boolean
  readerFault(event: DeviceEvent, sampleLines: readonly string[]): Promise<void>
  vehicle(action: VehicleAction): Promise<void>
}

export function laneSimulators(deps: {
  reader: () => { deviceId: string; sim: DocumentReaderSimulator } | null
  reconnect: (deviceId: string) => Promise<void>
  online: (deviceId: string) => boolean
  lane: SimulatedVehicleLane
}): LaneSimulators {
  const reader = () => {
    const r = deps.reader()
    if (!r) throw new Error('no simulated document reader is configured')
    return r
  }
  return {
    readerState() {
      const { deviceId, sim } = reader()
      return !sim.connected ? 'unplugged' : deps.online(deviceId) ? 'ready' : 'reconnecting'
    },
    presentDocument(lines) {
      const { sim } = reader()
      if (!sim.connected) return false
      sim.present(lines)
      return true
    },
    async readerFault(event, sampleLines) {
      const { deviceId, sim } = reader()
      if (event === 'noise') sim.sendNoise(Date.now() & 0xffff)
      else if (event === 'partial') sim.sendPartial(sampleLines)
      else if (event === 'unplug') sim.unplug()
      else {
        sim.replug()
        await (sim as Partial<{ ready(): Promise<void> }>).ready?.()
        void deps.reconnect(deviceId).catch(() => undefined)
      }
    },
    vehicle: (action) => deps.lane.act(action),
  }
}

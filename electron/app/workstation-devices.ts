// The workstation's devices as configured: loads the device configuration,
// runs a DeviceManager over it, and lets a technician replace the
// configuration at run time (validated, saved, devices restarted).
import { EventEmitter } from 'node:events'
import { renameSync, writeFileSync } from 'node:fs'
import type { DeviceError } from '../../drivers/core/device-error'
import type { Device, Logger } from '../../drivers/core/driver'
import type { DocumentReaderSimulator } from '../../drivers/core/simulator'
import type { DeviceKind, DeviceStatus } from '../../shared/domain/devices'
import { DeviceManager } from '../services/devices/device-manager'
import { driverRegistry } from '../../drivers/registry'
import { buildDevices, DeviceConfigError, deviceConfigFileSchema, expandPlaceholders, type DeviceConfigFile, type SimulatorHandle } from './device-config'

export interface WorkstationDevicesEvents {
  status: [DeviceStatus[]]
  reading: [deviceId: string, reading: unknown]
  problem: [deviceId: string, error: DeviceError]
}

export class WorkstationDevices extends EventEmitter<WorkstationDevicesEvents> {
  private manager: DeviceManager
  private simulators: Map<string, { kind: DeviceKind; sim: SimulatorHandle }>

  constructor(
    private config: DeviceConfigFile,
    /** Where a technician's change is saved. */
    private readonly saveTo: string,
    private readonly options: { log: Logger; now: () => number; initialBackoffMs?: number; dataDir: string; /** Training: a real transport is refused (buildDevices). */ simulatorsOnly?: boolean },
  ) {
    super()
    ;({ manager: this.manager, simulators: this.simulators } = this.build(config))
  }

  get current(): DeviceConfigFile {
    return this.config
  }

  get mode(): DeviceConfigFile['mode'] {
    return this.config.mode
  }

  /** The first simulated document reader, which the simulator panel drives. */
  get readerSimulator(): { deviceId: string; sim: DocumentReaderSimulator } | null {
    const [first] = this.simulatorsOf('document-reader')
    return first ? { deviceId: first.deviceId, sim: first.sim as DocumentReaderSimulator } : null
  }

  /** Simulators of one kind of device, in configuration order (the simulator panel, scenarios, tests). */
  simulatorsOf(kind: DeviceKind): Array<{ deviceId: string; sim: SimulatorHandle }> {
    return [...this.simulators].filter(([, s]) => s.kind === kind).map(([deviceId, s]) => ({ deviceId, sim: s.sim }))
  }

  async start(): Promise<void> {
    await startSimulators(this.simulators)
    await this.manager.start()
  }

  async stop(): Promise<void> {
    await this.manager.stop()
    await stopSimulators(this.simulators)
  }

  /** The configured device's kind (document-reader, camera, …), or null for an unknown id. */
  kindOf(id: string): DeviceKind | null {
    const entry = this.config.devices.find((d) => d.id === id)
    return entry ? (driverRegistry[entry.driver]?.kind ?? null) : null
  }

  statuses(): DeviceStatus[] {
    return this.manager.statuses()
  }

  /** The open device, or null while it is offline (services that send a device requests). */
  device(id: string): Device | null {
    return this.manager.device(id)
  }

  reconnect(id: string): Promise<void> {
    return this.manager.reconnect(id)
  }

  /**
   * Replace the configuration: validate (the mode cannot change here), save
   * atomically, stop the old devices, start the new ones.
   */
  async apply(devices: unknown): Promise<DeviceConfigFile> {
    const parsed = deviceConfigFileSchema.safeParse({ ...this.config, devices })
    if (!parsed.success) throw new DeviceConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
    const next = parsed.data
    for (const d of next.devices) {
      // Reject a driver configuration the driver would refuse, with its path, before anything stops.
      const check = driverRegistry[d.driver]!.configSchema.safeParse(expandPlaceholders(d.config, this.options))
      if (!check.success) throw new DeviceConfigError(`${d.id}: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    }
    const built = this.build(next)
    const tmp = `${this.saveTo}.tmp`
    writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`)
    renameSync(tmp, this.saveTo)
    await this.stop()
    this.manager.removeAllListeners()
    this.config = next
    this.manager = built.manager
    this.simulators = built.simulators
    this.emit('status', this.manager.statuses())
    await this.start()
    return next
  }

  private build(config: DeviceConfigFile): { manager: DeviceManager; simulators: Map<string, { kind: DeviceKind; sim: SimulatorHandle }> } {
    const built = buildDevices(config, this.options)
    const manager = new DeviceManager(built.specs, this.options)
    manager.on('status', (s) => this.emit('status', s))
    manager.on('reading', (id, r) => this.emit('reading', id, r))
    manager.on('problem', (id, e) => this.emit('problem', id, e))
    return { manager, simulators: built.simulators }
  }
}

/** Some simulators run a server (a camera, the vendor bridge): it must listen before its driver connects. */
async function startSimulators(sims: Map<string, { sim: SimulatorHandle }>): Promise<void> {
  for (const { sim } of sims.values()) await sim.start?.()
}

async function stopSimulators(sims: Map<string, { sim: SimulatorHandle }>): Promise<void> {
  for (const { sim } of sims.values()) await sim.stop?.()
}

// Device configuration is a validated file: which driver, which transport,
// which port and settings. Simulated mode is a configuration, not a code path.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { driverRegistry } from '../../drivers/registry'
import { SimulatedSerialReader } from '../../drivers/simulators/simulated-serial-reader'
import { osSerialBinding } from '../../drivers/transports/os-serial'
import type { DeviceSpec } from '../services/devices/device-manager'

export const deviceConfigFileSchema = z.object({
  $comment: z.string().optional(),
  /** simulated: demo accounts, simulated lists, simulator controls. operational: none of these. */
  mode: z.enum(['simulated', 'operational']),
  lane: z.string().min(1).default('lane-1'),
  devices: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
      driver: z.string().refine((d) => Object.hasOwn(driverRegistry, d), { message: `unknown driver (known: ${Object.keys(driverRegistry).join(', ')})` }),
      transport: z.enum(['serial', 'simulator']),
      config: z.unknown(),
    }),
  ),
})
export type DeviceConfigFile = z.infer<typeof deviceConfigFileSchema>

export class DeviceConfigError extends Error {}

export function loadDeviceConfig(file: string): DeviceConfigFile {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new DeviceConfigError(`Cannot read device configuration ${file}: ${(e as Error).message}`)
  }
  const parsed = deviceConfigFileSchema.safeParse(json)
  if (!parsed.success) throw new DeviceConfigError(`Device configuration ${file} is invalid:\n${z.prettifyError(parsed.error)}`)
  if (parsed.data.mode === 'operational' && parsed.data.devices.some((d) => d.transport === 'simulator')) {
    throw new DeviceConfigError(`Device configuration ${file}: an operational workstation cannot use simulated devices.`)
  }
  return parsed.data
}

export interface BuiltDevices {
  specs: DeviceSpec[]
  /** Simulated document readers by device id: the simulator panel's and the scenarios' controls. */
  readerSimulators: Map<string, SimulatedSerialReader>
}

export function buildDevices(config: DeviceConfigFile): BuiltDevices {
  const readerSimulators = new Map<string, SimulatedSerialReader>()
  const specs = config.devices.map((d): DeviceSpec => {
    const driver = driverRegistry[d.driver]!
    let transport: unknown
    if (d.transport === 'simulator') {
      const path = (d.config as { path?: string } | undefined)?.path
      const sim = new SimulatedSerialReader(path ? { path } : {})
      readerSimulators.set(d.id, sim)
      transport = sim.binding
    } else {
      transport = osSerialBinding()
    }
    return { id: d.id, driver, config: d.config, transport, simulated: d.transport === 'simulator' }
  })
  return { specs, readerSimulators }
}

// Device configuration is a validated file: which driver, which transport,
// which port and settings. Simulated mode is a configuration, not a code path:
// a `simulator` transport puts the driver's own simulator on the other end of
// the same wire.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { driverRegistry } from '../../drivers/registry'
import type { DocumentReaderSimulator } from '../../drivers/core/simulator'
import { SimulatedSerialReader } from '../../drivers/simulators/simulated-serial-reader'
import { SimulatedRteReader } from '../../drivers/simulators/simulated-rte-reader'
import { SimulatedHidReader } from '../../drivers/simulators/simulated-hid-reader'
import { SimulatedBridge } from '../../drivers/simulators/simulated-bridge'
import { osSerialBinding } from '../../drivers/transports/os-serial'
import { nodeHidTransport } from '../../drivers/transports/hid'
import { wsBridgeConnector } from '../../drivers/transports/ws-bridge'
import { deviceTransports } from '../../shared/domain/devices'
import type { DeviceSpec } from '../services/devices/device-manager'

type RealTransport = Exclude<(typeof deviceTransports)[number], 'simulator'>

interface DriverWiring {
  /** The one real transport this driver speaks over. */
  transport: RealTransport
  /** Its simulator, on the device side of the same wire. */
  simulator: (config: Record<string, unknown>) => DocumentReaderSimulator
}

const pathOf = (c: Record<string, unknown>) => (typeof c.path === 'string' ? { path: c.path } : {})

/** How each driver is connected, for real and simulated. */
export const driverWiring: Readonly<Record<string, DriverWiring>> = {
  'serial-text-mrz': { transport: 'serial', simulator: (c) => new SimulatedSerialReader(pathOf(c)) },
  'rte-framed-mrz': { transport: 'serial', simulator: (c) => new SimulatedRteReader(pathOf(c)) },
  'hid-ocr-mrz': { transport: 'hid', simulator: (c) => new SimulatedHidReader(pathOf(c)) },
  'websocket-bridge-mrz': { transport: 'websocket', simulator: () => new SimulatedBridge() },
}

const realTransports: Record<RealTransport, () => unknown> = {
  serial: osSerialBinding,
  hid: () => nodeHidTransport(),
  websocket: wsBridgeConnector,
}

export const deviceConfigFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** simulated: demo accounts, simulated lists, simulator controls. operational: none of these. */
    mode: z.enum(['simulated', 'operational']),
    lane: z.string().min(1).default('lane-1'),
    devices: z.array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
        driver: z.string().refine((d) => Object.hasOwn(driverRegistry, d) && Object.hasOwn(driverWiring, d), {
          message: `unknown driver (known: ${Object.keys(driverRegistry).join(', ')})`,
        }),
        transport: z.enum(deviceTransports),
        config: z.record(z.string(), z.unknown()).default({}),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    file.devices.forEach((d, i) => {
      const wiring = driverWiring[d.driver]
      if (wiring && d.transport !== 'simulator' && d.transport !== wiring.transport) {
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'transport'], message: `${d.driver} connects over ${wiring.transport} (or simulator), not ${d.transport}` })
      }
      if (file.mode === 'operational' && d.transport === 'simulator') {
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'transport'], message: 'an operational workstation cannot use simulated devices' })
      }
    })
    const ids = file.devices.map((d) => d.id)
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['devices'], message: 'device ids must be unique' })
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
  return parsed.data
}

export interface BuiltDevices {
  specs: DeviceSpec[]
  /** Simulated document readers by device id: the simulator panel's and the scenarios' controls. */
  readerSimulators: Map<string, DocumentReaderSimulator>
}

export function buildDevices(config: DeviceConfigFile): BuiltDevices {
  const readerSimulators = new Map<string, DocumentReaderSimulator>()
  const specs = config.devices.map((d): DeviceSpec => {
    const wiring = driverWiring[d.driver]!
    let transport: unknown
    if (d.transport === 'simulator') {
      const sim = wiring.simulator(d.config)
      readerSimulators.set(d.id, sim)
      transport = sim.transport
    } else {
      transport = realTransports[wiring.transport]()
    }
    return { id: d.id, driver: driverRegistry[d.driver]!, config: d.config, transport, simulated: d.transport === 'simulator' }
  })
  return { specs, readerSimulators }
}

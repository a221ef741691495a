// Device configuration is a validated file: which driver, which transport,
// which port and settings. Simulated mode is a configuration, not a code path:
// a `simulator` transport puts the driver's own simulator on the other end of
// the same wire.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { driverRegistry } from '../../drivers/registry'
import { SimulatedSerialReader } from '../../drivers/simulators/simulated-serial-reader'
import { SimulatedRteReader } from '../../drivers/simulators/simulated-rte-reader'
import { SimulatedHidReader } from '../../drivers/simulators/simulated-hid-reader'
import { SimulatedBridge } from '../../drivers/simulators/simulated-bridge'
import { osSerialBinding } from '../../drivers/transports/os-serial'
import { nodeHidTransport } from '../../drivers/transports/hid'
import { wsBridgeConnector } from '../../drivers/transports/ws-bridge'
import { deviceTransports, type DeviceKind } from '../../shared/domain/devices'
import { SimulatedCamera } from '../../drivers/simulators/camera/simulated-camera'
import { SimulatedAnprCamera } from '../../drivers/simulators/anpr/simulated-anpr-camera'
import { SimulatedR30x } from '../../drivers/simulators/fingerprint/simulated-r30x'
import { SimulatedImagePad } from '../../drivers/simulators/fingerprint/simulated-image-pad'
import { nodeHttpConnector } from '../../drivers/camera/http-connector'
import { nodeHttpServerFactory } from '../../drivers/anpr/anpr-listener'
import { nodeSpawner } from '../../drivers/camera/rtsp-mjpeg-transcoder'
import { netPadSocketTransport } from '../../drivers/fingerprint/pad-socket'
import { r30xPadConfigSchema } from '../../drivers/fingerprint/r30x-pad'
import { SimulatedXrayScanner } from '../../drivers/simulators/xray/simulated-xray-scanner'
import { nodeDropFolderFs } from '../../drivers/xray/drop-folder-fs'
import { mkdirSync } from 'node:fs'
import type { DeviceSpec } from '../services/devices/device-manager'

type RealTransport = Exclude<(typeof deviceTransports)[number], 'simulator'>

/**
 * A simulator as the workstation holds it: whatever the matching driver takes as its transport,
 * and a start/stop for simulators that run a server (a camera, a vendor bridge). Each kind's
 * control surface (present a document, place a finger, drive a vehicle through) is on the object.
 */
export interface SimulatorHandle {
  readonly transport: unknown
  start?(): Promise<void>
  stop?(): Promise<void>
}

interface DriverWiring {
  /** The one real transport this driver speaks over. */
  transport: RealTransport
  /** Its simulator, on the device side of the same wire; `options` are the entry's simulator settings (never the driver's). */
  simulator: (config: Record<string, unknown>, options: Record<string, unknown>) => SimulatorHandle
}

const pathOf = (c: Record<string, unknown>) => (typeof c.path === 'string' ? { path: c.path } : {})
const anprFormatOf = (o: Record<string, unknown>) => (o.format === 'axis' ? 'axis' : 'hikvision-isapi')
const numberOr = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback)

/** How each driver is connected, for real and simulated. */
export const driverWiring: Readonly<Record<string, DriverWiring>> = {
  'serial-text-mrz': { transport: 'serial', simulator: (c) => new SimulatedSerialReader(pathOf(c)) },
  'rte-framed-mrz': { transport: 'serial', simulator: (c) => new SimulatedRteReader(pathOf(c)) },
  'hid-ocr-mrz': { transport: 'hid', simulator: (c) => new SimulatedHidReader(pathOf(c)) },
  'websocket-bridge-mrz': { transport: 'websocket', simulator: () => new SimulatedBridge() },
  'mjpeg-http-camera': { transport: 'http', simulator: (_c, o) => new SimulatedCamera({ fps: Math.min(30, Math.max(1, numberOr(o.fps, 25))) }) },
  'rtsp-ffmpeg-camera': { transport: 'process', simulator: () => ({ transport: null }) },
  'anpr-http-listener': { transport: 'http-listener', simulator: (_c, o) => new SimulatedAnprCamera({ format: anprFormatOf(o) }) },
  'r30x-fingerprint': {
    transport: 'serial',
    simulator: (c) => {
      const p = r30xPadConfigSchema.parse(c)
      return new SimulatedR30x({ path: p.path, address: p.address, password: p.password, baudRate: p.baudRate })
    },
  },
  'virtual-image-fingerprint': { transport: 'socket', simulator: () => new SimulatedImagePad() },
  'xray-drop-folder': {
    transport: 'folder',
    simulator: (c, o) => {
      // The wire is the folder: the simulated scanner writes into the folder the driver watches.
      const folder = String(c.folder)
      mkdirSync(folder, { recursive: true })
      return new SimulatedXrayScanner({ folder, lines: Math.min(8000, Math.max(500, numberOr(o.lines, 6000))), elements: Math.min(4000, Math.max(200, numberOr(o.elements, 2000))) })
    },
  },
}

const realTransports: Record<RealTransport, () => unknown> = {
  serial: osSerialBinding,
  hid: () => nodeHidTransport(),
  websocket: wsBridgeConnector,
  http: nodeHttpConnector,
  'http-listener': () => nodeHttpServerFactory,
  socket: netPadSocketTransport,
  folder: () => nodeDropFolderFs,
  process: () => nodeSpawner,
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
        /** Settings of the simulator behind a `simulator` transport (frame rate, vendor format): never the driver's. */
        simulator: z.record(z.string(), z.unknown()).optional(),
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
  /** Simulators by device id, with their device's kind: the simulator panel's and the scenarios' controls. */
  simulators: Map<string, { kind: DeviceKind; sim: SimulatorHandle }>
}

/**
 * `${dataDir}` in a string setting is the workstation's data folder, so a simulated drop folder
 * can live there without an absolute path in the shipped configuration.
 */
export function expandPlaceholders(config: Record<string, unknown>, places: { dataDir: string }): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === 'string' ? v.replaceAll('${dataDir}', places.dataDir) : v]))
}

export function buildDevices(config: DeviceConfigFile, places: { dataDir: string; simulatorsOnly?: boolean } = { dataDir: '' }): BuiltDevices {
  // A training workstation never opens a real device: refused before any transport exists.
  const real = places.simulatorsOnly ? config.devices.filter((d) => d.transport !== 'simulator') : []
  if (real.length > 0) throw new DeviceConfigError(`Training uses simulated devices only: ${real.map((d) => `${d.id} cannot connect over ${d.transport}`).join('; ')}.`)
  const simulators = new Map<string, { kind: DeviceKind; sim: SimulatorHandle }>()
  const specs = config.devices.map((entry): DeviceSpec => {
    const d = { ...entry, config: expandPlaceholders(entry.config, places) }
    const wiring = driverWiring[d.driver]!
    let transport: unknown
    if (d.transport === 'simulator') {
      const sim = wiring.simulator(d.config, d.simulator ?? {})
      simulators.set(d.id, { kind: driverRegistry[d.driver]!.kind, sim })
      transport = sim.transport
    } else {
      transport = realTransports[wiring.transport]()
    }
    return { id: d.id, driver: driverRegistry[d.driver]!, config: d.config, transport, simulated: d.transport === 'simulator' }
  })
  return { specs, simulators }
}

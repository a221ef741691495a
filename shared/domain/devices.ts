import { z } from 'zod'

export const deviceKinds = ['document-reader', 'fingerprint', 'camera', 'anpr', 'xray'] as const
export type DeviceKind = (typeof deviceKinds)[number]

/**
 * Home Assistant's split: transient faults are retried, needs-operator faults
 * tell a person what to do, fatal faults are configuration errors.
 */
export const deviceErrorKinds = ['transient', 'needs-operator', 'fatal'] as const
export type DeviceErrorKind = (typeof deviceErrorKinds)[number]

export const deviceStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(deviceKinds),
  driver: z.string(),
  displayName: z.string(),
  simulated: z.boolean(),
  state: z.enum(['connecting', 'online', 'offline']),
  problem: z
    .object({ kind: z.enum(deviceErrorKinds), code: z.string(), detail: z.string() })
    .nullable(),
  /** When the DeviceManager will try to reconnect (ms since epoch), if it will. */
  retryAt: z.number().nullable(),
  /** What the device says it is doing, for devices that report it (a full-page reader: waiting, reading). */
  activity: z.enum(['waiting', 'reading', 'idle']).nullable(),
})
export type DeviceStatus = z.infer<typeof deviceStatusSchema>

export const driverInfoSchema = z.object({
  id: z.string(),
  kind: z.enum(deviceKinds),
  displayName: z.string(),
  capabilities: z.array(z.string()),
  /** The real connection it uses (besides `simulator`). */
  transport: z.enum(['serial', 'hid', 'websocket', 'http', 'http-listener', 'socket', 'folder', 'process']),
})
export type DriverInfo = z.infer<typeof driverInfoSchema>

/** How a device is reached: serial port, USB HID, a vendor bridge's WebSocket, an HTTP stream it serves, HTTP posts it sends us, a socket, a drop folder, a helper process (ffmpeg); or its simulator. */
export const deviceTransports = ['serial', 'hid', 'websocket', 'http', 'http-listener', 'socket', 'folder', 'process', 'simulator'] as const

export const deviceEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  driver: z.string().max(64),
  transport: z.enum(deviceTransports),
  config: z.record(z.string(), z.unknown()),
  simulator: z.record(z.string(), z.unknown()).optional(),
})
export type DeviceEntry = z.infer<typeof deviceEntrySchema>

export const deviceConfigurationSchema = z.object({
  mode: z.enum(['simulated', 'operational']),
  lane: z.string(),
  devices: z.array(deviceEntrySchema),
})
export type DeviceConfiguration = z.infer<typeof deviceConfigurationSchema>

export const serialPortInfoSchema = z.object({
  path: z.string(),
  manufacturer: z.string().nullable(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
  simulated: z.boolean(),
})
export type SerialPortInfo = z.infer<typeof serialPortInfoSchema>

/** What a technician's "test read" shows: the bytes as they came, and what the driver made of them. */
export const deviceReadingSchema = z.object({
  deviceId: z.string(),
  at: z.number(),
  type: z.string(),
  /** Raw bytes, hex, at most 4 KiB. */
  rawHex: z.string(),
  rawLength: z.number().int(),
  lines: z.array(z.string()),
  reason: z.string().nullable(),
})
export type DeviceReading = z.infer<typeof deviceReadingSchema>

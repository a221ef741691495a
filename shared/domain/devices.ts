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
})
export type DeviceStatus = z.infer<typeof deviceStatusSchema>

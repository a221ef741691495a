// What every serial document-reader driver shares: the line-settings part of
// its config schema, opening a SerialPortStream on an injected binding, and
// turning an open failure into a DeviceError the DeviceManager can act on.
import { SerialPortStream } from '@serialport/stream'
import type { BindingInterface } from '@serialport/bindings-interface'
import { z } from 'zod'
import { DeviceError } from '../core/device-error'

/** Port and line settings, for `z.object({ ...serialLineSettingsShape, … })`. */
export const serialLineSettingsShape = {
  path: z.string().min(1),
  baudRate: z.number().int().positive().default(9600),
  dataBits: z.union([z.literal(5), z.literal(6), z.literal(7), z.literal(8)]).default(8),
  parity: z.enum(['none', 'even', 'odd', 'mark', 'space']).default('none'),
  stopBits: z.union([z.literal(1), z.literal(1.5), z.literal(2)]).default(1),
}

export interface SerialLineSettings {
  path: string
  baudRate: number
  dataBits: 5 | 6 | 7 | 8
  parity: 'none' | 'even' | 'odd' | 'mark' | 'space'
  stopBits: 1 | 1.5 | 2
}

/** Opens the port, or rejects with a classified DeviceError. */
export async function openSerialPort(c: SerialLineSettings, binding: BindingInterface): Promise<SerialPortStream> {
  const port = new SerialPortStream({
    binding,
    path: c.path,
    baudRate: c.baudRate,
    dataBits: c.dataBits,
    parity: c.parity,
    stopBits: c.stopBits,
    autoOpen: false,
  })
  await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(classifySerialOpenError(c.path, err)) : resolve())))
  return port
}

export function classifySerialOpenError(path: string, err: Error): DeviceError {
  const message = err.message
  if (/no such file|not found|ENOENT|cannot open/i.test(message)) {
    return new DeviceError('needs-operator', 'reader-not-connected', `No reader on ${path}: check the cable. (${message})`)
  }
  if (/permission|EACCES/i.test(message)) {
    return new DeviceError('fatal', 'port-permission-denied', `No permission to open ${path}: add the user to the dialout group. (${message})`)
  }
  if (/busy|locked|EBUSY/i.test(message)) {
    return new DeviceError('transient', 'port-busy', `${path} is in use by another program. (${message})`)
  }
  if (/baud|invalid|unsupported/i.test(message)) {
    return new DeviceError('fatal', 'bad-serial-settings', `${path} rejected the serial settings. (${message})`)
  }
  return new DeviceError('transient', 'open-failed', `Could not open ${path}. (${message})`)
}

/** The reader went away while open: always needs a person (cable, power). */
export function serialDisconnectedError(path: string, midRead: boolean, err: Error | null): DeviceError {
  return new DeviceError(
    'needs-operator',
    midRead ? 'reader-disconnected-mid-read' : 'reader-disconnected',
    `Reader on ${path} disconnected${midRead ? ' during a read' : ''}${err ? `: ${err.message}` : ''}`,
  )
}

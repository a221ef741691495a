// Shared by the driver-vs-simulator tests.
import type { Device, DocumentReaderEvent, Logger } from '../../drivers/core/driver'
import type { DeviceError } from '../../drivers/core/device-error'

export const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
export const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']
export const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6']
/** TD3 with the document-number check digit wrong. */
export const TD3_BAD = [TD3[0]!, TD3[1]!.replace('L898902C36', 'L898902C37')]

export { until, sleep } from '../support/wait'

export interface LogLine {
  level: 'info' | 'warn' | 'error'
  message: string
  fields?: Record<string, unknown>
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = []
  return {
    lines,
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  }
}

/** A clock the test moves (for the 2-second duplicate window). */
export function manualClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start
  return { now: () => t, advance: (ms) => void (t += ms) }
}

export function collect(device: Device<DocumentReaderEvent>) {
  const readings: DocumentReaderEvent[] = []
  const problems: DeviceError[] = []
  device.on('reading', (r) => readings.push(r))
  device.on('problem', (e) => problems.push(e))
  return {
    readings,
    problems,
    documents: () => readings.filter((r) => r.type === 'document'),
    incompletes: () => readings.filter((r) => r.type === 'incomplete'),
  }
}

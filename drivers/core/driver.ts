// The driver contract: a descriptor (what a driver is, as data) and the
// device it creates. Transports are injected so a simulator can stand in
// at the wire level and the protocol code under test is the production code.
import type { z } from 'zod'
import type { DeviceKind } from '../../shared/domain/devices'
import type { DeviceError } from './device-error'

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }

/** What a device can do, declared as data so the UI and services can ask. */
export type Capability = 'mrz-lines' | 'inter-byte-timeout' | 'configurable-serial'

/** Readings a document reader reports. */
export type DocumentReaderEvent =
  | { type: 'document'; lines: string[]; raw: Uint8Array; checkDigitsPassed: boolean; at: number }
  | { type: 'incomplete'; reason: 'partial-line' | 'noise'; raw: Uint8Array; at: number }

export interface DeviceEvents<R> {
  reading: (reading: R) => void
  /** The device failed after opening (unplugged mid-read, I/O error). */
  problem: (error: DeviceError) => void
}

export interface Device<R = unknown> {
  open(): Promise<void>
  close(): Promise<void>
  on<E extends keyof DeviceEvents<R>>(event: E, listener: DeviceEvents<R>[E]): void
  off<E extends keyof DeviceEvents<R>>(event: E, listener: DeviceEvents<R>[E]): void
}

export interface DriverDescriptor<Cfg, Transport, R> {
  id: string
  kind: DeviceKind
  displayName: string
  capabilities: readonly Capability[]
  configSchema: z.ZodType<Cfg>
  create(ctx: { config: Cfg; transport: Transport; log: Logger; now: () => number }): Device<R>
}

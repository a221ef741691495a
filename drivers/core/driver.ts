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
export type Capability =
  | 'mrz-lines'
  | 'inter-byte-timeout'
  | 'configurable-serial'
  /** The wire protocol frames every read and checks it (length, markers, BCC): corrupt frames are reported, never guessed at. */
  | 'framed-protocol'
  /** The device is a USB HID device (opened by path or vendor/product id). */
  | 'usb-hid'
  /** The reader reports its own state (waiting for a document, reading, idle) as `status` events. */
  | 'reader-status'
  /** The reader also captures page images (visible/IR/UV); only their metadata is passed on. */
  | 'page-images'
  /** The reader sits behind a vendor bridge process the workstation connects to over the network (loopback). */
  | 'network-bridge'
  /** Fingerprint pads: one finger at a time; 4-4-2 slaps; the pad matches on the device; it reports a finger placed / lifted. */
  | 'single-finger'
  | 'slap-4-4-2'
  | 'on-device-matching'
  | 'finger-detection'
  /** Cameras: a live MJPEG stream; still snapshots. */
  | 'mjpeg-stream'
  | 'snapshot'
  /** ANPR: plate events (NEW / UPDATE / LOST or one per passage), with plate and scene pictures. */
  | 'plate-events'
  | 'plate-images'
  /** X-ray: scans delivered into a drop folder (16-bit planes + sidecar); dual-energy planes. */
  | 'drop-folder'
  | 'dual-energy'

/** Why a read did not produce a document. */
export type IncompleteReason =
  /** A line or frame was cut short (document pulled out, transfer cut). */
  | 'partial-line'
  /** Bytes that are not a read at all (line noise, wrong line settings). */
  | 'noise'
  /** A framed protocol's frame arrived whole but is corrupt: wrong BCC, length or markers, or a message failing its schema. */
  | 'bad-frame'
  /** The reader (or its vendor bridge) reported an error instead of a read. */
  | 'reader-error'

/** Metadata of page images a full-page reader captured; the image data itself is not passed on (yet). */
export interface DocumentImagesMeta {
  count: number
  /** Light sources / kinds as the vendor names them, e.g. `visible`, `ir`, `uv`, `face`. */
  types: string[]
}

/** Readings a document reader reports. */
export type DocumentReaderEvent =
  | {
      type: 'document'
      lines: string[]
      raw: Uint8Array
      checkDigitsPassed: boolean
      at: number
      /** Full-page readers only. */
      images?: DocumentImagesMeta
    }
  | {
      type: 'incomplete'
      reason: IncompleteReason
      raw: Uint8Array
      at: number
      /** Machine-readable detail for logs and diagnostics, e.g. `bcc-mismatch`, `invalid-json`, a vendor error code. */
      detail?: string
    }

/** A reader's own state, for readers that report it (capability `reader-status`). */
export type DocumentReaderStatus = 'waiting' | 'reading' | 'idle'

/**
 * A reader's state change. Emitted on the device's `status` event, NOT on
 * `reading`: consumers of `reading` (electron/app/checkpoint-app.ts) treat
 * every non-document reading as a failed read, so a status there would show
 * the officer "unreadable" each time the reader says it is waiting.
 */
export interface DocumentReaderStatusEvent {
  type: 'status'
  status: DocumentReaderStatus
  at: number
}

/** Events of a document reader that also reports its state. */
export interface DocumentReaderDeviceEvents extends DeviceEvents<DocumentReaderEvent> {
  status: (event: DocumentReaderStatusEvent) => void
}

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

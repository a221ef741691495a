// libfprint's `virtual_image` socket framing (libfprint/drivers/virtual-image.c,
// tests/virtual-image.py; fingerprint.md §1.2), encoder and streaming
// decoder. Pure: bytes in, events out; no timers, no I/O.
//
// Every message starts with two native-endian int32s `a, b` (little-endian
// here: libfprint's tests pack them with Python's `struct.pack('ii', …)` on
// x86 and ARM hosts, both little-endian):
//   a ≥ 0, b ≥ 0  an image a wide and b high, followed by exactly a × b bytes
//                 of 8-bit grey, row-major
//   -1, code      retry (FpDeviceRetry: 0 general, 1 too short, 2 centre finger, 3 remove finger)
//   -2, code      error (FpDeviceError, 0 general … 11 too hot)
//   -3, 0|1       automatic finger-on/off reports around images (on by default)
//   -4, 0|1       finger present / lifted
//   -5, any       the device was removed (newer libfprint; fingerprint.md §1.2)
// Anything else is a client not playing fair: libfprint drops the connection.
//
// The stream has no markers or checksums, so a frame whose header disagrees
// with the bytes that follow cannot be resynchronised: every rejection below
// leaves the decoder `broken` until the connection is dropped and a new one
// `reset`s it. Stricter than libfprint on purpose (it checks only > 5000):
// - a zero width or height, or a side above `maxSide` (4096 by default), is
//   rejected;
// - command values outside their documented ranges are rejected, so pixel
//   bytes misread as a header are caught rather than obeyed;
// - an image is only `complete` when the bytes after it form a valid header,
//   or the line goes quiet (`flush`) exactly at its end: more bytes than its
//   header announced (a height that disagrees with the data) make the next
//   "header" invalid, and the image is rejected as `size-mismatch`.

export const VIRTUAL_IMAGE_HEADER_BYTES = 8
/** Largest side accepted by default; libfprint's own limit is 5000. */
export const VIRTUAL_IMAGE_MAX_SIDE = 4096

export const virtualImageCommand = {
  retry: -1,
  error: -2,
  autoFinger: -3,
  fingerStatus: -4,
  removed: -5,
} as const

/** libfprint's FpDeviceRetry. */
export const fpDeviceRetry = ['general', 'too-short', 'center-finger', 'remove-finger'] as const
/** libfprint's FpDeviceError. */
export const fpDeviceError = [
  'general',
  'not-supported',
  'not-open',
  'already-open',
  'busy',
  'proto',
  'data-invalid',
  'data-not-found',
  'data-full',
  'data-duplicate',
  'removed',
  'too-hot',
] as const

export type VirtualImageEvent =
  | { type: 'image'; width: number; height: number; pixels: Uint8Array }
  | { type: 'retry'; retry: (typeof fpDeviceRetry)[number] }
  | { type: 'device-error'; error: (typeof fpDeviceError)[number] }
  | { type: 'auto-finger'; enabled: boolean }
  | { type: 'finger'; present: boolean }
  | { type: 'removed' }
  /** A header (or the bytes after an image) that cannot be right: the connection must be dropped. */
  | { type: 'bad-frame'; detail: 'zero-size' | 'size-out-of-range' | 'unknown-command' | 'size-mismatch'; raw: Uint8Array }
  /** The line went quiet part-way through a frame. */
  | { type: 'truncated'; expectedBytes: number; receivedBytes: number }

export function encodeVirtualImage(image: { width: number; height: number; pixels: Uint8Array }): Uint8Array {
  if (image.pixels.length !== image.width * image.height) throw new RangeError(`${image.width}×${image.height} needs ${image.width * image.height} bytes, got ${image.pixels.length}`)
  const out = new Uint8Array(VIRTUAL_IMAGE_HEADER_BYTES + image.pixels.length)
  out.set(encodeVirtualImageHeader(image.width, image.height), 0)
  out.set(image.pixels, VIRTUAL_IMAGE_HEADER_BYTES)
  return out
}

/** Just the two int32s: for commands, and for fault injection. */
export function encodeVirtualImageHeader(a: number, b: number): Uint8Array {
  const out = new Uint8Array(VIRTUAL_IMAGE_HEADER_BYTES)
  const view = new DataView(out.buffer)
  view.setInt32(0, a, true)
  view.setInt32(4, b, true)
  return out
}

export interface VirtualImageDecoderOptions {
  maxSide?: number
}

type Header =
  | { kind: 'image'; width: number; height: number }
  | { kind: 'event'; event: VirtualImageEvent }
  | { kind: 'bad'; detail: 'zero-size' | 'size-out-of-range' | 'unknown-command' }

export class VirtualImageDecoder {
  private readonly maxSide: number
  private header = new Uint8Array(VIRTUAL_IMAGE_HEADER_BYTES)
  private headerFilled = 0
  private image: { width: number; height: number; pixels: Uint8Array; filled: number } | null = null
  /** A whole image waiting for proof that it ended where its header said. */
  private complete: VirtualImageEvent | null = null
  private isBroken = false

  constructor(options: VirtualImageDecoderOptions = {}) {
    this.maxSide = options.maxSide ?? VIRTUAL_IMAGE_MAX_SIDE
  }

  push(bytes: Uint8Array): VirtualImageEvent[] {
    const out: VirtualImageEvent[] = []
    let i = 0
    while (i < bytes.length && !this.isBroken) {
      if (this.image) {
        const n = Math.min(bytes.length - i, this.image.pixels.length - this.image.filled)
        this.image.pixels.set(bytes.subarray(i, i + n), this.image.filled)
        this.image.filled += n
        i += n
        if (this.image.filled === this.image.pixels.length) {
          const { width, height, pixels } = this.image
          this.complete = { type: 'image', width, height, pixels }
          this.image = null
        }
        continue
      }
      const n = Math.min(bytes.length - i, VIRTUAL_IMAGE_HEADER_BYTES - this.headerFilled)
      this.header.set(bytes.subarray(i, i + n), this.headerFilled)
      this.headerFilled += n
      i += n
      if (this.headerFilled === VIRTUAL_IMAGE_HEADER_BYTES) this.onHeader(out)
    }
    return out
  }

  /** The line went quiet: an image that ended exactly here is complete; a frame still open was cut short. */
  flush(): VirtualImageEvent[] {
    if (this.isBroken) return []
    const out: VirtualImageEvent[] = []
    if (this.complete && this.headerFilled > 0) {
      this.fail(out, 'size-mismatch', this.header.slice(0, this.headerFilled))
      return out
    }
    if (this.complete) out.push(this.complete)
    this.complete = null
    if (this.image) {
      out.push({ type: 'truncated', expectedBytes: VIRTUAL_IMAGE_HEADER_BYTES + this.image.pixels.length, receivedBytes: VIRTUAL_IMAGE_HEADER_BYTES + this.image.filled })
      this.isBroken = true
    } else if (this.headerFilled > 0) {
      out.push({ type: 'truncated', expectedBytes: VIRTUAL_IMAGE_HEADER_BYTES, receivedBytes: this.headerFilled })
      this.isBroken = true
    }
    return out
  }

  /** A new connection: forget everything. */
  reset(): void {
    this.headerFilled = 0
    this.image = null
    this.complete = null
    this.isBroken = false
  }

  /** A frame is open, or an image awaits confirmation. */
  get hasPending(): boolean {
    return !this.isBroken && (this.headerFilled > 0 || this.image !== null || this.complete !== null)
  }

  /** Bytes of a frame (not just a finished image) have arrived and the frame is not finished. */
  get midFrame(): boolean {
    return !this.isBroken && (this.headerFilled > 0 || this.image !== null)
  }

  /** After a rejected or cut-short frame nothing more can be trusted on this connection. */
  get broken(): boolean {
    return this.isBroken
  }

  private onHeader(out: VirtualImageEvent[]): void {
    const raw = this.header.slice()
    this.headerFilled = 0
    const parsed = this.parseHeader(raw)
    if (this.complete) {
      if (parsed.kind === 'bad') return this.fail(out, 'size-mismatch', raw)
      out.push(this.complete)
      this.complete = null
    }
    if (parsed.kind === 'bad') return this.fail(out, parsed.detail, raw)
    if (parsed.kind === 'event') return void out.push(parsed.event)
    this.image = { width: parsed.width, height: parsed.height, pixels: new Uint8Array(parsed.width * parsed.height), filled: 0 }
  }

  private parseHeader(raw: Uint8Array): Header {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength)
    const a = view.getInt32(0, true)
    const b = view.getInt32(4, true)
    if (a >= 0 && b >= 0) {
      if (a === 0 || b === 0) return { kind: 'bad', detail: 'zero-size' }
      if (a > this.maxSide || b > this.maxSide) return { kind: 'bad', detail: 'size-out-of-range' }
      return { kind: 'image', width: a, height: b }
    }
    const flag = b === 0 || b === 1 ? b === 1 : null
    switch (a) {
      case virtualImageCommand.retry:
        return fpDeviceRetry[b] ? { kind: 'event', event: { type: 'retry', retry: fpDeviceRetry[b] } } : { kind: 'bad', detail: 'unknown-command' }
      case virtualImageCommand.error:
        return fpDeviceError[b] ? { kind: 'event', event: { type: 'device-error', error: fpDeviceError[b] } } : { kind: 'bad', detail: 'unknown-command' }
      case virtualImageCommand.autoFinger:
        return flag === null ? { kind: 'bad', detail: 'unknown-command' } : { kind: 'event', event: { type: 'auto-finger', enabled: flag } }
      case virtualImageCommand.fingerStatus:
        return flag === null ? { kind: 'bad', detail: 'unknown-command' } : { kind: 'event', event: { type: 'finger', present: flag } }
      case virtualImageCommand.removed:
        return { kind: 'event', event: { type: 'removed' } }
      default:
        return { kind: 'bad', detail: a >= 0 ? 'size-out-of-range' : 'unknown-command' }
    }
  }

  private fail(out: VirtualImageEvent[], detail: Extract<VirtualImageEvent, { type: 'bad-frame' }>['detail'], raw: Uint8Array): void {
    this.complete = null
    this.image = null
    this.headerFilled = 0
    this.isBroken = true
    out.push({ type: 'bad-frame', detail, raw })
  }
}

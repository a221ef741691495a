// Access-IS style OCR/MSR readers over USB HID, encoder and decoder. Pure:
// reports in, frames out; no timers, no I/O.
//
// Facts (documents-and-readers.md §3 A; Access-IS AccessHIDInterface sample):
// - Each input report starts with a length byte: the count of payload bytes
//   that follow in this report. Bit 7 is a CTS flag, not part of the length.
//   The rest of the report is padding. A payload longer than one report
//   continues in the next reports.
// - Payload frames:  OCR/MRZ  1C 02 … 03 1D, lines separated by CR
//                    MSR      0E 02 [card type] … 03 0F
//                    barcode  1E 02 [symbology] … 03 1F
// - There is no checksum: a dropped or corrupted report can only be caught by
//   the framing and by the MRZ's own shape and check digits, which is why the
//   driver passes OCR lines through classifyMrzLines like every other reader.

import { OutsideFrameBytes } from './outside-frame-bytes'

export const HID_CTS_FLAG = 0x80
export const HID_LENGTH_MASK = 0x7f
const STX = 0x02
const ETX = 0x03
const CR = 0x0d
const LF = 0x0a

export type HidFrameKind = 'ocr' | 'msr' | 'barcode'

const FRAMES: Record<HidFrameKind, { start: number; end: number; typeByte: boolean; maxBytes: number }> = {
  ocr: { start: 0x1c, end: 0x1d, typeByte: false, maxBytes: 512 },
  msr: { start: 0x0e, end: 0x0f, typeByte: true, maxBytes: 1024 },
  barcode: { start: 0x1e, end: 0x1f, typeByte: true, maxBytes: 8192 },
}
const KIND_BY_START = new Map<number, HidFrameKind>(Object.entries(FRAMES).map(([k, f]) => [f.start, k as HidFrameKind]))
/** Garbage is reported as noise at the latest once this much has piled up. */
const MAX_GARBAGE_BYTES = 4096

export type HidOcrEvent =
  | { type: 'ocr'; lines: string[]; raw: Uint8Array }
  | { type: 'ignored'; kind: 'msr' | 'barcode'; raw: Uint8Array }
  | { type: 'error'; reason: 'bad-frame' | 'partial-line' | 'noise'; detail: string; raw: Uint8Array }

/** The OCR payload for these lines: 1C 02, the lines separated by CR, 03 1D. */
export function encodeOcrPayload(lines: readonly string[]): Uint8Array {
  return Uint8Array.from([0x1c, STX, ...Buffer.from(lines.join('\r'), 'latin1'), ETX, 0x1d])
}

export function encodeMsrPayload(cardType: number, data: string): Uint8Array {
  return Uint8Array.from([0x0e, STX, cardType, ...Buffer.from(data, 'latin1'), ETX, 0x0f])
}

export function encodeBarcodePayload(symbology: number, data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data
  return Uint8Array.from([0x1e, STX, symbology, ...bytes, ETX, 0x1f])
}

/** Splits a payload into input reports of `reportSize` bytes: length byte (+CTS), payload chunk, zero padding. */
export function encodeHidReports(payload: Uint8Array, options: { reportSize?: number; cts?: boolean } = {}): Uint8Array[] {
  const size = options.reportSize ?? 64
  const chunk = Math.min(size - 1, HID_LENGTH_MASK)
  const reports: Uint8Array[] = []
  for (let i = 0; i < payload.length; i += chunk) {
    const part = payload.subarray(i, i + chunk)
    const report = new Uint8Array(size)
    report[0] = part.length | (options.cts ? HID_CTS_FLAG : 0)
    report.set(part, 1)
    reports.push(report)
  }
  return reports
}

const isIdleByte = (b: number): boolean => b === 0x00

export class HidOcrDecoder {
  private buf: number[] = []
  /** Bytes between frames; after a rejected frame, its remains up to the next start are skipped, not reported as fresh noise. */
  private readonly outside = new OutsideFrameBytes(isIdleByte)

  /** One input report as read from the device (no report-id byte). */
  pushReport(report: Uint8Array): HidOcrEvent[] {
    if (report.length === 0) return []
    const length = report[0]! & HID_LENGTH_MASK
    if (length > report.length - 1) {
      // A report that claims more than it carries is corrupt; so is any frame it was part of.
      const out: HidOcrEvent[] = []
      this.emitGarbage(out)
      const raw = Uint8Array.from([...this.buf, ...report])
      this.buf = []
      this.outside.skippingRejected = true
      out.push({ type: 'error', reason: 'bad-frame', detail: 'report-length', raw })
      return out
    }
    return this.pushPayload(report.subarray(1, 1 + length))
  }

  /** Payload bytes (report headers already removed). */
  pushPayload(bytes: Uint8Array): HidOcrEvent[] {
    for (const b of bytes) this.buf.push(b)
    const out: HidOcrEvent[] = []
    this.drain(out)
    if (this.outside.size >= MAX_GARBAGE_BYTES) this.emitGarbage(out)
    return out
  }

  /** The device went quiet: a frame still open was cut off; pending garbage is noise. */
  flush(): HidOcrEvent[] {
    const out: HidOcrEvent[] = []
    if (this.buf.length > 0) {
      const opened = this.buf.length >= 2 && KIND_BY_START.has(this.buf[0]!) && this.buf[1] === STX
      if (opened) {
        this.emitGarbage(out)
        out.push({ type: 'error', reason: 'partial-line', detail: 'truncated', raw: Uint8Array.from(this.buf) })
      } else {
        this.outside.add(this.buf) // skipped if they are a rejected frame's remains
      }
      this.buf = []
    }
    this.emitGarbage(out)
    this.outside.skippingRejected = false
    return out
  }

  reset(): void {
    this.buf = []
    this.outside.reset()
  }

  get hasPending(): boolean {
    return this.buf.length > 0 || this.outside.hasNoise
  }

  private drain(out: HidOcrEvent[]): void {
    for (;;) {
      const start = this.findStart()
      if (start === 'wait') return
      if (start === -1) {
        this.toGarbage(this.buf.length)
        return
      }
      this.toGarbage(start)
      this.outside.skippingRejected = false
      const kind = KIND_BY_START.get(this.buf[0]!)!
      const result = this.scanFrame(kind)
      if (result.type === 'wait') return
      if (result.type === 'interrupted') {
        this.reject(out, 'partial-line', 'interrupted', result.at, false)
        continue
      }
      if (result.type === 'bad') {
        this.reject(out, 'bad-frame', result.detail, result.at, true)
        continue
      }
      const raw = Uint8Array.from(this.buf.slice(0, result.end))
      this.buf = this.buf.slice(result.end)
      this.emitGarbage(out)
      if (kind === 'ocr') {
        const text = Buffer.from(raw.subarray(2, raw.length - 2)).toString('latin1')
        const lines = text
          .split(/\r\n|\r|\n/)
          .map((l) => l.trim())
          .filter((l) => l.length > 0)
        out.push({ type: 'ocr', lines, raw })
      } else {
        out.push({ type: 'ignored', kind, raw })
      }
    }
  }

  /** Index of the first start-marker pair, -1 if none, 'wait' if the buffer ends on a lone start byte. */
  private findStart(): number | 'wait' {
    for (let i = 0; i < this.buf.length; i++) {
      if (!KIND_BY_START.has(this.buf[i]!)) continue
      if (i + 1 >= this.buf.length) {
        this.toGarbage(i)
        return 'wait'
      }
      if (this.buf[i + 1] === STX) return i
    }
    return -1
  }

  /** Where the frame at buf[0] ends (exclusive), or why it cannot. */
  private scanFrame(kind: HidFrameKind):
    | { type: 'wait' }
    | { type: 'complete'; end: number }
    | { type: 'interrupted'; at: number }
    | { type: 'bad'; detail: string; at: number } {
    const spec = FRAMES[kind]
    const first = spec.typeByte ? 3 : 2
    for (let i = first; i < this.buf.length; i++) {
      if (i >= spec.maxBytes) return { type: 'bad', detail: 'too-long', at: i }
      const b = this.buf[i]!
      if (b === ETX) {
        if (i + 1 >= this.buf.length) return { type: 'wait' }
        if (this.buf[i + 1] === spec.end) return { type: 'complete', end: i + 2 }
        if (kind === 'ocr') return { type: 'bad', detail: 'end-marker', at: i + 1 }
        continue // binary barcode/MSR data may hold 0x03; only `03 end` closes it
      }
      if (kind !== 'ocr') continue
      if (b === CR || b === LF || (b >= 0x20 && b <= 0x7e)) continue
      if (KIND_BY_START.has(b) && (i + 1 >= this.buf.length || this.buf[i + 1] === STX)) {
        if (i + 1 >= this.buf.length) return { type: 'wait' }
        return { type: 'interrupted', at: i }
      }
      return { type: 'bad', detail: 'invalid-byte', at: i }
    }
    if (this.buf.length >= spec.maxBytes) return { type: 'bad', detail: 'too-long', at: this.buf.length - 1 }
    return { type: 'wait' }
  }

  /** Reports buf[0, at) (through `at` when `inclusive`) as a failed frame and drops it. */
  private reject(out: HidOcrEvent[], reason: 'bad-frame' | 'partial-line', detail: string, at: number, inclusive: boolean): void {
    const end = inclusive ? at + 1 : at
    this.emitGarbage(out)
    out.push({ type: 'error', reason, detail, raw: Uint8Array.from(this.buf.slice(0, end)) })
    this.buf = this.buf.slice(end)
    if (reason === 'bad-frame') this.outside.skippingRejected = true
  }

  private toGarbage(n: number): void {
    if (n <= 0) return
    this.outside.add(this.buf, n)
    this.buf = this.buf.slice(n)
  }

  private emitGarbage(out: HidOcrEvent[]): void {
    const raw = this.outside.take()
    if (raw) out.push({ type: 'error', reason: 'noise', detail: 'bytes-outside-frame', raw })
  }
}

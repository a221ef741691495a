// 3M / Thales "RTE Native" framing (RTE6701-OEM and relatives), encoder and
// decoder. Pure: bytes in, frames out; no timers, no I/O.
//
//   SOH len_lo len_hi 'O' 'U' STX flag <line1> CR <line2> CR <line3> CR ETX BCC
//
// Facts (documents-and-readers.md §3 A; RTE6701-OEM Integration Manual §9.1):
// - `len` is a 14-significant-bit little-endian word; the top two bits of
//   len_hi are not part of it and are masked off.
// - 'O' = optical reader, 'U' = unsolicited. The reader sends one message per
//   read and accepts no commands.
// - The optical data is always three lines, each ending in CR; the bottom line
//   is always line 3, so a 2-line passport arrives as CR line2 CR line3 CR.
// - Lines are padded with `_` to 30 or 44 characters; longer lines are cut.
//
// Decisions where the public sources stop short (see the report and
// RteLengthConvention):
// - LENGTH: the manual says the word equals "the number of bytes (including
//   check…" and the public copy is cut off there. We read it as the whole
//   block, SOH through BCC inclusive: the phrase counts bytes of the block
//   and explicitly includes the check character, which only makes sense if
//   it counts to the end of the block. The other plausible reading (the bytes
//   after the length word) is available as `lengthConvention:
//   'after-length-word'` so a site can switch without a code change.
// - BCC: XOR of every byte after SOH up to and including ETX. That is the
//   ISO 1745 basic-mode convention most SOH/STX/ETX/BCC protocols follow
//   (the leading control character is excluded, the ETX is included), and
//   XOR is the usual "BCC" in this family of readers.
// - `_` padding marks characters the reader did not deliver. It is stripped
//   from the END of a line only; an `_` inside a line stays, so that line
//   fails the MRZ charset and the read is reported incomplete rather than
//   completed with a guessed `<` (mapping `_`→`<` could turn a cut-off name,
//   which no check digit covers, into a "valid" read).

import { OutsideFrameBytes } from './outside-frame-bytes'

export const SOH = 0x01
export const STX = 0x02
export const ETX = 0x03
export const CR = 0x0d
/** Device byte 'O': the optical (MRZ) reader. */
export const RTE_DEVICE_OPTICAL = 0x4f
/** Type byte 'U': an unsolicited message. */
export const RTE_TYPE_UNSOLICITED = 0x55

/** Which bytes the 14-bit length word counts. */
export type RteLengthConvention =
  /** SOH through BCC inclusive (default; see the header comment). */
  | 'whole-block'
  /** Every byte after the two length bytes, through BCC. */
  | 'after-length-word'

export interface RteFrameOptions {
  lengthConvention?: RteLengthConvention
  /** Frames claiming more bytes than this are rejected as corrupt (3 lines of 44 need 147). */
  maxFrameBytes?: number
}

const HEADER_BYTES = 6 // SOH len_lo len_hi 'O' 'U' STX
/** Header, flag, three empty CR-terminated lines, ETX, BCC. */
const MIN_FRAME_BYTES = HEADER_BYTES + 1 + 3 + 2
const LENGTH_MASK = 0x3fff
const DEFAULT_MAX_FRAME_BYTES = 1024
/** Garbage is reported as noise at the latest once this much has piled up (a wire that never goes quiet). */
const MAX_GARBAGE_BYTES = 4096

export type RteDecoderEvent =
  | {
      type: 'frame'
      flag: number
      /** The three lines exactly as sent (padding included). */
      lines: [string, string, string]
      /** The MRZ candidate: padding stripped, the blank top line of a 2-line document dropped. */
      mrz: string[]
      raw: Uint8Array
    }
  | { type: 'error'; reason: 'bad-frame' | 'partial-line' | 'noise'; detail: string; raw: Uint8Array }

/** XOR of bytes[from, to). */
export function xorBcc(bytes: ArrayLike<number>, from = 0, to = bytes.length): number {
  let bcc = 0
  for (let i = from; i < to; i++) bcc ^= bytes[i]!
  return bcc
}

/** The frame's total size in bytes for a given length word. */
function frameSize(lengthWord: number, convention: RteLengthConvention): number {
  return convention === 'whole-block' ? lengthWord : lengthWord + 3
}

function lengthWordFor(totalBytes: number, convention: RteLengthConvention): number {
  return convention === 'whole-block' ? totalBytes : totalBytes - 3
}

/**
 * The three lines a reader sends for an MRZ: the bottom MRZ line is line 3,
 * blank lines above a 2-line document, each line padded with `_` to 30 or 44
 * characters and cut at 44.
 */
export function rteOpticalLines(mrz: readonly string[]): [string, string, string] {
  const last3 = mrz.slice(-3)
  while (last3.length < 3) last3.unshift('')
  const pad = (l: string): string => (l.length === 0 ? '' : l.length <= 30 ? l.padEnd(30, '_') : l.slice(0, 44).padEnd(44, '_'))
  return [pad(last3[0]!), pad(last3[1]!), pad(last3[2]!)]
}

/** The MRZ candidate in three received lines: see the header comment on padding and line 3. */
export function rteMrzLines(lines: readonly string[]): string[] {
  const stripped = lines.map((l) => l.replace(/_+$/, ''))
  while (stripped.length > 0 && stripped[0] === '') stripped.shift()
  // Three lines are a TD1 only when all are 30 long; otherwise the bottom two are the MRZ.
  if (stripped.length === 3 && !stripped.every((l) => l.length === 30)) stripped.shift()
  return stripped
}

export interface RteEncodeOptions {
  flag?: number
  lengthConvention?: RteLengthConvention
  /** Send exactly these three lines (no padding/layout): for fixtures and fault injection. */
  rawLines?: readonly [string, string, string]
}

/** A complete RTE optical frame for these MRZ lines, laid out as the reader does. */
export function encodeRteFrame(mrz: readonly string[], options: RteEncodeOptions = {}): Uint8Array {
  const lines = options.rawLines ?? rteOpticalLines(mrz)
  const text = Buffer.from(lines.map((l) => `${l}\r`).join(''), 'latin1')
  const total = HEADER_BYTES + 1 + text.length + 2
  const word = lengthWordFor(total, options.lengthConvention ?? 'whole-block')
  const frame = new Uint8Array(total)
  frame.set([SOH, word & 0xff, (word >> 8) & 0x3f, RTE_DEVICE_OPTICAL, RTE_TYPE_UNSOLICITED, STX, options.flag ?? 0x00], 0)
  frame.set(text, HEADER_BYTES + 1)
  frame[total - 2] = ETX
  frame[total - 1] = xorBcc(frame, 1, total - 1)
  return frame
}

/** Bytes between frames that are not worth calling noise (idle line, trailing CR/LF after a BCC). */
const isIdleByte = (b: number): boolean => b === 0x00 || b === 0x0a || b === 0x0d || b === 0x20

/**
 * Reassembles RTE frames from bytes arriving in any fragmentation. Bytes
 * outside a frame are noise; a frame whose length, ETX position, BCC or data
 * layout is wrong is a `bad-frame` and the decoder resynchronises on the next
 * SOH; a frame cut off by a new one, or by silence (`flush`), is a
 * `partial-line`.
 */
export class RteFrameDecoder {
  private buf: number[] = []
  /** Bytes between frames; after a rejected frame, its remains up to the next start are skipped, not reported as fresh noise. */
  private readonly outside = new OutsideFrameBytes(isIdleByte)
  private readonly convention: RteLengthConvention
  private readonly maxFrameBytes: number

  constructor(options: RteFrameOptions = {}) {
    this.convention = options.lengthConvention ?? 'whole-block'
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
  }

  push(bytes: Uint8Array): RteDecoderEvent[] {
    for (const b of bytes) this.buf.push(b)
    const out: RteDecoderEvent[] = []
    this.drain(out)
    if (this.outside.size >= MAX_GARBAGE_BYTES) this.emitGarbage(out)
    return out
  }

  /** The line went quiet: a frame still open is cut off; pending garbage is noise. */
  flush(): RteDecoderEvent[] {
    const out: RteDecoderEvent[] = []
    while (this.buf.length > 0) {
      // buf starts with SOH here: whatever it began never finished.
      const next = this.buf.indexOf(SOH, 1)
      const cut = next === -1 ? this.buf.length : next
      this.emitGarbage(out)
      out.push({ type: 'error', reason: 'partial-line', detail: 'truncated', raw: Uint8Array.from(this.buf.slice(0, cut)) })
      this.buf = this.buf.slice(cut)
      this.drain(out)
    }
    this.emitGarbage(out)
    return out
  }

  reset(): void {
    this.buf = []
    this.outside.reset()
  }

  get hasPending(): boolean {
    return this.buf.length > 0 || this.outside.hasNoise
  }

  private drain(out: RteDecoderEvent[]): void {
    for (;;) {
      const start = this.buf.indexOf(SOH)
      if (start === -1) {
        this.toGarbage(this.buf.length)
        return
      }
      this.toGarbage(start)
      this.outside.skippingRejected = false
      // buf[0] is SOH. Check as much of the header as has arrived.
      const header = this.headerState()
      if (header === 'wait') return
      if (header === 'not-a-frame') {
        this.toGarbage(1) // that SOH was noise; look for the next one
        continue
      }
      const word = (this.buf[1]! | (this.buf[2]! << 8)) & LENGTH_MASK
      const total = frameSize(word, this.convention)
      if (total < MIN_FRAME_BYTES || total > this.maxFrameBytes) {
        this.reject(out, 'bad-frame', 'length-out-of-range', HEADER_BYTES, 1)
        this.outside.skippingRejected = true
        continue
      }
      // A new SOH inside the text means this frame was cut off and another began.
      const textEnd = Math.min(this.buf.length, total - 2)
      const interrupted = this.buf.indexOf(SOH, HEADER_BYTES + 1)
      if (interrupted !== -1 && interrupted < textEnd) {
        this.reject(out, 'partial-line', 'interrupted', interrupted, interrupted)
        continue
      }
      if (this.buf.length < total) return
      const frame = Uint8Array.from(this.buf.slice(0, total))
      if (frame[total - 2] !== ETX) {
        // The length is wrong (or bytes were lost): resynchronise just after this SOH.
        this.reject(out, 'bad-frame', 'etx-missing', total, 1)
        this.outside.skippingRejected = true
        continue
      }
      if (xorBcc(frame, 1, total - 1) !== frame[total - 1]) {
        this.reject(out, 'bad-frame', 'bcc-mismatch', total, total)
        continue
      }
      const lines = parseText(frame.subarray(HEADER_BYTES + 1, total - 2))
      this.emitGarbage(out)
      this.buf = this.buf.slice(total)
      if (!lines) {
        out.push({ type: 'error', reason: 'bad-frame', detail: 'data-layout', raw: frame })
        continue
      }
      out.push({ type: 'frame', flag: frame[HEADER_BYTES]!, lines, mrz: rteMrzLines(lines), raw: frame })
    }
  }

  private headerState(): 'ok' | 'wait' | 'not-a-frame' {
    const expect: Array<[number, number]> = [
      [3, RTE_DEVICE_OPTICAL],
      [4, RTE_TYPE_UNSOLICITED],
      [5, STX],
    ]
    for (const [i, v] of expect) {
      if (this.buf.length <= i) return 'wait'
      if (this.buf[i] !== v) return 'not-a-frame'
    }
    return 'ok'
  }

  /** Report buf[0, rawEnd) as a failed frame and drop buf[0, consume). */
  private reject(out: RteDecoderEvent[], reason: 'bad-frame' | 'partial-line', detail: string, rawEnd: number, consume: number): void {
    this.emitGarbage(out)
    out.push({ type: 'error', reason, detail, raw: Uint8Array.from(this.buf.slice(0, Math.min(rawEnd, this.buf.length))) })
    this.buf = this.buf.slice(consume)
  }

  private toGarbage(n: number): void {
    if (n <= 0) return
    this.outside.add(this.buf, n)
    this.buf = this.buf.slice(n)
  }

  private emitGarbage(out: RteDecoderEvent[]): void {
    const raw = this.outside.take()
    if (raw) out.push({ type: 'error', reason: 'noise', detail: 'bytes-outside-frame', raw })
  }
}

/** Exactly three CR-terminated lines of printable ASCII, or null. */
function parseText(text: Uint8Array): [string, string, string] | null {
  for (const b of text) if (b !== CR && (b < 0x20 || b > 0x7e)) return null
  if (text.length === 0 || text[text.length - 1] !== CR) return null
  const parts = Buffer.from(text).toString('latin1').split('\r')
  parts.pop() // after the final CR
  if (parts.length !== 3) return null
  return [parts[0]!, parts[1]!, parts[2]!]
}

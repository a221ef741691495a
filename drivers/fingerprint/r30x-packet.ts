// The R30x / GROW serial fingerprint module packet (R305, R307, R503, ZFM-20,
// AS608; fingerprint.md §1.5), encoder and streaming decoder. Pure: bytes in,
// packets out; no timers, no I/O.
//
//   EF 01 | address (4, BE) | PID (1) | LEN (2, BE) | payload | SUM (2, BE)
//
// - LEN counts the payload plus the two checksum bytes.
// - SUM is the 16-bit sum of PID, both LEN bytes and the payload (the header
//   and address are not summed).
// - PID: 0x01 command, 0x02 data, 0x07 acknowledge, 0x08 end of data.
//
// Resynchronisation: bytes before a start code are skipped (and reported as
// noise); a start code followed by an unknown PID or an impossible length is
// not a packet and the search goes on at the next byte. A packet whose
// checksum fails is reported, and the search resumes just after its start
// code rather than after its claimed length: the length may itself be the
// corrupt part, and when the "packet" was noise that happened to contain EF 01
// its length would otherwise swallow the real packet behind it.

export const R30X_START = [0xef, 0x01] as const
export const R30X_DEFAULT_ADDRESS = 0xffffffff

export const r30xPid = {
  command: 0x01,
  data: 0x02,
  ack: 0x07,
  endOfData: 0x08,
} as const
export type R30xPid = (typeof r30xPid)[keyof typeof r30xPid]

const knownPids: ReadonlySet<number> = new Set(Object.values(r30xPid))

/** Start code, address, PID, LEN. */
export const R30X_HEADER_BYTES = 9
const CHECKSUM_BYTES = 2
/** A data packet holds at most 256 bytes (the largest packet-size setting); commands and acks far less. */
const DEFAULT_MAX_PAYLOAD_BYTES = 256
/** Noise is reported at the latest once this much has piled up. */
const MAX_NOISE_BYTES = 4096

export interface R30xPacket {
  address: number
  pid: R30xPid
  payload: Uint8Array
}

export type R30xDecoderEvent =
  | ({ type: 'packet'; raw: Uint8Array } & R30xPacket)
  | {
      type: 'error'
      /** `checksum-mismatch`: a whole packet whose sum is wrong; `truncated`: the line went quiet mid-packet. */
      reason: 'checksum-mismatch' | 'truncated'
      raw: Uint8Array
    }
  | { type: 'noise'; raw: Uint8Array }

/** 16-bit sum of PID, LEN and payload. */
export function r30xChecksum(pid: number, lengthWord: number, payload: ArrayLike<number>): number {
  let sum = pid + (lengthWord >> 8) + (lengthWord & 0xff)
  for (let i = 0; i < payload.length; i++) sum += payload[i]!
  return sum & 0xffff
}

export function encodeR30xPacket(packet: R30xPacket): Uint8Array {
  const { address, pid, payload } = packet
  const lengthWord = payload.length + CHECKSUM_BYTES
  if (lengthWord > 0xffff) throw new RangeError(`payload of ${payload.length} bytes does not fit a packet`)
  const out = new Uint8Array(R30X_HEADER_BYTES + payload.length + CHECKSUM_BYTES)
  out.set(R30X_START, 0)
  out[2] = (address >>> 24) & 0xff
  out[3] = (address >>> 16) & 0xff
  out[4] = (address >>> 8) & 0xff
  out[5] = address & 0xff
  out[6] = pid
  out[7] = lengthWord >> 8
  out[8] = lengthWord & 0xff
  out.set(payload, R30X_HEADER_BYTES)
  const sum = r30xChecksum(pid, lengthWord, payload)
  out[out.length - 2] = sum >> 8
  out[out.length - 1] = sum & 0xff
  return out
}

export interface R30xDecoderOptions {
  maxPayloadBytes?: number
}

/** Reassembles packets from bytes arriving in any fragmentation; see the header comment on resynchronisation. */
export class R30xPacketDecoder {
  private buf: Uint8Array = new Uint8Array(0)
  private noise: number[] = []
  /** After a checksum failure, the rejected packet's remains are skipped quietly up to the next good packet. */
  private suppressNoiseUntilNextPacket = false
  private readonly maxPayloadBytes: number

  constructor(options: R30xDecoderOptions = {}) {
    this.maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES
  }

  push(bytes: Uint8Array): R30xDecoderEvent[] {
    const joined = new Uint8Array(this.buf.length + bytes.length)
    joined.set(this.buf, 0)
    joined.set(bytes, this.buf.length)
    this.buf = joined
    const out: R30xDecoderEvent[] = []
    this.drain(out)
    if (this.noise.length >= MAX_NOISE_BYTES) this.emitNoise(out)
    return out
  }

  /** The line went quiet: a packet still open was cut short; pending noise is reported. */
  flush(): R30xDecoderEvent[] {
    const out: R30xDecoderEvent[] = []
    this.emitNoise(out)
    if (this.buf.length > 0) out.push({ type: 'error', reason: 'truncated', raw: this.buf.slice() })
    this.buf = new Uint8Array(0)
    return out
  }

  reset(): void {
    this.buf = new Uint8Array(0)
    this.noise = []
    this.suppressNoiseUntilNextPacket = false
  }

  /** Bytes of an unfinished packet (or unreported noise) are waiting. */
  get hasPending(): boolean {
    return this.buf.length > 0 || this.noise.length > 0
  }

  private drain(out: R30xDecoderEvent[]): void {
    for (;;) {
      const start = findStart(this.buf)
      if (start === -1) {
        // Keep a trailing 0xEF: it may be the first half of a start code.
        const keep = this.buf.length > 0 && this.buf[this.buf.length - 1] === R30X_START[0] ? 1 : 0
        this.skip(this.buf.length - keep)
        return
      }
      this.skip(start)
      if (this.buf.length < R30X_HEADER_BYTES) return
      const pid = this.buf[6]!
      const lengthWord = (this.buf[7]! << 8) | this.buf[8]!
      if (!knownPids.has(pid) || lengthWord < CHECKSUM_BYTES || lengthWord > this.maxPayloadBytes + CHECKSUM_BYTES) {
        this.skip(1) // not a packet: an EF 01 inside noise
        continue
      }
      const total = R30X_HEADER_BYTES + lengthWord
      if (this.buf.length < total) return
      const raw = this.buf.slice(0, total)
      const payload = raw.subarray(R30X_HEADER_BYTES, total - CHECKSUM_BYTES)
      const sum = (raw[total - 2]! << 8) | raw[total - 1]!
      this.emitNoise(out)
      if (r30xChecksum(pid, lengthWord, payload) !== sum) {
        out.push({ type: 'error', reason: 'checksum-mismatch', raw })
        this.buf = this.buf.subarray(R30X_START.length) // resume just after this start code
        this.noise = [] // the rest of the rejected packet is not fresh noise
        this.suppressNoiseUntilNextPacket = true
        continue
      }
      this.suppressNoiseUntilNextPacket = false
      const address = ((raw[2]! << 24) | (raw[3]! << 16) | (raw[4]! << 8) | raw[5]!) >>> 0
      out.push({ type: 'packet', address, pid: pid as R30xPid, payload: payload.slice(), raw })
      this.buf = this.buf.subarray(total)
    }
  }

  private skip(n: number): void {
    if (n <= 0) return
    if (!this.suppressNoiseUntilNextPacket) for (let i = 0; i < n; i++) this.noise.push(this.buf[i]!)
    this.buf = this.buf.subarray(n)
  }

  private emitNoise(out: R30xDecoderEvent[]): void {
    if (this.noise.length === 0) return
    out.push({ type: 'noise', raw: Uint8Array.from(this.noise) })
    this.noise = []
  }
}

function findStart(buf: Uint8Array): number {
  for (let i = 0; i + 1 < buf.length; i++) if (buf[i] === R30X_START[0] && buf[i + 1] === R30X_START[1]) return i
  return -1
}

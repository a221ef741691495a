// An R30x / GROW fingerprint module (R305, R307, R503, AS608) on a simulated
// serial wire: it parses the host's EF01 command packets and answers as the
// module does (r30x-packet.ts, r30x-commands.ts), from an image the control
// surface places on its window. Composes SimulatedSerialWire, whose binding
// it wraps to hear what the host writes, so the driver under test reads
// through the real SerialPortStream.
//
// On-module matching is a stand-in: the "character file" is a block-darkness
// pattern of the image, so the same impression matches itself (RegModel,
// Match, Search behave) while different prints mostly do not. It exercises
// the protocol, not matching accuracy.
import type { BindingInterface, BindingPortInterface, OpenOptions } from '@serialport/bindings-interface'
import type { GreyImage } from '../../../shared/fingerprints/grey-image'
import {
  encodeSearchResult,
  encodeSystemParameters,
  R30X_IMAGE_HEIGHT,
  R30X_IMAGE_WIDTH,
  r30xCommand,
  r30xConfirmation,
  type R30xSystemParameters,
} from '../../fingerprint/r30x-commands'
import { packR30xImage, R30X_NOMINAL_PPI } from '../../fingerprint/r30x-image'
import { encodeR30xPacket, R30X_DEFAULT_ADDRESS, R30xPacketDecoder, r30xPid, type R30xPid } from '../../fingerprint/r30x-packet'
import { noiseBytes, SimulatedSerialWire } from '../simulated-serial-wire'
import type { FingerprintPadSimulator } from './fingerprint-pad-simulator'
import { fitToWindow } from './fit-to-window'

export interface SimulatedR30xOptions {
  path?: string
  /** The module's line speed (57600 from the factory); a host at another speed is not understood. */
  baudRate?: number
  address?: number
  password?: number
  /** Bytes per UpImage data packet: 32, 64, 128 (default) or 256. */
  packetSizeBytes?: 32 | 64 | 128 | 256
  librarySize?: number
  /** Largest chunk one host read returns. */
  maxReadSize?: number
}

/** What the window holds, and any answer the control surface forces for it. */
interface PlacedFinger {
  window: GreyImage
  /** Force GenImg's answer (e.g. 0x03 image fail) instead of OK. */
  genImgCode?: number
  /** Force Img2Tz's answer (0x06 messy, 0x07 too few features). */
  img2TzCode?: number
}

export interface PlaceFingerOptions {
  genImgCode?: number
  img2TzCode?: number
}

const FEATURE_BLOCK = 16
/** Block patterns agreeing on at least this share count as the same finger. */
const MATCH_SHARE = 0.8
/** Not an R30x confirmation code in r30x-commands.ts: "error reading the template" (empty buffer to Store). */
const TEMPLATE_READ_ERROR = 0x0c

export class SimulatedR30x implements FingerprintPadSimulator {
  private readonly wire: SimulatedSerialWire
  private readonly decoder = new R30xPacketDecoder()
  private readonly address: number
  private password: number
  private readonly packetSizeBytes: number
  private readonly librarySize: number
  private verified = false
  private hostSpeedMatches = true
  private finger: PlacedFinger | null = null
  private imageBuffer: GreyImage | null = null
  private readonly charBuffers = new Map<number, Uint8Array>()
  private readonly library = new Map<number, Uint8Array>()
  private corruptNext: R30xPid | 'any' | null = null
  private garbageNext: Uint8Array | null = null
  private unplugAfterDataPackets: number | null = null
  private uploading = false
  /** Instruction codes the host sent, in order (for tests and the trainer's log). */
  readonly commandsReceived: number[] = []

  constructor(options: SimulatedR30xOptions = {}) {
    this.wire = new SimulatedSerialWire(
      { path: options.path, settings: { baudRate: options.baudRate ?? 57600 }, maxReadSize: options.maxReadSize ?? 64, portInfo: { serialNumber: 'SIM-R30X-0001', manufacturer: 'Checkpoint simulator (R30x)' } },
      '/dev/ttySIM-R30X0',
    )
    this.address = options.address ?? R30X_DEFAULT_ADDRESS
    this.password = options.password ?? 0
    this.packetSizeBytes = options.packetSizeBytes ?? 128
    this.librarySize = options.librarySize ?? 1000
  }

  /** The serialport binding the driver opens: the wire's, listening to what the host writes. */
  readonly binding: BindingInterface = {
    list: () => this.wire.binding.list(),
    open: async (options: OpenOptions): Promise<BindingPortInterface> => {
      const port = await this.wire.binding.open(options)
      this.verified = false
      this.decoder.reset()
      this.hostSpeedMatches = options.baudRate === this.wire.settings.baudRate
      const write = port.write.bind(port)
      port.write = async (buffer: Buffer) => {
        await write(buffer)
        this.fromHost(buffer)
      }
      return port
    },
  }

  get transport(): BindingInterface {
    return this.binding
  }
  get path(): string {
    return this.wire.path
  }
  get plugged(): boolean {
    return this.wire.plugged
  }
  get connected(): boolean {
    return this.wire.connected
  }
  /** An UpImage transfer is under way. */
  get uploadingImage(): boolean {
    return this.uploading
  }
  get fingerPlaced(): boolean {
    return this.finger !== null
  }
  /** Pages stored by Store. */
  get enrolledPages(): number[] {
    return [...this.library.keys()].sort((a, b) => a - b)
  }

  // ---- Control surface -----------------------------------------------------

  /** A finger on the window: the image is resampled to the module's window (256 × 288) and later sent at 4 bits per pixel. */
  placeFinger(image: GreyImage, options: PlaceFingerOptions = {}): void {
    this.finger = { window: fitToWindow(image, R30X_IMAGE_WIDTH, R30X_IMAGE_HEIGHT, R30X_NOMINAL_PPI), ...options }
  }

  liftFinger(): void {
    this.finger = null
  }

  /** The next packet the module sends (of this kind, if given) has a wrong checksum. */
  corruptNextChecksum(pid: R30xPid | 'any' = 'any'): void {
    this.corruptNext = pid
  }

  /** Line noise just before the next packet the module sends. */
  garbageBeforeNextPacket(bytes: Uint8Array = noiseBytes(7, 23)): void {
    this.garbageNext = bytes
  }

  /** Pull the cable after this many data packets of the next UpImage. */
  unplugDuringNextUpImage(afterDataPackets = 20): void {
    this.unplugAfterDataPackets = afterDataPackets
  }

  /** What SetPwd would do: the host must now verify this password. */
  setPassword(password: number): void {
    this.password = password >>> 0
    this.verified = false
  }

  /** Raw bytes onto the wire. */
  send(bytes: Uint8Array): void {
    this.wire.send(bytes)
  }

  unplug(): void {
    this.uploading = false
    this.wire.unplug()
  }

  replug(): void {
    this.wire.replug()
  }

  // ---- The module ---------------------------------------------------------

  private fromHost(bytes: Buffer): void {
    if (!this.hostSpeedMatches) return // at the wrong speed the module hears only garbage
    for (const e of this.decoder.push(bytes)) {
      if (e.type === 'error' && e.reason === 'checksum-mismatch') this.reply([r30xConfirmation.packetReceiveError])
      if (e.type !== 'packet' || e.pid !== r30xPid.command || e.address !== this.address || e.payload.length === 0) continue
      const instruction = e.payload[0]!
      this.commandsReceived.push(instruction)
      this.execute(instruction, e.payload.subarray(1))
    }
  }

  private execute(instruction: number, args: Uint8Array): void {
    const c = r30xConfirmation
    if (instruction === r30xCommand.vfyPwd) {
      const given = ((args[0]! << 24) | (args[1]! << 16) | (args[2]! << 8) | args[3]!) >>> 0
      this.verified = args.length >= 4 && given === this.password
      return this.reply([this.verified ? c.ok : c.wrongPassword])
    }
    if (this.password !== 0 && !this.verified) return this.reply([c.mustVerifyPassword])
    switch (instruction) {
      case r30xCommand.readSysPara:
        return this.reply([c.ok, ...encodeSystemParameters(this.systemParameters())])
      case r30xCommand.genImg:
        if (!this.finger) return this.reply([c.noFinger])
        if (this.finger.genImgCode !== undefined && this.finger.genImgCode !== c.ok) return this.reply([this.finger.genImgCode])
        this.imageBuffer = this.finger.window
        return this.reply([c.ok])
      case r30xCommand.img2Tz:
        return this.reply([this.extract(args[0] ?? 1)])
      case r30xCommand.match: {
        const a = this.charBuffers.get(1)
        const b = this.charBuffers.get(2)
        const score = a && b ? similarity(a, b) : 0
        return this.reply([score >= MATCH_SHARE * 288 ? c.ok : c.noMatch, ...encodeSearchResult(0, score).subarray(2)])
      }
      case r30xCommand.search:
        return this.reply(this.search(args))
      case r30xCommand.regModel: {
        const a = this.charBuffers.get(1)
        const b = this.charBuffers.get(2)
        if (!a || !b || similarity(a, b) < MATCH_SHARE * 288) return this.reply([c.enrollMismatch])
        this.charBuffers.set(2, a)
        return this.reply([c.ok])
      }
      case r30xCommand.store: {
        const template = this.charBuffers.get(args[0] ?? 1)
        const page = ((args[1] ?? 0) << 8) | (args[2] ?? 0)
        if (page >= this.librarySize) return this.reply([c.badLocation])
        if (!template) return this.reply([TEMPLATE_READ_ERROR])
        this.library.set(page, template)
        return this.reply([c.ok])
      }
      case r30xCommand.upImage:
        if (!this.imageBuffer) return this.reply([c.uploadImageFail])
        this.reply([c.ok])
        void this.uploadImage(packR30xImage(this.imageBuffer))
        return
      default:
        return this.reply([c.packetReceiveError])
    }
  }

  private extract(buffer: number): number {
    const c = r30xConfirmation
    if (!this.imageBuffer || !this.finger) return c.invalidImage
    if (this.finger.img2TzCode !== undefined) {
      if (this.finger.img2TzCode !== c.ok) return this.finger.img2TzCode
    } else {
      const dark = darkShare(this.imageBuffer)
      if (dark < 0.08) return c.tooFewFeatures // hardly any ridge: a fingertip barely touching
      if (dark > 0.9) return c.imageMessy // a smudge: wet finger or dirty window
    }
    this.charBuffers.set(buffer, blockPattern(this.imageBuffer))
    return c.ok
  }

  private search(args: Uint8Array): number[] {
    const probe = this.charBuffers.get(args[0] ?? 1)
    const start = ((args[1] ?? 0) << 8) | (args[2] ?? 0)
    const count = ((args[3] ?? 0) << 8) | (args[4] ?? 0)
    let best: { page: number; score: number } | null = null
    if (probe) {
      for (const [page, template] of this.library) {
        if (page < start || page >= start + count) continue
        const score = similarity(probe, template)
        if (score >= MATCH_SHARE * 288 && (!best || score > best.score)) best = { page, score }
      }
    }
    return best ? [r30xConfirmation.ok, ...encodeSearchResult(best.page, best.score)] : [r30xConfirmation.notFound, 0, 0, 0, 0]
  }

  private systemParameters(): R30xSystemParameters {
    return {
      statusRegister: 0,
      systemId: 0,
      librarySize: this.librarySize,
      securityLevel: 3,
      address: this.address,
      packetSizeBytes: this.packetSizeBytes,
      baudMultiplier: this.wire.settings.baudRate / 9600,
    }
  }

  private reply(payload: number[]): void {
    const bytes = Uint8Array.from(payload)
    setImmediate(() => this.transmit(r30xPid.ack, bytes))
  }

  /** Data packets one at a time (the host reads while the module sends), the last as end-of-data. */
  private async uploadImage(packed: Uint8Array): Promise<void> {
    this.uploading = true
    await new Promise((r) => setImmediate(r)) // after the acknowledgement
    let sent = 0
    for (let offset = 0; offset < packed.length && this.uploading; offset += this.packetSizeBytes) {
      const chunk = packed.subarray(offset, offset + this.packetSizeBytes)
      const last = offset + this.packetSizeBytes >= packed.length
      this.transmit(last ? r30xPid.endOfData : r30xPid.data, chunk)
      sent++
      if (this.unplugAfterDataPackets !== null && sent >= this.unplugAfterDataPackets) {
        this.unplugAfterDataPackets = null
        this.unplug()
        return
      }
      await new Promise((r) => setImmediate(r))
    }
    this.uploading = false
  }

  private transmit(pid: R30xPid, payload: Uint8Array): void {
    let bytes = encodeR30xPacket({ address: this.address, pid, payload })
    if (this.corruptNext === 'any' || this.corruptNext === pid) {
      this.corruptNext = null
      bytes = Uint8Array.from(bytes)
      bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01
    }
    if (this.garbageNext) {
      const joined = new Uint8Array(this.garbageNext.length + bytes.length)
      joined.set(this.garbageNext, 0)
      joined.set(bytes, this.garbageNext.length)
      bytes = joined
      this.garbageNext = null
    }
    this.wire.send(bytes)
  }
}

/** Share of pixels darker than mid-grey. */
function darkShare(image: GreyImage): number {
  let dark = 0
  for (const p of image.pixels) if (p < 128) dark++
  return dark / image.pixels.length
}

/** One bit per 16 × 16 block: darker than the image's median block or not (288 blocks in a 256 × 288 window). */
function blockPattern(image: GreyImage): Uint8Array {
  const cols = Math.floor(image.width / FEATURE_BLOCK)
  const rows = Math.floor(image.height / FEATURE_BLOCK)
  const means: number[] = []
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      let sum = 0
      for (let y = 0; y < FEATURE_BLOCK; y++) for (let x = 0; x < FEATURE_BLOCK; x++) sum += image.pixels[(by * FEATURE_BLOCK + y) * image.width + bx * FEATURE_BLOCK + x]!
      means.push(sum / (FEATURE_BLOCK * FEATURE_BLOCK))
    }
  }
  const median = [...means].sort((a, b) => a - b)[means.length >> 1]!
  return Uint8Array.from(means.map((m) => (m < median ? 1 : 0)))
}

/** How many blocks agree. */
function similarity(a: Uint8Array, b: Uint8Array): number {
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same
}

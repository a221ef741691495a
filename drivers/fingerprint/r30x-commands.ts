// R30x / GROW module instructions and their answers (fingerprint.md §1.5;
// Adafruit_Fingerprint.h, the R307 datasheet). Pure: what a command packet's
// payload holds and what its acknowledgement means, byte by byte.

export const r30xCommand = {
  genImg: 0x01,
  img2Tz: 0x02,
  match: 0x03,
  search: 0x04,
  regModel: 0x05,
  store: 0x06,
  upImage: 0x0a,
  readSysPara: 0x0f,
  vfyPwd: 0x13,
} as const
export type R30xCommandCode = (typeof r30xCommand)[keyof typeof r30xCommand]

/** Confirmation codes, the first byte of every acknowledgement. */
export const r30xConfirmation = {
  ok: 0x00,
  packetReceiveError: 0x01,
  noFinger: 0x02,
  imageFail: 0x03,
  imageMessy: 0x06,
  tooFewFeatures: 0x07,
  noMatch: 0x08,
  notFound: 0x09,
  enrollMismatch: 0x0a,
  badLocation: 0x0b,
  uploadImageFail: 0x0f,
  wrongPassword: 0x13,
  invalidImage: 0x15,
  flashError: 0x18,
  /** The module has a password set and the host has not verified it yet. */
  mustVerifyPassword: 0x21,
} as const

/** The module's image: 256 × 288 pixels, 4 bits each, two per byte. */
export const R30X_IMAGE_WIDTH = 256
export const R30X_IMAGE_HEIGHT = 288
export const R30X_IMAGE_BYTES = (R30X_IMAGE_WIDTH * R30X_IMAGE_HEIGHT) / 2

/** Character-file buffers the module extracts features into. */
export type R30xCharBuffer = 1 | 2

const u16 = (n: number): [number, number] => [(n >> 8) & 0xff, n & 0xff]
const u32 = (n: number): [number, number, number, number] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]

/** Command packet payloads, instruction code first. */
export const r30xCommandPayload = {
  genImg: () => Uint8Array.of(r30xCommand.genImg),
  img2Tz: (buffer: R30xCharBuffer) => Uint8Array.of(r30xCommand.img2Tz, buffer),
  match: () => Uint8Array.of(r30xCommand.match),
  search: (buffer: R30xCharBuffer, startPage: number, pageCount: number) =>
    Uint8Array.of(r30xCommand.search, buffer, ...u16(startPage), ...u16(pageCount)),
  regModel: () => Uint8Array.of(r30xCommand.regModel),
  store: (buffer: R30xCharBuffer, pageId: number) => Uint8Array.of(r30xCommand.store, buffer, ...u16(pageId)),
  upImage: () => Uint8Array.of(r30xCommand.upImage),
  readSysPara: () => Uint8Array.of(r30xCommand.readSysPara),
  vfyPwd: (password: number) => Uint8Array.of(r30xCommand.vfyPwd, ...u32(password)),
}

/** ReadSysPara's 16 bytes after the confirmation code. */
export interface R30xSystemParameters {
  statusRegister: number
  systemId: number
  /** Templates the library holds. */
  librarySize: number
  securityLevel: number
  address: number
  /** Bytes per data packet: 32, 64, 128 or 256. */
  packetSizeBytes: number
  /** Baud rate = 9600 × this. */
  baudMultiplier: number
}

export const R30X_SYSTEM_PARAMETER_BYTES = 16
export const r30xPacketSizes = [32, 64, 128, 256] as const

export function encodeSystemParameters(p: R30xSystemParameters): Uint8Array {
  const sizeCode = r30xPacketSizes.indexOf(p.packetSizeBytes as (typeof r30xPacketSizes)[number])
  if (sizeCode === -1) throw new RangeError(`packet size ${p.packetSizeBytes} is not one of ${r30xPacketSizes.join(', ')}`)
  return Uint8Array.of(
    ...u16(p.statusRegister),
    ...u16(p.systemId),
    ...u16(p.librarySize),
    ...u16(p.securityLevel),
    ...u32(p.address),
    ...u16(sizeCode),
    ...u16(p.baudMultiplier),
  )
}

/** Null when the bytes are too short or hold an impossible packet-size code. */
export function decodeSystemParameters(bytes: Uint8Array): R30xSystemParameters | null {
  if (bytes.length < R30X_SYSTEM_PARAMETER_BYTES) return null
  const at16 = (i: number) => (bytes[i]! << 8) | bytes[i + 1]!
  const packetSizeBytes = r30xPacketSizes[at16(12)]
  if (packetSizeBytes === undefined) return null
  return {
    statusRegister: at16(0),
    systemId: at16(2),
    librarySize: at16(4),
    securityLevel: at16(6),
    address: ((bytes[8]! << 24) | (bytes[9]! << 16) | (bytes[10]! << 8) | bytes[11]!) >>> 0,
    packetSizeBytes,
    baudMultiplier: at16(14),
  }
}

/** Search's answer after the confirmation code: the page found and its score. */
export function decodeSearchResult(bytes: Uint8Array): { pageId: number; score: number } | null {
  if (bytes.length < 4) return null
  return { pageId: (bytes[0]! << 8) | bytes[1]!, score: (bytes[2]! << 8) | bytes[3]! }
}

export function encodeSearchResult(pageId: number, score: number): Uint8Array {
  return Uint8Array.of(...u16(pageId), ...u16(score))
}

// What every fingerprint pad reports and offers, whatever wire it speaks (an
// R30x/GROW module on a serial port, a libfprint `virtual_image` socket, a
// vendor SDK later): one reading type and one capture request, so the
// biometrics step of the workflow and the simulator panel drive any pad alike.
import type { FingerPosition } from '../../shared/fingerprints/finger-positions'
import type { GreyImage } from '../../shared/fingerprints/grey-image'
import type { Device, DeviceEvents } from '../core/driver'

/** What the traveller (or the officer) is asked to do. */
export type FingerprintPrompt =
  | 'place-finger'
  | 'lift-finger'
  | 'no-finger'
  | 'press-harder'
  | 'image-too-messy'
  | 'slap-incomplete'

/** Why a capture request produced no image. */
export type FingerprintIncompleteReason =
  /** Bytes arrived whole but are corrupt: checksum, framing, sizes that disagree. */
  | 'bad-frame'
  /** The transfer stopped part-way (an image cut short). */
  | 'partial'
  /** The pad answered with an error instead of an image. */
  | 'device-error'

/** Readings a fingerprint pad reports on its `reading` event. */
export type FingerprintPadEvent =
  | {
      type: 'capture'
      position: FingerPosition
      image: GreyImage
      at: number
      /** The image bytes exactly as they came off the wire (packed 4-bit for an R30x). */
      raw?: Uint8Array
    }
  | { type: 'prompt'; prompt: FingerprintPrompt; at: number; detail?: string }
  | { type: 'incomplete'; reason: FingerprintIncompleteReason; at: number; detail?: string; raw?: Uint8Array }

export type FingerprintCapture = Extract<FingerprintPadEvent, { type: 'capture' }>

/** One finger pressed flat, or a slap (four fingers of one hand, or both thumbs) in one image. */
export type FingerprintCaptureMode = 'single' | 'slap'

/**
 * What a pad can do, as data. Local to this folder until it joins
 * `drivers/core/driver.ts`'s `Capability` (see the report).
 */
export type FingerprintPadCapability =
  /** Captures one finger at a time (positions 1–10, or 0 = unknown). */
  | 'single-finger'
  /** Captures the 4-4-2 slaps (positions 13, 14, 15) as one image each. */
  | 'slap-4-4-2'
  /** Stores templates and matches on the module itself (the host need not see the image). */
  | 'on-device-matching'
  /** The pad says when a finger is on the platen, so the UI can prompt without a capture. */
  | 'finger-detection'
  /** Every transfer is checksummed or size-checked: corrupt images are reported, never passed on. */
  | 'framed-protocol'
  /** Port and line settings are configurable (serial pads). */
  | 'configurable-serial'

/** The final outcome of one capture request: the image, or why there is none. */
export type FingerprintCaptureOutcome = FingerprintPadEvent

export interface FingerprintPad extends Device<FingerprintPadEvent> {
  readonly capabilities: readonly FingerprintPadCapability[]
  /**
   * Ask the pad for one image. Every step (prompts, the capture, an
   * incomplete transfer) is also emitted as a `reading`; the promise settles
   * with the request's final reading. It rejects only with a DeviceError when
   * the pad cannot take the request at all (not open, busy, unsupported mode,
   * unplugged mid-capture: the latter is also a `problem`).
   */
  capture(position: FingerPosition, mode: FingerprintCaptureMode): Promise<FingerprintCaptureOutcome>
}

export type FingerprintPadDeviceEvents = DeviceEvents<FingerprintPadEvent>

/** The DeviceManager holds devices as plain `Device`s; this tells a pad from other devices. */
export function isFingerprintPad(device: Device): device is FingerprintPad {
  const d = device as Partial<FingerprintPad>
  return typeof d.capture === 'function' && Array.isArray(d.capabilities)
}

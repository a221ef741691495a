// What an R30x confirmation code means for the person at the pad or for the
// device: OK, a prompt (no finger, press again), a DeviceError (packet error
// → transient retry, wrong password → fatal configuration), or a failed
// transfer the pad reported. Pure; the driver decides when each is final.
import { DeviceError } from '../core/device-error'
import type { FingerprintPrompt } from './fingerprint-events'
import { r30xConfirmation, type R30xCommandCode } from './r30x-commands'

export type R30xOutcome =
  | { kind: 'ok' }
  | { kind: 'prompt'; prompt: FingerprintPrompt; detail: string }
  | { kind: 'error'; error: DeviceError }
  /** The module reported a failure that spoils this capture but not the device. */
  | { kind: 'incomplete'; detail: string }

const hex = (n: number): string => `0x${n.toString(16).padStart(2, '0')}`

export function r30xOutcome(command: R30xCommandCode, code: number): R30xOutcome {
  const c = r30xConfirmation
  switch (code) {
    case c.ok:
      return { kind: 'ok' }
    case c.packetReceiveError:
      // The module got our packet corrupted: the line is noisy, a resend usually works.
      return { kind: 'error', error: new DeviceError('transient', 'pad-packet-error', `The fingerprint module could not read command ${hex(command)} (packet receive error).`) }
    case c.noFinger:
      return { kind: 'prompt', prompt: 'no-finger', detail: 'no-finger' }
    case c.imageFail:
      // The sensor saw something but could not image it: too light a touch, or a dry finger.
      return { kind: 'prompt', prompt: 'press-harder', detail: 'image-fail' }
    case c.imageMessy:
      return { kind: 'prompt', prompt: 'image-too-messy', detail: 'image-messy' }
    case c.tooFewFeatures:
      // Too small a contact area: the usual remedy is to press flatter and harder.
      return { kind: 'prompt', prompt: 'press-harder', detail: 'too-few-features' }
    case c.invalidImage:
      return { kind: 'prompt', prompt: 'image-too-messy', detail: 'invalid-image' }
    case c.wrongPassword:
    case c.mustVerifyPassword:
      return {
        kind: 'error',
        error: new DeviceError('fatal', 'pad-wrong-password', 'The fingerprint module refused the configured password: check the pad configuration.'),
      }
    case c.flashError:
      return { kind: 'error', error: new DeviceError('needs-operator', 'pad-hardware-fault', 'The fingerprint module reports a flash memory error: replace the pad.') }
    case c.uploadImageFail:
      return { kind: 'incomplete', detail: 'upload-image-fail' }
    default:
      return { kind: 'incomplete', detail: `command-${hex(command)}-confirmation-${hex(code)}` }
  }
}

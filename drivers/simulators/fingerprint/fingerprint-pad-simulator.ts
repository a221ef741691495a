// What every fingerprint pad simulator offers, whatever wire it speaks (R30x
// packets on a serial binding, virtual_image frames on a socket): the
// simulator panel and the training scenarios drive any of them through this.
// Wire-specific faults (a corrupt checksum, a truncated frame) stay on each class.
import type { GreyImage } from '../../../shared/fingerprints/grey-image'

export interface FingerprintPadSimulator {
  /** What the matching driver is given as its transport (a serialport binding, a socket transport). */
  readonly transport: unknown
  /** The host side has the pad open right now. */
  readonly connected: boolean
  /** The pad is attached (cable in, capture service running). */
  readonly plugged: boolean
  /** A finger on the platen, imaged as given (a pad with a smaller window crops it). */
  placeFinger(image: GreyImage): void
  liftFinger(): void
  unplug(): void
  replug(): void
}

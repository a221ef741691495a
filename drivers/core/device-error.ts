import type { DeviceErrorKind } from '../../shared/domain/devices'

/**
 * A device fault with Home Assistant's classification: `transient` is retried
 * quietly, `needs-operator` tells a person what to do (re-seat the passport,
 * plug the reader back in) while retrying, `fatal` is a configuration error
 * that retrying cannot fix.
 */
export class DeviceError extends Error {
  constructor(
    readonly kind: DeviceErrorKind,
    /** Stable code the UI translates, e.g. `reader-disconnected`. */
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'DeviceError'
  }
}

export const isDeviceError = (e: unknown): e is DeviceError => e instanceof DeviceError

// Whether a pad can take a capture request at all: slaps are positions
// 13/14/15 only, single fingers 0–10 only, and each mode needs its
// capability. A request the pad cannot serve is a configuration or
// programming error, so it is `fatal` rather than a prompt to the traveller.
import { fingerPositions, slapSequence, type FingerPosition } from '../../shared/fingerprints/finger-positions'
import { DeviceError } from '../core/device-error'
import type { FingerprintCaptureMode, FingerprintPadCapability } from './fingerprint-events'

const slapPositions: ReadonlySet<number> = new Set(slapSequence.map((s) => s.slap))

export const isSlapPosition = (position: number): boolean => slapPositions.has(position)

export const isSingleFingerPosition = (position: number): boolean =>
  Number.isInteger(position) && position >= fingerPositions.unknown && position <= fingerPositions.leftLittle

/** Null when the request is servable, else the DeviceError to reject it with. */
export function captureRequestError(
  position: FingerPosition,
  mode: FingerprintCaptureMode,
  capabilities: readonly FingerprintPadCapability[],
): DeviceError | null {
  if (mode === 'slap') {
    if (!capabilities.includes('slap-4-4-2')) return new DeviceError('fatal', 'capture-mode-unsupported', 'This pad cannot capture slaps (4-4-2).')
    if (!isSlapPosition(position)) return new DeviceError('fatal', 'bad-capture-request', `Position ${position} is not a slap (13, 14 or 15).`)
    return null
  }
  if (!capabilities.includes('single-finger')) return new DeviceError('fatal', 'capture-mode-unsupported', 'This pad cannot capture single fingers.')
  if (!isSingleFingerPosition(position)) return new DeviceError('fatal', 'bad-capture-request', `Position ${position} is not a single finger (0–10).`)
  return null
}

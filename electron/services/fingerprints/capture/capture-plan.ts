// Which fingers a traveller gives, in which order, from what the pad can do.
// At the primary line the default is two flat index fingers (right, then
// left), as EU passports and EES verification use; a full ten-print takes the
// 4-4-2 slaps on a slap-capable pad, else ten single fingers. Pure: the
// capture service asks it what comes next.
import { fingerPositions, slapSequence } from '../../../../shared/fingerprints/finger-positions'
import type { CapturePlanKind, CaptureStep } from '../../../../shared/domain/fingerprints'

export interface CapturePlanOptions {
  kind: CapturePlanKind
  /** Fingers taken at the primary line, in order (default right index, left index). */
  primaryFingers?: readonly number[]
}

export const defaultPrimaryFingers: readonly number[] = [fingerPositions.rightIndex, fingerPositions.leftIndex]

const tenFingers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

export function capturePlan(padCapabilities: readonly string[], options: CapturePlanOptions): CaptureStep[] {
  const singles = (fingers: readonly number[]): CaptureStep[] => fingers.map((f) => ({ position: f, mode: 'single', fingers: [f] }))
  if (options.kind === 'primary-line') {
    const fingers = options.primaryFingers ?? defaultPrimaryFingers
    if (fingers.length === 0 || fingers.some((f) => !Number.isInteger(f) || f < 1 || f > 10)) throw new RangeError(`primary-line fingers must be positions 1–10, got ${fingers.join(',')}`)
    return singles(fingers)
  }
  if (padCapabilities.includes('slap-4-4-2')) return slapSequence.map((s) => ({ position: s.slap, mode: 'slap', fingers: [...s.fingers] }))
  return singles(tenFingers)
}

/** The first step not yet captured (a step is done when all its fingers are stored), or null. */
export function nextStepIndex(steps: readonly CaptureStep[], captured: ReadonlySet<number>): number | null {
  const i = steps.findIndex((s) => s.fingers.some((f) => !captured.has(f)))
  return i < 0 ? null : i
}

// Deterministic synthetic prints for simulated mode: a listed person's
// fingers are derived from their list id, record id and finger position, so
// the prints enrolled for them at start-up and the "listed person's finger"
// the simulator panel places are impressions of the same finger. A traveller
// who is not listed gets a fresh finger each time.
import { createFinger, renderImpression, type FingerIdentity, type ImpressionOptions } from '../../../../drivers/simulators/fingerprint/synthetic/index'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'

export type SimulatedPrintQuality = 'good' | 'faint' | 'smudged'

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const fingers = new Map<number, FingerIdentity>()

/** One identity object per seed, so the generator's master-print cache is hit. */
function fingerFor(seed: number): FingerIdentity {
  let f = fingers.get(seed)
  if (!f) {
    if (fingers.size > 64) fingers.clear()
    f = createFinger(seed)
    fingers.set(seed, f)
  }
  return f
}

export const listedPersonFinger = (listId: string, recordId: string, position: number) => fingerFor(fnv1a(`${listId}/${recordId}/${position}`))

export const travellerFinger = (seed: number) => fingerFor(fnv1a(`traveller/${seed}`))

const impressionOptions: Record<SimulatedPrintQuality, ImpressionOptions> = {
  // A cooperative touch: slightly turned and off-centre.
  good: { rotationDeg: 6, dx: 8, dy: -6, distortion: 0.3, pressure: 0.5, noise: 0.05 },
  // Barely touching: ridges too light to read.
  faint: { pressure: 0.03, noise: 0.05 },
  // Moved during the capture on a dirty platen.
  smudged: { noise: 1, distortion: 1 },
}

export function simulatedImpression(finger: FingerIdentity, quality: SimulatedPrintQuality, impressionSeed: number): GreyImage {
  return renderImpression(finger, impressionSeed, impressionOptions[quality])
}

/** The print enrolled for a listed person: a clean, neutral impression. */
export function enrolmentImpression(finger: FingerIdentity): GreyImage {
  return renderImpression(finger, 0)
}

// The simulator panel's "place finger" controls: renders a synthetic print
// for whatever the pad is armed for (one finger, or a slap of four fingers or
// two thumbs) and puts it on the simulated pad, or injects a wire fault.
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import type { CaptureStep, SimulatedFingerKind } from '../../../../shared/domain/fingerprints'
import type { FingerprintPadSimulator } from '../../../../drivers/simulators/fingerprint/fingerprint-pad-simulator'
import type { FingerPosition } from '../../../../shared/fingerprints/finger-positions'
import { fingersLeftToRight } from '../capture/slap-segmentation'
import { composeSlap } from './slap-composition'
import { listedPersonFinger, simulatedImpression, travellerFinger, type SimulatedPrintQuality } from './simulated-prints'

/** Wire faults some simulators offer (the image pad does; the control checks). */
interface FaultySimulator extends FingerprintPadSimulator {
  placeSlap?(position: FingerPosition, image: GreyImage): void
  sendTruncated?(image: GreyImage, fraction?: number): void
  sendWrongSize?(image: GreyImage, heightDelta?: number): void
}

export class SimulatedPadError extends Error {}

/** About 3.2 in at 500 ppi, as a 4-4-2 scanner's platen (fingerprint.md §1.6). */
const SLAP_PLATEN_WIDTH = 1600

export interface ListedSubject {
  listId: string
  recordId: string
}

/** Which finger of which person: a traveller seed, or a listed person. */
export function renderStep(step: CaptureStep, quality: SimulatedPrintQuality, who: { listed: ListedSubject } | { traveller: number }, impressionSeed: number): GreyImage {
  const one = (position: number) => simulatedImpression('listed' in who ? listedPersonFinger(who.listed.listId, who.listed.recordId, position) : travellerFinger(who.traveller * 16 + position), quality, impressionSeed + position)
  if (step.mode === 'single') return one(step.position)
  return composeSlap(fingersLeftToRight(step.position).map(one), 24, SLAP_PLATEN_WIDTH)
}

export function controlSimulatedPad(sim: FaultySimulator, armed: CaptureStep | null, kind: SimulatedFingerKind, listed: ListedSubject, seed: number): void {
  if (kind === 'unplug') return sim.unplug()
  if (kind === 'replug') return sim.replug()
  if (!sim.connected) throw new SimulatedPadError('The simulated fingerprint pad is unplugged or reconnecting: replug it first.')
  if (!armed) throw new SimulatedPadError('The pad is not waiting for a finger: press Capture (F) on the primary line first.')
  const quality: SimulatedPrintQuality = kind === 'faint' ? 'faint' : kind === 'smudged' ? 'smudged' : 'good'
  const image = renderStep(armed, quality, kind === 'listed' ? { listed } : { traveller: seed }, seed)
  if (kind === 'truncated') {
    if (!sim.sendTruncated) throw new SimulatedPadError('This pad simulator cannot send a truncated frame.')
    return sim.sendTruncated(image, 0.5)
  }
  if (kind === 'wrong-size') {
    if (!sim.sendWrongSize) throw new SimulatedPadError('This pad simulator cannot send a wrong-size frame.')
    return sim.sendWrongSize(image, -10)
  }
  if (armed.mode === 'slap' && sim.placeSlap) return sim.placeSlap(armed.position as FingerPosition, image)
  sim.placeFinger(image)
}

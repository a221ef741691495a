// One comparison, SourceAFIS-style but leaner:
// 1. root pairs: every candidate edge is looked up in the probe's edge hash; each agreeing edge pair
//    votes for the two minutia pairs at its ends, and the most-voted pairs become roots;
// 2. from each root, a greedy breadth-first "spider" walks both neighbour graphs at once, pairing
//    each paired minutia's neighbours through the best-agreeing edges — local, so elastic
//    distortion far from the root does not break it;
// 3. the best root's pairing is scored, then calibrated to ≈ 10·−log10(FMR).
// Scratch buffers are module-level and reused: a comparison allocates nothing.
import { ANGLE_TOLERANCE, lengthTolerance } from './edge-geometry'
import { rawPairingScore } from './pairing-score'
import type { PreparedTemplate } from './prepared-template'
import { probeLookup } from './probe-lookup'
import { calibratedScore } from './score-calibration'

/** Roots tried per comparison: more finds more genuine pairings, costs linear time. */
const ROOTS = 2
const MAX = 256

const votes = new Uint16Array(MAX * MAX)
const touched = new Int32Array(MAX * MAX)
/** Minutia pairs some spider of this comparison already made; a root among them would repeat it. */
const pairedBefore = new Uint8Array(MAX * MAX)
const pairedBeforeList = new Int32Array(MAX * 8)
let pairedBeforeCount = 0
const probeToCandidate = new Int16Array(MAX).fill(-1)
const candidateToProbe = new Int16Array(MAX).fill(-1)
const queue = new Int32Array(MAX)
const rootPairs = new Int32Array(ROOTS)
const rootVotes = new Int32Array(ROOTS)

/** Length tolerance per probe edge length (0…255), precomputed: this check runs millions of times a second. */
const lengthToleranceTable = Float32Array.from({ length: 256 }, (_, length) => lengthTolerance(length))
/** Angle error per byte-angle difference ((a − b) & 255) in tolerance units, or 99 beyond tolerance. */
const angleError = Float32Array.from({ length: 256 }, (_, d) => (Math.min(d, 256 - d) <= ANGLE_TOLERANCE ? Math.min(d, 256 - d) / ANGLE_TOLERANCE : 99))

/** How far apart two edges are (0 = identical, up to 3 at the tolerance limits), or -1 beyond tolerance. */
function edgeError(probe: PreparedTemplate, pe: number, candidate: PreparedTemplate, ce: number): number {
  const pl = probe.edgeLength[pe]!
  const tolerance = lengthToleranceTable[pl]!
  const dl = Math.abs(pl - candidate.edgeLength[ce]!)
  if (dl > tolerance) return -1
  const ea = angleError[(probe.edgeFromAngle[pe]! - candidate.edgeFromAngle[ce]!) & 255]!
  if (ea > 1) return -1
  const eb = angleError[(probe.edgeToAngle[pe]! - candidate.edgeToAngle[ce]!) & 255]!
  if (eb > 1) return -1
  return dl / tolerance + ea + eb
}

/** Uncalibrated similarity: 0 for nothing in common, grows with paired minutiae. */
export function compareRaw(probe: PreparedTemplate, candidate: PreparedTemplate): number {
  if (probe.count < 2 || candidate.count < 2) return 0
  const lookup = probeLookup(probe)
  const nc = candidate.count
  let touchedCount = 0
  for (let c = 0; c < nc; c++) {
    const end = candidate.edgeStart[c + 1]!
    for (let ce = candidate.edgeStart[c]!; ce < end; ce++) {
      const key = candidate.edgeKey[ce]!
      const bucketEnd = lookup.bucketStart[key + 1]!
      const cl = candidate.edgeLength[ce]!
      const cFromAngle = candidate.edgeFromAngle[ce]!
      const cToAngle = candidate.edgeToAngle[ce]!
      for (let k = lookup.bucketStart[key]!; k < bucketEnd; k++) {
        const pe = lookup.bucketEdges[k]!
        // Same test as edgeError, without computing how large the error is.
        const pl = probe.edgeLength[pe]!
        if (Math.abs(pl - cl) > lengthToleranceTable[pl]!) continue
        if (angleError[(probe.edgeFromAngle[pe]! - cFromAngle) & 255]! > 1) continue
        if (angleError[(probe.edgeToAngle[pe]! - cToAngle) & 255]! > 1) continue
        const from = lookup.edgeFrom[pe]! * nc + c
        if (votes[from]!++ === 0) touched[touchedCount++] = from
        const to = probe.edgeTo[pe]! * nc + candidate.edgeTo[ce]!
        if (votes[to]!++ === 0) touched[touchedCount++] = to
      }
    }
  }
  // Keep the ROOTS most-voted pairs (insertion into a tiny sorted array); clear the votes.
  let roots = 0
  for (let t = 0; t < touchedCount; t++) {
    const pair = touched[t]!
    const v = votes[pair]!
    votes[pair] = 0
    if (roots === ROOTS && v <= rootVotes[ROOTS - 1]!) continue
    let slot = roots < ROOTS ? roots++ : ROOTS - 1
    while (slot > 0 && rootVotes[slot - 1]! < v) {
      rootVotes[slot] = rootVotes[slot - 1]!
      rootPairs[slot] = rootPairs[slot - 1]!
      slot--
    }
    rootVotes[slot] = v
    rootPairs[slot] = pair
  }
  let best = 0
  for (let r = 0; r < roots; r++) {
    const pair = rootPairs[r]!
    if (pairedBefore[pair] === 1) continue
    const score = spider(probe, candidate, Math.floor(pair / nc), pair % nc)
    if (score > best) best = score
  }
  for (let k = 0; k < pairedBeforeCount; k++) pairedBefore[pairedBeforeList[k]!] = 0
  pairedBeforeCount = 0
  return best
}

/** Grows a pairing from one root pair; returns its raw score and leaves the scratch arrays clean. */
function spider(probe: PreparedTemplate, candidate: PreparedTemplate, rootProbe: number, rootCandidate: number): number {
  const nc = candidate.count
  let head = 0
  let tail = 0
  probeToCandidate[rootProbe] = rootCandidate
  candidateToProbe[rootCandidate] = rootProbe
  queue[tail++] = rootProbe
  let supportingEdges = 0
  let sameType = 0
  while (head < tail) {
    const p = queue[head++]!
    const c = probeToCandidate[p]!
    if (probe.type[p] === candidate.type[c]) sameType++
    const pEnd = probe.edgeStart[p + 1]!
    const cEnd = candidate.edgeStart[c + 1]!
    // Both neighbour lists are sorted by length (nearest first), and the acceptable length window
    // only moves up as the probe edges get longer: scan a sliding window, not all 9 × 9 pairs.
    let windowStart = candidate.edgeStart[c]!
    for (let pe = probe.edgeStart[p]!; pe < pEnd; pe++) {
      const pTo = probe.edgeTo[pe]!
      const pairedWith = probeToCandidate[pTo]!
      const pl = probe.edgeLength[pe]!
      const tolerance = lengthToleranceTable[pl]!
      while (windowStart < cEnd && candidate.edgeLength[windowStart]! < pl - tolerance) windowStart++
      // The candidate neighbour whose edge agrees best, among those still free (or already its partner).
      let bestTo = -1
      let bestError = Infinity
      for (let ce = windowStart; ce < cEnd && candidate.edgeLength[ce]! <= pl + tolerance; ce++) {
        const cTo = candidate.edgeTo[ce]!
        if (pairedWith !== -1 ? pairedWith !== cTo : candidateToProbe[cTo] !== -1) continue
        const error = edgeError(probe, pe, candidate, ce)
        if (error >= 0 && error < bestError) {
          bestError = error
          bestTo = cTo
        }
      }
      if (bestTo < 0) continue
      if (pairedWith === -1) {
        probeToCandidate[pTo] = bestTo
        candidateToProbe[bestTo] = pTo
        queue[tail++] = pTo
      } else {
        supportingEdges++
      }
    }
  }
  for (let k = 0; k < tail; k++) {
    const p = queue[k]!
    const c = probeToCandidate[p]!
    const pair = p * nc + c
    if (pairedBefore[pair] === 0 && pairedBeforeCount < pairedBeforeList.length) {
      pairedBefore[pair] = 1
      pairedBeforeList[pairedBeforeCount++] = pair
    }
    candidateToProbe[c] = -1
    probeToCandidate[p] = -1
  }
  return rawPairingScore({ paired: tail, supportingEdges, sameType, probeCount: probe.count, candidateCount: nc })
}

/** Similarity score ≈ 10·−log10(false match rate): 40 means about 1 impostor in 10,000 scores this high. */
export function compare(probe: PreparedTemplate, candidate: PreparedTemplate): number {
  return calibratedScore(compareRaw(probe, candidate))
}

// The probe's edge hash. Each probe edge is filed under every key its tolerance window touches, so a
// candidate edge needs a single lookup under its own exact key to meet every probe edge that may be
// the same pair. Built once per probe and reused across a whole 1:N search.
import { EDGE_KEYS, edgeKeysWithinTolerance } from './edge-geometry'
import type { PreparedTemplate } from './prepared-template'

export type ProbeLookup = NonNullable<PreparedTemplate['probeLookup']>

export function probeLookup(probe: PreparedTemplate): ProbeLookup {
  if (probe.probeLookup) return probe.probeLookup
  const edgeCount = probe.edgeTo.length
  const edgeFrom = new Uint8Array(edgeCount)
  for (let i = 0; i < probe.count; i++) edgeFrom.fill(i, probe.edgeStart[i]!, probe.edgeStart[i + 1]!)
  const keysPerEdge: number[][] = []
  // Uint16 is enough: at most 255 minutiae × 9 edges × a few tolerance bins each.
  const counts = new Uint16Array(EDGE_KEYS + 1)
  for (let e = 0; e < edgeCount; e++) {
    const keys = edgeKeysWithinTolerance(probe.edgeLength[e]!, probe.edgeFromAngle[e]!, probe.edgeToAngle[e]!)
    keysPerEdge.push(keys)
    for (const k of keys) counts[k + 1]!++
  }
  for (let k = 0; k < EDGE_KEYS; k++) counts[k + 1]! += counts[k]!
  const bucketStart = counts
  const bucketEdges = new Uint16Array(bucketStart[EDGE_KEYS]!)
  const fill = bucketStart.slice(0, EDGE_KEYS)
  for (let e = 0; e < edgeCount; e++) for (const k of keysPerEdge[e]!) bucketEdges[fill[k]!++] = e
  probe.probeLookup = { bucketStart, bucketEdges, edgeFrom }
  return probe.probeLookup
}

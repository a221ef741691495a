// Raw similarity of one pairing (before calibration): how many minutiae were paired, how many edges
// between paired minutiae agree (support: the pairing is geometrically consistent, not chance), how
// many pairs agree on type, and what fraction of each print's minutiae were paired.

export interface PairingSummary {
  paired: number
  supportingEdges: number
  sameType: number
  probeCount: number
  candidateCount: number
}

export function rawPairingScore(p: PairingSummary): number {
  if (p.paired < 2) return 0
  const fraction = (p.paired / p.probeCount + p.paired / p.candidateCount) / 2
  return p.supportingEdges + 0.4 * p.sameType + 8 * fraction
}

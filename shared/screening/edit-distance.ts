// Optimal-string-alignment edit distance (Levenshtein plus adjacent transposition), with a cap.
// Transpositions count as one edit because swapped letters are the commonest typing slip
// (JONATHAN → JONATHNA). The cap lets callers stop early: scoring only cares about small distances.

/**
 * Edits (insert, delete, substitute, swap two adjacent letters) turning `a` into `b`.
 * When the distance exceeds `cap`, returns `cap + 1` as soon as that is certain.
 */
export function editDistance(a: string, b: string, cap: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  if (a.length === 0) return Math.min(b.length, cap + 1)
  if (b.length === 0) return Math.min(a.length, cap + 1)

  // Three rolling rows: two back (for transpositions), previous, current.
  let twoBack = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)

  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMinimum = i
    const charA = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const charB = b.charCodeAt(j - 1)
      const substitution = (previous[j - 1] as number) + (charA === charB ? 0 : 1)
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution)
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        best = Math.min(best, (twoBack[j - 2] as number) + 1)
      }
      current[j] = best
      if (best < rowMinimum) rowMinimum = best
    }
    if (rowMinimum > cap) return cap + 1
    ;[twoBack, previous, current] = [previous, current, twoBack]
  }
  return Math.min(previous[b.length] as number, cap + 1)
}

// Optimal-string-alignment edit distance (Levenshtein plus adjacent transposition), with a cap.
// Transpositions count as one edit because swapped letters are the commonest typing slip
// (JONATHAN → JONATHNA). The cap lets callers stop early: scoring only cares about small distances.

/**
 * Scratch rows shared by every call, grown on demand. Safe because editDistance is synchronous and
 * never re-entered, and every cell it reads is written earlier in the same call (row 0 and
 * column 0 are initialised below; cells j ≥ 1 of a row are written before the next row reads them).
 * This spares three array allocations per call, which dominated the profile of scorePerson.
 */
let twoBackRow = new Int32Array(64)
let previousRow = new Int32Array(64)
let currentRow = new Int32Array(64)

/** Longest `a` the bit-parallel path handles: one bit per letter of `a` in a 32-bit integer. */
const MAX_BIT_PARALLEL_LENGTH = 31
/**
 * Per UTF-16 code unit, the bits of the positions where it occurs in `a`. Set for `a`'s letters at
 * the start of osaBitParallel and cleared again at its end, so it is all zeros between calls.
 */
const positionMasks = new Int32Array(65536)

/**
 * The same optimal-string-alignment distance as the dynamic programme below, computed with
 * Hyyrö's bit-vector algorithm (H. Hyyrö, "A bit-vector algorithm for computing Levenshtein and
 * Damerau edit distances", 2003; the form RapidFuzz uses for OSA): one pass over `b` with the
 * column of the table held as bit vectors, instead of |a| × |b| cells. Names are short, so this
 * is a handful of integer operations per letter. Bits above |a| may hold garbage: carries and
 * shifts only move upwards, and only bit |a| − 1 is read.
 */
function osaBitParallel(a: string, b: string): number {
  const m = a.length
  for (let i = 0; i < m; i++) {
    const code = a.charCodeAt(i)
    positionMasks[code] = (positionMasks[code] as number) | (1 << i)
  }
  const last = 1 << (m - 1)
  let vp = ~0
  let vn = 0
  let d0 = 0
  let previousMask = 0
  let distance = m
  for (let j = 0; j < b.length; j++) {
    const mask = positionMasks[b.charCodeAt(j)] as number
    const transposition = ((~d0 & mask) << 1) & previousMask
    d0 = ((((mask & vp) + vp) | 0) ^ vp) | mask | vn | transposition
    let hp = vn | ~(d0 | vp)
    let hn = d0 & vp
    if ((hp & last) !== 0) distance++
    else if ((hn & last) !== 0) distance--
    hp = (hp << 1) | 1
    hn = hn << 1
    vp = hn | ~(d0 | hp)
    vn = d0 & hp
    previousMask = mask
  }
  for (let i = 0; i < m; i++) positionMasks[a.charCodeAt(i)] = 0
  return distance
}

/**
 * Edits (insert, delete, substitute, swap two adjacent letters) turning `a` into `b`.
 * When the distance exceeds `cap`, returns `cap + 1` as soon as that is certain.
 */
export function editDistance(a: string, b: string, cap: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  const lengthA = a.length
  const lengthB = b.length
  if (Math.abs(lengthA - lengthB) > cap) return cap + 1
  if (lengthA === 0) return Math.min(lengthB, cap + 1)
  if (lengthB === 0) return Math.min(lengthA, cap + 1)

  // For an integer (or infinite) cap the programme below returns exactly `distance` when it is
  // within the cap and `cap + 1` otherwise (it never stops early while the distance is within the
  // cap, and a distance beyond an integer cap is at least cap + 1). The bit-parallel distance gives
  // the same answer. Other caps (fractional, NaN) keep the programme's exact behaviour.
  if (lengthA <= MAX_BIT_PARALLEL_LENGTH && (Number.isInteger(cap) || cap === Number.POSITIVE_INFINITY)) {
    const distance = osaBitParallel(a, b)
    return distance <= cap ? distance : cap + 1
  }

  if (previousRow.length <= lengthB) {
    twoBackRow = new Int32Array(lengthB + 1)
    previousRow = new Int32Array(lengthB + 1)
    currentRow = new Int32Array(lengthB + 1)
  }
  // Three rolling rows: two back (for transpositions), previous, current. twoBack is only read
  // from row 2 on (i > 1), by which time it holds row i − 2.
  let twoBack = twoBackRow
  let previous = previousRow
  let current = currentRow
  for (let j = 0; j <= lengthB; j++) previous[j] = j

  for (let i = 1; i <= lengthA; i++) {
    current[0] = i
    let rowMinimum = i
    const charA = a.charCodeAt(i - 1)
    const previousCharA = i > 1 ? a.charCodeAt(i - 2) : -1
    let previousCharB = -1
    for (let j = 1; j <= lengthB; j++) {
      const charB = b.charCodeAt(j - 1)
      // min(deletion, insertion, substitution), as integers: same value as Math.min of the three.
      let best = (previous[j] as number) + 1
      const insertion = (current[j - 1] as number) + 1
      if (insertion < best) best = insertion
      const substitution = (previous[j - 1] as number) + (charA === charB ? 0 : 1)
      if (substitution < best) best = substitution
      // previousCharA/-B are −1 on the first row/column, never equal to a char code: this is the
      // original `i > 1 && j > 1` guard.
      if (charA === previousCharB && previousCharA === charB && j > 1) {
        const transposition = (twoBack[j - 2] as number) + 1
        if (transposition < best) best = transposition
      }
      current[j] = best
      if (best < rowMinimum) rowMinimum = best
      previousCharB = charB
    }
    if (rowMinimum > cap) return cap + 1
    const recycled = twoBack
    twoBack = previous
    previous = current
    current = recycled
  }
  return Math.min(previous[lengthB] as number, cap + 1)
}

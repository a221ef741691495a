// Jaro-Winkler similarity: the classic record-linkage measure for short strings such as names.
// It tolerates transpositions and rewards a shared prefix, which suits typed names (the first
// letters are the ones people get right). Winkler's standard constants: prefix up to 4, scale 0.1.

const MAX_PREFIX = 4
const PREFIX_SCALE = 0.1

/**
 * Match flags shared by every call, grown on demand and cleared for the lengths in use at the
 * start of each call. Safe because jaro is synchronous and never re-entered; it spares two array
 * allocations per call in the scoring hot path.
 */
let matchedAFlags = new Uint8Array(64)
let matchedBFlags = new Uint8Array(64)

/** Longest strings the bit-parallel path handles: one bit per position in a 32-bit integer. */
const MAX_BIT_PARALLEL_LENGTH = 31
/** Per UTF-16 code unit, the bits of its positions in `b`; set and cleared again within jaroBitParallel. */
const positionsInB = new Int32Array(65536)

/**
 * The same matching as the loops in jaro, on bit vectors: for each letter of `a`, the first
 * not-yet-matched position of the same letter in `b` inside the window is the lowest set bit of
 * (positions of that letter in b) & ~(matched in b) & (window). Transpositions pair the k-th
 * matched letter of `a` with the k-th matched letter of `b`, as the k pointer did. Same counts,
 * same formula, so the same value to the last bit.
 */
function jaroBitParallel(a: string, b: string, window: number): number {
  const lengthA = a.length
  const lengthB = b.length
  for (let j = 0; j < lengthB; j++) {
    const code = b.charCodeAt(j)
    positionsInB[code] = (positionsInB[code] as number) | (1 << j)
  }
  let matchedA = 0
  let matchedB = 0
  let matches = 0
  for (let i = 0; i < lengthA; i++) {
    const from = Math.max(0, i - window)
    const to = Math.min(lengthB - 1, i + window) // ≤ 30
    const throughTo = to === 30 ? 0x7fffffff : (1 << (to + 1)) - 1
    const belowFrom = (1 << from) - 1
    const candidates = (positionsInB[a.charCodeAt(i)] as number) & ~matchedB & throughTo & ~belowFrom
    if (candidates === 0) continue
    matchedB |= candidates & -candidates // lowest: the first position, as the loop found
    matchedA |= 1 << i
    matches++
  }
  for (let j = 0; j < lengthB; j++) positionsInB[b.charCodeAt(j)] = 0
  if (matches === 0) return 0

  let transpositions = 0
  let remainingB = matchedB
  for (let i = 0; i < lengthA; i++) {
    if ((matchedA & (1 << i)) === 0) continue
    const k = 31 - Math.clz32(remainingB & -remainingB)
    remainingB &= remainingB - 1
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++
  }
  const m = matches
  return (m / lengthA + m / lengthB + (m - transpositions / 2) / m) / 3
}

/** Jaro similarity in 0..1 (1 = identical, 0 = nothing in common or an empty side). */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1
  const lengthA = a.length
  const lengthB = b.length
  if (lengthA === 0 || lengthB === 0) return 0
  if (lengthA <= MAX_BIT_PARALLEL_LENGTH && lengthB <= MAX_BIT_PARALLEL_LENGTH) {
    return jaroBitParallel(a, b, Math.max(0, Math.floor(Math.max(lengthA, lengthB) / 2) - 1))
  }

  if (matchedAFlags.length < lengthA) matchedAFlags = new Uint8Array(lengthA)
  if (matchedBFlags.length < lengthB) matchedBFlags = new Uint8Array(lengthB)
  const matchedA = matchedAFlags
  const matchedB = matchedBFlags
  matchedA.fill(0, 0, lengthA)
  matchedB.fill(0, 0, lengthB)

  const window = Math.max(0, Math.floor(Math.max(lengthA, lengthB) / 2) - 1)
  let matches = 0
  for (let i = 0; i < lengthA; i++) {
    const from = Math.max(0, i - window)
    const to = Math.min(lengthB - 1, i + window)
    const charA = a.charCodeAt(i)
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 1 || charA !== b.charCodeAt(j)) continue
      matchedA[i] = 1
      matchedB[j] = 1
      matches++
      break
    }
  }
  if (matches === 0) return 0

  let transpositions = 0
  let k = 0
  for (let i = 0; i < lengthA; i++) {
    if (matchedA[i] === 0) continue
    while (matchedB[k] === 0) k++
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++
    k++
  }
  const m = matches
  return (m / lengthA + m / lengthB + (m - transpositions / 2) / m) / 3
}

/** Jaro-Winkler similarity in 0..1. */
export function jaroWinkler(a: string, b: string): number {
  const base = jaro(a, b)
  let prefix = 0
  while (prefix < MAX_PREFIX && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  return base + prefix * PREFIX_SCALE * (1 - base)
}

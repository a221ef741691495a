// Jaro-Winkler similarity: the classic record-linkage measure for short strings such as names.
// It tolerates transpositions and rewards a shared prefix, which suits typed names (the first
// letters are the ones people get right). Winkler's standard constants: prefix up to 4, scale 0.1.

const MAX_PREFIX = 4
const PREFIX_SCALE = 0.1

/** Jaro similarity in 0..1 (1 = identical, 0 = nothing in common or an empty side). */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1
  if (a.length === 0 || b.length === 0) return 0

  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const matchedA = new Array<boolean>(a.length).fill(false)
  const matchedB = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window)
    const to = Math.min(b.length - 1, i + window)
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a[i] !== b[j]) continue
      matchedA[i] = true
      matchedB[j] = true
      matches++
      break
    }
  }
  if (matches === 0) return 0

  let transpositions = 0
  let k = 0
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue
    while (!matchedB[k]) k++
    if (a[i] !== b[k]) transpositions++
    k++
  }
  const m = matches
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3
}

/** Jaro-Winkler similarity in 0..1. */
export function jaroWinkler(a: string, b: string): number {
  const base = jaro(a, b)
  let prefix = 0
  while (prefix < MAX_PREFIX && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  return base + prefix * PREFIX_SCALE * (1 - base)
}

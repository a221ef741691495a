// Deterministic randomness for the simulated scanner: the same seed renders
// the same scan, bit for bit, on every machine (tests compare pixels).

/** mulberry32: a small, fast 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A standard normal sample (Box–Muller) from a uniform source. */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

export const NORMAL_TABLE_BITS = 16

/**
 * 65,536 standard normal samples. Per-pixel noise picks from this table with
 * an inline xorshift instead of calling Box–Muller 24 million times: the
 * renderer's budget is about a second for a full dual-energy scan.
 */
export function normalTable(seed: number): Float32Array {
  const random = seededRandom(seed)
  const table = new Float32Array(1 << NORMAL_TABLE_BITS)
  for (let i = 0; i < table.length; i++) table[i] = normal(random)
  return table
}

/** Picks an integer in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

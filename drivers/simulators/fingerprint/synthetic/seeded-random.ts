// A small seeded PRNG (mulberry32) so the same seeds always give byte-identical
// prints; Math.random would make tests and accuracy benches unrepeatable.

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform in [min, max). */
  between(min: number, max: number): number
  /** Standard normal (Box–Muller). */
  gaussian(): number
  /** A fresh 32-bit seed, for deriving independent child streams. */
  seed(): number
}

/** Mixes a seed and any number of stream labels into one well-spread 32-bit state. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
  }
  return h >>> 0
}

export function seededRandom(...seedParts: number[]): SeededRandom {
  let state = mixSeed(...seedParts)
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    gaussian: () => {
      const u = Math.max(next(), 1e-12)
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
    },
    seed: () => Math.floor(next() * 4294967296) >>> 0,
  }
}

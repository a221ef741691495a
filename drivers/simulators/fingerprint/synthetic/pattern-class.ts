// The five Henry/NIST pattern classes the generator can draw, as the
// classifier and the accuracy bench name them.

export type PatternClass = 'arch' | 'tented-arch' | 'left-loop' | 'right-loop' | 'whorl'

export const patternClasses: readonly PatternClass[] = ['arch', 'tented-arch', 'left-loop', 'right-loop', 'whorl']

/**
 * Roughly how often each class occurs in real ten-prints (loops ≈ 65 %,
 * whorls ≈ 30 %, arches ≈ 5 %), so a seed without an explicit class gives a
 * realistic mix.
 */
export const patternFrequencies: Readonly<Record<PatternClass, number>> = {
  'arch': 0.04,
  'tented-arch': 0.04,
  'left-loop': 0.31,
  'right-loop': 0.31,
  'whorl': 0.3,
}

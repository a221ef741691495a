// The held-out name pairs (resources/screening/name-pairs-holdout.csv): written by someone who
// had not seen the matcher or the tuning pairs, and never used to tune it. Its figures are the
// honest estimate of how the matcher does on names it was not shaped around. Measured when it
// arrived: precision 92.6 %, recall 91.3 %; Greek transliteration then added (a general gap
// the set revealed, not a fit to its pairs): 92.7 % / 92.2 %. The goal (95 % both) is met on the
// tuning set only. The floors below guard against regressions, they are not the goal.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import holdoutCsv from '../../resources/screening/name-pairs-holdout.csv?raw'
import { evaluatePairs, parseNamePairsCsv } from './pair-evaluation'
import { DEFAULT_PERSON_THRESHOLD, scorePersonName } from './score-person'

const HOLDOUT = parseNamePairsCsv(holdoutCsv)
const score = (a: string, b: string): number => scorePersonName(a, b).score

describe('held-out name pairs', () => {
  it('has at least 300 pairs, both labels', () => {
    expect(HOLDOUT.length).toBeGreaterThanOrEqual(300)
    expect(HOLDOUT.some((p) => p.isMatch) && HOLDOUT.some((p) => !p.isMatch)).toBe(true)
  })

  it(`keeps precision and recall at the default threshold ${DEFAULT_PERSON_THRESHOLD} at least where they were measured`, () => {
    const r = evaluatePairs(HOLDOUT, DEFAULT_PERSON_THRESHOLD, score)
    const wrong = HOLDOUT.filter((p) => (score(p.name1, p.name2) >= DEFAULT_PERSON_THRESHOLD) !== p.isMatch).map(
      (p) => `  ${p.isMatch ? 'FN' : 'FP'} ${score(p.name1, p.name2).toFixed(2)} [${p.category}] ${p.name1} / ${p.name2}`,
    )
    console.log([`held-out pairs: ${HOLDOUT.length}; precision ${(100 * r.precision).toFixed(1)}%, recall ${(100 * r.recall).toFixed(1)}%`, ...wrong].join('\n'))
    expect(r.precision).toBeGreaterThanOrEqual(0.92)
    expect(r.recall).toBeGreaterThanOrEqual(0.92)
  })
})

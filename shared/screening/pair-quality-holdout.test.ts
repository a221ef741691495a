// The held-out name pairs: each set written by someone who had seen neither the matcher nor the
// other sets, and never used to tune the scorer. Their figures estimate how the matcher does on
// names it was not shaped around (the tuning set, name-pairs.csv, is in pair-quality.test.ts).
//
// - Set 1 (name-pairs-holdout.csv, 411 pairs): measured on arrival at precision 92.6 % / recall
//   91.3 %. Its misjudged pairs were then read to find general gaps (scripts, romanisation habits,
//   known names), so it is no longer blind. Its 17 nickname pairs are labelled non-matches: that
//   writer's policy; sets 2 to 4 (and the matcher) count a nickname of the same given name as a
//   match, so set 1 is scored without that category.
// - Set 2 (name-pairs-holdout-2.csv, 460 pairs): measured on arrival at 90.8 % / 77.0 % (after
//   the script and romanisation work); its misses then showed nicknames and dropped middle names,
//   so it is no longer blind either.
// - Set 3 (name-pairs-holdout-3.csv, 473 pairs): written after the script work, measured with
//   nicknames in place at 89.2 % / 91.6 %, then after a larger known-names table (added without
//   reading this set) at 91.6 % / 91.6 %. Its misjudged pairs have not been read.
// - Set 4 (name-pairs-holdout-4.csv, 467 pairs): written last; 88.7 % / 95.3 % on arrival, 90.4 % /
//   95.7 % with the larger known-names table. Not read either.
// Sets 3 and 4 are the honest estimate on independent data: the 95 % goal is met on the tuning
// set, not on them (precision falls short).
// The floors below guard against regressions; they are not the goal.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import holdout1Csv from '../../resources/screening/name-pairs-holdout.csv?raw'
import holdout2Csv from '../../resources/screening/name-pairs-holdout-2.csv?raw'
import holdout3Csv from '../../resources/screening/name-pairs-holdout-3.csv?raw'
import holdout4Csv from '../../resources/screening/name-pairs-holdout-4.csv?raw'
import { evaluatePairs, parseNamePairsCsv, type NamePair } from './pair-evaluation'
import { DEFAULT_PERSON_THRESHOLD, scorePersonName } from './score-person'

const score = (a: string, b: string): number => scorePersonName(a, b).score

const SETS: ReadonlyArray<{ name: string; pairs: NamePair[]; precision: number; recall: number }> = [
  { name: 'held-out set 1 (without its nickname pairs)', pairs: parseNamePairsCsv(holdout1Csv).filter((p) => p.category !== 'nickname'), precision: 0.97, recall: 0.98 },
  { name: 'held-out set 2', pairs: parseNamePairsCsv(holdout2Csv), precision: 0.93, recall: 0.9 },
  { name: 'held-out set 3', pairs: parseNamePairsCsv(holdout3Csv), precision: 0.9, recall: 0.9 },
  { name: 'held-out set 4', pairs: parseNamePairsCsv(holdout4Csv), precision: 0.89, recall: 0.94 },
]

describe.each(SETS)('$name', ({ name, pairs, precision, recall }) => {
  it('has at least 300 pairs, both labels', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300)
    expect(pairs.some((p) => p.isMatch) && pairs.some((p) => !p.isMatch)).toBe(true)
  })

  it(`keeps precision and recall at the default threshold ${DEFAULT_PERSON_THRESHOLD} at least where they were measured`, () => {
    const r = evaluatePairs(pairs, DEFAULT_PERSON_THRESHOLD, score)
    const wrong = pairs
      .filter((p) => (score(p.name1, p.name2) >= DEFAULT_PERSON_THRESHOLD) !== p.isMatch)
      .map((p) => `  ${p.isMatch ? 'FN' : 'FP'} ${score(p.name1, p.name2).toFixed(2)} [${p.category}] ${p.name1} / ${p.name2}`)
    console.log([`${name}: ${pairs.length} pairs; precision ${(100 * r.precision).toFixed(1)}%, recall ${(100 * r.recall).toFixed(1)}%`, ...wrong].join('\n'))
    expect(r.precision).toBeGreaterThanOrEqual(precision)
    expect(r.recall).toBeGreaterThanOrEqual(recall)
  })
})

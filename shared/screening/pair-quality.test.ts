// Quality gate on the labelled pairs: precision and recall at the default threshold, with the
// figures and the misjudged pairs printed so a change in the scorer shows its cost.
import { describe, expect, it } from 'vitest'
import { evaluatePairs } from './pair-evaluation'
import { DEFAULT_PERSON_THRESHOLD, scorePersonName } from './score-person'
import { NAME_PAIRS } from './testing/name-pairs-fixture'

const score = (a: string, b: string): number => scorePersonName(a, b).score
const percent = (n: number): string => `${(100 * n).toFixed(1)}%`

describe('name pair quality', () => {
  it('has at least 300 roughly balanced pairs across categories', () => {
    expect(NAME_PAIRS.length).toBeGreaterThanOrEqual(300)
    const positives = NAME_PAIRS.filter((p) => p.isMatch).length / NAME_PAIRS.length
    expect(positives).toBeGreaterThan(0.4)
    expect(positives).toBeLessThan(0.6)
    const keys = NAME_PAIRS.map((p) => `${p.name1}|${p.name2}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it(`reaches precision and recall ≥ 95% at the default threshold ${DEFAULT_PERSON_THRESHOLD}`, () => {
    const result = evaluatePairs(NAME_PAIRS, DEFAULT_PERSON_THRESHOLD, score)
    const sweep = [0.7, 0.75, 0.8, 0.85, 0.9].map((t) => {
      const r = evaluatePairs(NAME_PAIRS, t, score)
      return `  ${t.toFixed(2)}: P ${percent(r.precision)} R ${percent(r.recall)} F1 ${percent(r.f1)}`
    })
    const wrong = NAME_PAIRS.filter((p) => (score(p.name1, p.name2) >= DEFAULT_PERSON_THRESHOLD) !== p.isMatch).map(
      (p) => `  ${p.isMatch ? 'FN' : 'FP'} ${score(p.name1, p.name2).toFixed(2)} [${p.category}] ${p.name1} / ${p.name2}`,
    )
    console.log(
      [
        `name pairs: ${NAME_PAIRS.length}; threshold ${DEFAULT_PERSON_THRESHOLD}`,
        `precision ${percent(result.precision)}, recall ${percent(result.recall)}, F1 ${percent(result.f1)} (tp ${result.tp}, fp ${result.fp}, fn ${result.fn}, tn ${result.tn})`,
        'threshold sweep:',
        ...sweep,
        'misjudged pairs:',
        ...wrong,
      ].join('\n'),
    )
    expect(result.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.recall).toBeGreaterThanOrEqual(0.95)
  })
})

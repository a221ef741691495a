// Evaluates a condition tree and says why. Each result carries the statements
// that are true about this crossing and decide the result: for a profile that
// fires, exactly the comparisons that held (a negated one reads "not …"), with
// the fact values they saw. Logic is three-valued (Kleene): unknown facts make
// a branch unknown, and only a definite true fires.
import type { FactValue, Facts } from './fact-catalogue'
import { compare, countOf, type Truth } from './compare'
import { isAll, isAny, isNot, type Comparison, type Condition } from './rule-language'

export interface Outcome {
  truth: Truth
  because: string[]
}

export function checkCondition(c: Condition, facts: Facts): Outcome {
  if (isNot(c)) {
    const inner = checkCondition(c.not, facts)
    // The inner statements are already phrased as what holds; negating flips the truth, not the facts.
    return { truth: inner.truth === null ? null : !inner.truth, because: inner.because }
  }
  if (isAll(c) || isAny(c)) {
    const children = (isAll(c) ? c.all : c.any).map((child) => checkCondition(child, facts))
    const deciding = isAll(c) ? false : true
    if (children.some((o) => o.truth === deciding)) {
      return { truth: deciding, because: children.filter((o) => o.truth === deciding).flatMap((o) => o.because) }
    }
    if (children.some((o) => o.truth === null)) return { truth: null, because: children.filter((o) => o.truth === null).flatMap((o) => o.because) }
    return { truth: !deciding, because: children.flatMap((o) => o.because) }
  }
  const cmp = c as Comparison
  const actual = (facts as Record<string, FactValue | null | undefined>)[cmp.fact]
  const truth = compare(cmp, actual)
  const statement = `${describeComparison(cmp)} (${observed(cmp, actual)})`
  return { truth, because: [truth === false ? `not ${statement}` : statement] }
}

/** The comparison as written, e.g. `history.crossings countGte 2 within 12 hours`. */
export function describeComparison(c: Comparison): string {
  const value = 'value' in c ? ` ${JSON.stringify(c.value)}` : ''
  const within = 'within' in c && c.within ? ` within ${c.within.hours !== undefined ? `${c.within.hours} hours` : `${c.within.days} days`}` : ''
  return `${c.fact} ${c.op}${value}${within}`
}

function observed(c: Comparison, actual: FactValue | null | undefined): string {
  if (actual === null || actual === undefined) return `${c.fact} unknown`
  if (c.op === 'countGte' || c.op === 'countLte') return `count: ${countOf(c, actual) ?? 'unknown'}; ${c.fact} = ${listed(actual)}`
  return `${c.fact} = ${JSON.stringify(actual)}`
}

/** Lists and events in full, events rounded to a tenth of an hour ("hours ago"). */
function listed(actual: FactValue): string {
  if (!Array.isArray(actual)) return JSON.stringify(actual)
  const items = actual.map((x) => (typeof x === 'number' ? Math.round(x * 10) / 10 : x))
  return JSON.stringify(items)
}

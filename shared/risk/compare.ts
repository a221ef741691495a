// One comparison against one fact value, in three-valued logic: true, false,
// or null when the fact is unknown. Unknown never satisfies a comparison (a
// profile must not fire on missing data); only `exists` looks at presence.
import type { FactValue } from './fact-catalogue'
import { windowHours, type Comparison } from './rule-language'

export type Truth = boolean | null

const isStrings = (v: FactValue): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isNumbers = (v: FactValue): v is readonly number[] => Array.isArray(v) && v.every((x) => typeof x === 'number')

/** How many items (list) or events (inside the window, if any) the fact holds; null when it is not a list. */
export function countOf(c: Comparison, actual: FactValue): number | null {
  if (!Array.isArray(actual)) return null
  if (c.op !== 'countGte' && c.op !== 'countLte') return actual.length
  if (!c.within) return actual.length
  if (!isNumbers(actual)) return null
  const limit = windowHours(c.within)
  return actual.filter((hoursAgo) => hoursAgo <= limit).length
}

export function compare(c: Comparison, actual: FactValue | null | undefined): Truth {
  if (c.op === 'exists') return actual !== null && actual !== undefined
  if (actual === null || actual === undefined) return null
  switch (c.op) {
    case 'equals':
      return Array.isArray(actual) ? null : actual === c.value
    case 'notEquals':
      return Array.isArray(actual) ? null : actual !== c.value
    case 'in':
      return Array.isArray(actual) || typeof actual === 'boolean' ? null : c.value.includes(actual as string | number)
    case 'notIn':
      return Array.isArray(actual) || typeof actual === 'boolean' ? null : !c.value.includes(actual as string | number)
    case 'gt':
      return typeof actual === 'number' ? actual > c.value : null
    case 'gte':
      return typeof actual === 'number' ? actual >= c.value : null
    case 'lt':
      return typeof actual === 'number' ? actual < c.value : null
    case 'lte':
      return typeof actual === 'number' ? actual <= c.value : null
    case 'between':
      return typeof actual === 'number' ? actual >= c.value[0] && actual <= c.value[1] : null
    case 'includes':
      return isStrings(actual) ? actual.includes(c.value) : null
    case 'includesAny':
      return isStrings(actual) ? c.value.some((v) => actual.includes(v)) : null
    case 'countGte':
    case 'countLte': {
      const n = countOf(c, actual)
      if (n === null) return null
      return c.op === 'countGte' ? n >= c.value : n <= c.value
    }
  }
}

// Validation of a condition tree. Zod checks each node's shape; the dispatch on
// the node kind (all / any / not / comparison) and the operator is explicit so
// every error names its path (conditions.all.1.value) and says what is wrong,
// instead of a union's "invalid input".
import { z } from 'zod'
import { factInfo, valueFormats, type FactInfo } from './fact-catalogue'
import { HISTORY_HORIZON_DAYS, HISTORY_HORIZON_HOURS, operators, operatorsByFactType, type Comparison, type Condition, type Operator } from './rule-language'

export const MAX_DEPTH = 6
export const MAX_CHILDREN = 20
export const MAX_COMPARISONS = 40
export const MAX_LIST_VALUES = 100

type Path = Array<string | number>
interface Issue {
  path: Path
  message: string
}

/** Values are short plain codes: no wildcards, no patterns, nothing to interpret. */
const text = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9 _.:<-]+$/, 'use letters, digits, space and _ . : < - only')
const scalar = z.union([text, z.number(), z.boolean()])
const count = z.int().min(0).max(10_000)

const windowSchema = z
  .strictObject({ hours: z.int().min(1).max(HISTORY_HORIZON_HOURS).optional(), days: z.int().min(1).max(HISTORY_HORIZON_DAYS).optional() })
  .refine((w) => (w.hours === undefined) !== (w.days === undefined), 'give exactly one of hours or days')

const comparisonShapes: Record<Operator, z.ZodType> = {
  equals: z.strictObject({ fact: z.string(), op: z.literal('equals'), value: scalar }),
  notEquals: z.strictObject({ fact: z.string(), op: z.literal('notEquals'), value: scalar }),
  in: z.strictObject({ fact: z.string(), op: z.literal('in'), value: z.array(z.union([text, z.number()])).min(1).max(MAX_LIST_VALUES) }),
  notIn: z.strictObject({ fact: z.string(), op: z.literal('notIn'), value: z.array(z.union([text, z.number()])).min(1).max(MAX_LIST_VALUES) }),
  gt: z.strictObject({ fact: z.string(), op: z.literal('gt'), value: z.number() }),
  gte: z.strictObject({ fact: z.string(), op: z.literal('gte'), value: z.number() }),
  lt: z.strictObject({ fact: z.string(), op: z.literal('lt'), value: z.number() }),
  lte: z.strictObject({ fact: z.string(), op: z.literal('lte'), value: z.number() }),
  between: z.strictObject({
    fact: z.string(),
    op: z.literal('between'),
    value: z.tuple([z.number(), z.number()]).refine(([lo, hi]) => lo <= hi, 'the lower bound comes first and may not exceed the upper'),
  }),
  exists: z.strictObject({ fact: z.string(), op: z.literal('exists') }),
  includes: z.strictObject({ fact: z.string(), op: z.literal('includes'), value: text }),
  includesAny: z.strictObject({ fact: z.string(), op: z.literal('includesAny'), value: z.array(text).min(1).max(MAX_LIST_VALUES) }),
  countGte: z.strictObject({ fact: z.string(), op: z.literal('countGte'), value: count, within: windowSchema.optional() }),
  countLte: z.strictObject({ fact: z.string(), op: z.literal('countLte'), value: count, within: windowSchema.optional() }),
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

class Checker {
  readonly issues: Issue[] = []
  private comparisons = 0

  node(v: unknown, path: Path, depth: number): Condition | null {
    if (depth > MAX_DEPTH) return this.fail(path, `conditions nest at most ${MAX_DEPTH} deep`)
    if (!isRecord(v)) return this.fail(path, 'expected a condition object: { all }, { any }, { not } or { fact, op, value }')
    const keys = Object.keys(v)
    for (const kind of ['all', 'any', 'not'] as const) {
      if (!(kind in v)) continue
      if (keys.length !== 1) return this.fail(path, `a { ${kind} } node has no other keys (found ${keys.join(', ')})`)
      return kind === 'not' ? this.negation(v.not, [...path, 'not'], depth) : this.group(kind, v[kind], [...path, kind], depth)
    }
    if ('fact' in v || 'op' in v) return this.comparison(v, path)
    return this.fail(path, 'expected a condition object: { all }, { any }, { not } or { fact, op, value }')
  }

  private group(kind: 'all' | 'any', children: unknown, path: Path, depth: number): Condition | null {
    if (!Array.isArray(children) || children.length === 0) return this.fail(path, `${kind} needs a non-empty list of conditions`)
    if (children.length > MAX_CHILDREN) return this.fail(path, `${kind} takes at most ${MAX_CHILDREN} conditions`)
    const checked = children.map((c, i) => this.node(c, [...path, i], depth + 1))
    if (checked.some((c) => c === null)) return null
    return kind === 'all' ? { all: checked as Condition[] } : { any: checked as Condition[] }
  }

  private negation(inner: unknown, path: Path, depth: number): Condition | null {
    const checked = this.node(inner, path, depth + 1)
    return checked === null ? null : { not: checked }
  }

  private comparison(v: Record<string, unknown>, path: Path): Condition | null {
    if (++this.comparisons === MAX_COMPARISONS + 1) return this.fail(path, `a profile has at most ${MAX_COMPARISONS} comparisons`)
    if (typeof v.fact !== 'string') return this.fail([...path, 'fact'], 'name a fact, e.g. traveller.nationality')
    const info = factInfo(v.fact)
    if (!info) return this.fail([...path, 'fact'], `unknown fact '${v.fact}'`)
    if (typeof v.op !== 'string' || !(operators as readonly string[]).includes(v.op)) {
      return this.fail([...path, 'op'], `unknown operator '${String(v.op)}'; one of ${operators.join(', ')}`)
    }
    const op = v.op as Operator
    const allowed = operatorsByFactType[info.type]
    if (!allowed.includes(op)) return this.fail([...path, 'op'], `'${op}' does not apply to ${v.fact} (a ${info.type} fact); use ${allowed.join(', ')}`)
    const shape = comparisonShapes[op].safeParse(v)
    if (!shape.success) {
      for (const i of shape.error.issues) this.issues.push({ path: [...path, ...(i.path as Path)], message: i.message })
      return null
    }
    const c = shape.data as Comparison
    const valueProblem = this.valueProblem(c, info)
    return valueProblem ? this.fail([...path, ...valueProblem.at], valueProblem.message) : c
  }

  /** The value must be of the fact's kind, one of its values, and in its format. */
  private valueProblem(c: Comparison, info: FactInfo): { at: Path; message: string } | null {
    if (c.op === 'exists' || c.op === 'countGte' || c.op === 'countLte') return null
    const values: unknown[] = Array.isArray(c.value) ? c.value : [c.value]
    const expected = info.type === 'list' ? 'string' : info.type
    for (const [i, value] of values.entries()) {
      const at: Path = Array.isArray(c.value) ? ['value', i] : ['value']
      if (typeof value !== expected) return { at, message: `${c.fact} is a ${info.type} fact: expected a ${expected}, got ${JSON.stringify(value)}` }
      if (typeof value !== 'string') continue
      if (info.values && !info.values.includes(value)) return { at, message: `${c.fact} is one of ${info.values.join(', ')}; got '${value}'` }
      const format = info.format ? valueFormats[info.format] : null
      if (format && !format.pattern.test(value)) return { at, message: `${c.fact} expects ${format.hint}; got '${value}'` }
    }
    return null
  }

  private fail(path: Path, message: string): null {
    this.issues.push({ path, message })
    return null
  }
}

/** A condition tree, validated against the fact catalogue. */
export const conditionSchema: z.ZodType<Condition, unknown> = z.unknown().transform((v, ctx) => {
  const checker = new Checker()
  const condition = checker.node(v, [], 1)
  for (const i of checker.issues) ctx.addIssue({ code: 'custom', message: i.message, path: i.path })
  return condition ?? z.NEVER
})

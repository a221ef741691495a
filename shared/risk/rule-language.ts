// The risk-profile rule language, as plain data: a small boolean tree (all /
// any / not) over named facts. No code, no regular expressions, no functions:
// a supervisor writes it, a reviewer reads it, the evaluator interprets it.

/** How far back history and vehicle facts look. Windows in profiles may not exceed it. */
export const HISTORY_HORIZON_DAYS = 90
export const HISTORY_HORIZON_HOURS = HISTORY_HORIZON_DAYS * 24

export const operators = [
  'equals',
  'notEquals',
  'in',
  'notIn',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'exists',
  'includes',
  'includesAny',
  'countGte',
  'countLte',
] as const
export type Operator = (typeof operators)[number]

/** Kinds of fact value. `events` are earlier occurrences, each as hours before the crossing. */
export const factTypes = ['string', 'number', 'boolean', 'list', 'events'] as const
export type FactType = (typeof factTypes)[number]

/** Which operators make sense for which kind of fact; anything else is a validation error. */
export const operatorsByFactType: Record<FactType, readonly Operator[]> = {
  string: ['equals', 'notEquals', 'in', 'notIn', 'exists'],
  number: ['equals', 'notEquals', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'between', 'exists'],
  boolean: ['equals', 'exists'],
  list: ['includes', 'includesAny', 'countGte', 'countLte', 'exists'],
  events: ['countGte', 'countLte', 'exists'],
}

/** Counting window for `events` facts: exactly one of hours or days. */
export type Window = { hours: number; days?: never } | { days: number; hours?: never }

export type Comparison =
  | { fact: string; op: 'equals' | 'notEquals'; value: string | number | boolean }
  | { fact: string; op: 'in' | 'notIn'; value: Array<string | number> }
  | { fact: string; op: 'gt' | 'gte' | 'lt' | 'lte'; value: number }
  | { fact: string; op: 'between'; value: [number, number] }
  | { fact: string; op: 'exists' }
  | { fact: string; op: 'includes'; value: string }
  | { fact: string; op: 'includesAny'; value: string[] }
  | { fact: string; op: 'countGte' | 'countLte'; value: number; within?: Window }

export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Comparison

export const isAll = (c: Condition): c is { all: Condition[] } => 'all' in c
export const isAny = (c: Condition): c is { any: Condition[] } => 'any' in c
export const isNot = (c: Condition): c is { not: Condition } => 'not' in c

export function windowHours(w: Window): number {
  return w.hours ?? (w.days ?? 0) * 24
}

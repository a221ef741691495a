// Validation results that name the path of each problem, for the supervisor's
// editor and for errors thrown by the store.
import type { z } from 'zod'

export interface ValidationIssue {
  /** Dotted path into the profile, e.g. conditions.all.1.value; empty for the whole profile. */
  path: string
  message: string
}

export class RiskProfileInvalid extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`Invalid risk profile: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`)
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }

export function validate<T>(schema: z.ZodType<T, unknown>, input: unknown): Validated<T> {
  const r = schema.safeParse(input)
  if (r.success) return { ok: true, value: r.data }
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) }
}

/** Parses or throws RiskProfileInvalid. */
export function parseOrThrow<T>(schema: z.ZodType<T, unknown>, input: unknown): T {
  const r = validate(schema, input)
  if (!r.ok) throw new RiskProfileInvalid(r.issues)
  return r.value
}

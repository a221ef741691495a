// Score bands. Thresholds are data (set by a supervisor, versioned, audited),
// not constants buried in the evaluator.
import { z } from 'zod'

export const bands = ['low', 'medium', 'high'] as const
export type Band = (typeof bands)[number]

export const bandThresholdsSchema = z
  .strictObject({
    /** A score at or above this is medium. */
    medium: z.int().min(1).max(10_000),
    /** A score at or above this is high. */
    high: z.int().min(1).max(10_000),
  })
  .refine((t) => t.medium < t.high, { path: ['high'], message: 'must be above medium' })
export type BandThresholds = z.infer<typeof bandThresholdsSchema>

export const DEFAULT_BAND_THRESHOLDS: BandThresholds = { medium: 30, high: 60 }

export function bandFor(score: number, t: BandThresholds): Band {
  if (score >= t.high) return 'high'
  if (score >= t.medium) return 'medium'
  return 'low'
}

// A risk profile: a human-written rule with its reason, its owner and its end
// date. The draft is what a supervisor writes; the store stamps the rest.
import { z } from 'zod'
import { conditionSchema } from './condition-schema'

/** Profiles must be reviewed at least yearly: a longer life is refused. */
export const MAX_PROFILE_LIFETIME_DAYS = 366
const DAY_MS = 86_400_000

export const profileId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes, e.g. short-round-trip')
  .min(3)
  .max(64)
const isoInstant = z.iso.datetime({ offset: true })

export const profileDraftSchema = z.strictObject({
  id: profileId,
  title: z.string().trim().min(3).max(120),
  /** Why the profile exists: the threat, the evidence, the expected false positives. */
  rationale: z.string().trim().min(20, 'say why this profile exists (at least 20 characters)').max(2000),
  /** Who is accountable for it (post commander, risk-analysis unit…). */
  owner: z.string().trim().min(3).max(120),
  expiresAt: isoInstant,
  /** Points added to the crossing's score when the profile fires. */
  scoreWeight: z.int().min(1).max(100),
  conditions: conditionSchema,
})
export type ProfileDraft = z.infer<typeof profileDraftSchema>

/** What an edit may change: everything but the id. */
export const profileChangesSchema = profileDraftSchema.omit({ id: true }).partial()
export type ProfileChanges = z.infer<typeof profileChangesSchema>

export const profileStatuses = ['active', 'retired'] as const
export type ProfileStatus = (typeof profileStatuses)[number]

export const riskProfileSchema = profileDraftSchema
  .extend({
    version: z.int().min(1),
    status: z.enum(profileStatuses),
    createdAt: isoInstant,
    /** The supervisor who saved this version. */
    createdBy: z.string().min(1).max(64),
  })
  .superRefine((p, ctx) => {
    // A retirement may come after expiry; only an active version needs a future expiry.
    if (p.status === 'retired') return
    const created = Date.parse(p.createdAt)
    const expires = Date.parse(p.expiresAt)
    if (expires <= created) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be after createdAt (an expired profile needs a new expiry date)' })
    else if (expires - created > MAX_PROFILE_LIFETIME_DAYS * DAY_MS) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: `at most ${MAX_PROFILE_LIFETIME_DAYS} days after createdAt: profiles are reviewed at least yearly` })
    }
  })
export type RiskProfile = z.infer<typeof riskProfileSchema>

/** An expired or retired profile never fires. */
export function isInForce(p: Pick<RiskProfile, 'status' | 'expiresAt'>, now: Date): boolean {
  return p.status === 'active' && Date.parse(p.expiresAt) > now.getTime()
}

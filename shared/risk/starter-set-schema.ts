// The starter set a supervisor may load on a new post. Expiry is given as days
// from loading, so a starter file never arrives already expired.
import { z } from 'zod'
import { bandThresholdsSchema } from './bands'
import { MAX_PROFILE_LIFETIME_DAYS, profileDraftSchema } from './profile-schema'

export const starterProfileSchema = profileDraftSchema.omit({ expiresAt: true }).extend({
  validForDays: z.int().min(1).max(MAX_PROFILE_LIFETIME_DAYS),
})
export type StarterProfile = z.infer<typeof starterProfileSchema>

export const starterSetSchema = z
  .strictObject({
    /** What the set is (examples, fictional codes): shown before loading. */
    about: z.string().min(1),
    bands: bandThresholdsSchema,
    profiles: z.array(starterProfileSchema).min(1),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>()
    s.profiles.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['profiles', i, 'id'], message: `duplicate id ${p.id}` })
      seen.add(p.id)
    })
  })
export type StarterSet = z.infer<typeof starterSetSchema>

// Loads the starter set (resources/risk/starter-profiles.json) on a supervisor's
// request: every profile whose id is not taken yet becomes version 1, expiring
// validForDays after loading; the thresholds are set only if none were. The
// whole file is validated before anything is written.
import { readFileSync } from 'node:fs'
import { starterSetSchema } from '../../../shared/risk/starter-set-schema'
import { parseOrThrow } from '../../../shared/risk/validation'
import type { BandStore } from './band-store'
import type { ProfileStore } from './profile-store'
import { requireSupervisor, type Supervisor } from './supervisor'

const DAY_MS = 86_400_000

export interface StarterLoad {
  created: string[]
  /** Ids already in use (never overwritten). */
  skipped: string[]
  bandsSet: boolean
}

export function loadStarterProfiles(file: string, stores: { profiles: ProfileStore; bands: BandStore }, by: Supervisor, now: Date = new Date()): StarterLoad {
  requireSupervisor(by)
  const set = parseOrThrow(starterSetSchema, JSON.parse(readFileSync(file, 'utf8')))
  const result: StarterLoad = { created: [], skipped: [], bandsSet: false }
  for (const { validForDays, ...draft } of set.profiles) {
    if (stores.profiles.current(draft.id)) {
      result.skipped.push(draft.id)
      continue
    }
    stores.profiles.create({ ...draft, expiresAt: new Date(now.getTime() + validForDays * DAY_MS).toISOString() }, by, 'loaded from the starter set')
    result.created.push(draft.id)
  }
  if (stores.bands.current().version === 0) {
    stores.bands.set(set.bands, by, 'loaded from the starter set')
    result.bandsSet = true
  }
  return result
}

// Forward-only migrations, in order: add a file and a line here, never edit an old one.
// Each runs in its own transaction together with the bump of user_version.
import type { Migration } from './migration'
import { foundation } from './001-foundation'
import { readerDevice } from './002-reader-device'
import { alertLists } from './003-alert-lists'
import { riskProfiles } from './004-risk-profiles'
import { alertScores } from './005-alert-scores'
import { vehicleLane } from './006-vehicle-lane'
import { fingerprints } from './007-fingerprints'
import { training } from './008-training'

export const migrations: readonly Migration[] = [foundation, readerDevice, alertLists, riskProfiles, alertScores, vehicleLane, fingerprints, training]

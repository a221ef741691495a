// Forward-only migrations, in order: add a file and a line here, never edit an old one.
// Each runs in its own transaction together with the bump of user_version.
import type { Migration } from './migration'
import { foundation } from './001-foundation'
import { readerDevice } from './002-reader-device'

export const migrations: readonly Migration[] = [foundation, readerDevice]

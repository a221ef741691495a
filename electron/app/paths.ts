import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/** The folder holding Checkpoint's package.json, found by walking up from `from` (source or built output alike). */
export function appRoot(from: string): string {
  let dir = resolve(from)
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'checkpoint') return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Cannot find Checkpoint's package.json above ${from}`)
    dir = parent
  }
}

/** Where the database and audit anchor live unless told otherwise (--data-dir or CHECKPOINT_DATA_DIR). */
export function defaultDataDir(): string {
  return process.env.CHECKPOINT_DATA_DIR ?? join(homedir(), '.local', 'share', 'checkpoint')
}

export const databaseFile = (dataDir: string) => join(dataDir, 'checkpoint.db')
/** A training workstation's database, in its own data folder (<data-dir>/training). */
/** A training workstation's own data folder, inside the workstation's. */
export const trainingDataDir = (dataDir: string) => join(dataDir, 'training')
export const trainingDatabaseFile = (trainingDataDir: string) => join(trainingDataDir, 'training.db')
export const auditAnchorFile = (dataDir: string) => join(dataDir, 'audit-head.json')
export const deviceConfigFile = (dataDir: string) => join(dataDir, 'devices.json')

// A whole workstation on a temp folder, driven through the same Connection
// the hosts use (no browser).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CheckpointApp } from '../../electron/app/checkpoint-app'
import type { Connection } from '../../electron/api/connection'
import { silentLogger } from '../../drivers/core/driver'
import type { InspectionSnapshot } from '../../shared/domain/inspection'

export const resourcesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources')

export async function startApp(dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-test-'))) {
  const app = await CheckpointApp.start({ dataDir, resourcesDir, log: silentLogger, initialBackoffMs: 20 })
  return { app, dataDir }
}

export interface Client {
  connection: Connection
  snapshots: InspectionSnapshot[]
  call(channel: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; code?: string; message?: string }>
  nextSnapshot(predicate: (s: InspectionSnapshot) => boolean, timeoutMs?: number): Promise<InspectionSnapshot>
}

export async function client(app: CheckpointApp, username?: string): Promise<Client> {
  const snapshots: InspectionSnapshot[] = []
  const waiters: Array<() => void> = []
  const connection = app.connect((event, payload) => {
    if (event === 'inspectionChanged') {
      snapshots.push(payload as InspectionSnapshot)
      waiters.splice(0).forEach((w) => w())
    }
  })
  const c: Client = {
    connection,
    snapshots,
    call: (channel, input) => connection.call(channel, input ?? {}),
    nextSnapshot: (predicate, timeoutMs = 3000) =>
      new Promise((resolveSnap, reject) => {
        const start = snapshots.length
        const timer = setTimeout(() => reject(new Error('no matching inspection snapshot')), timeoutMs)
        const check = () => {
          const hit = snapshots.slice(start).find(predicate)
          if (hit) {
            clearTimeout(timer)
            resolveSnap(hit)
          } else waiters.push(check)
        }
        waiters.push(check)
      }),
  }
  if (username) {
    const r = await c.call('session.signIn', { username, password: `${username}-demo` })
    if (!r.ok) throw new Error(`sign-in failed: ${r.message}`)
  }
  return c
}

// A training workstation on a temp folder for the training tests, and a signed-in client that
// keeps the events it receives.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CheckpointApp } from '../../electron/app/checkpoint-app'
import { silentLogger } from '../../drivers/core/driver'
import { resourcesDir } from './app-harness'

export async function startTrainingApp(dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-training-')), devicesFile?: string) {
  const app = await CheckpointApp.start({ dataDir, resourcesDir, log: silentLogger, initialBackoffMs: 20, training: true, fingerprintWorkers: 0, ...(devicesFile ? { devicesFile } : {}) })
  return { app, dataDir }
}

export interface EventClient {
  events: Array<{ event: string; payload: unknown }>
  call(channel: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; code?: string; message?: string }>
  last<T>(event: string): T | undefined
}

export async function signedIn(app: CheckpointApp, username: string): Promise<EventClient> {
  const events: EventClient['events'] = []
  const connection = app.connect((event, payload) => events.push({ event, payload }))
  const c: EventClient = {
    events,
    call: (channel, input) => connection.call(channel, input ?? {}),
    last: <T>(event: string) => events.filter((e) => e.event === event).at(-1)?.payload as T | undefined,
  }
  const r = await c.call('session.signIn', { username, password: `${username}-demo` })
  if (!r.ok) throw new Error(`sign-in failed: ${r.message}`)
  return c
}

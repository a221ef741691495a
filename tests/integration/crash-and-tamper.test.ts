// A process killed mid-write leaves no half-recorded crossing; an edited or
// deleted audit entry is found by `checkpoint audit verify`.
import { afterEach, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import { runCli } from '../../electron/cli/main'
import { databaseFile } from '../../electron/app/paths'
import { client, startApp } from './app-harness'

let app: CheckpointApp | undefined
afterEach(async () => {
  await app?.stop()
  app = undefined
})

async function verifyCli(dataDir: string): Promise<{ code: number; text: string }> {
  let text = ''
  const sink = { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream
  const code = await runCli(['audit', 'verify', '--data-dir', dataDir], sink, sink)
  return { code, text }
}

/** A workstation with a few decided crossings, then closed. */
async function recordedWorkstation(): Promise<string> {
  const started = await startApp()
  app = started.app
  const trainer = await client(started.app, 'trainer')
  for (const sample of ['clean-passport', 'clean-id-card']) {
    await trainer.call('simulator.present', { sampleId: sample })
    await trainer.nextSnapshot((s) => s.state === 'review')
    await trainer.call('inspection.decide', { decision: 'admit' })
  }
  await started.app.stop()
  app = undefined
  return started.dataDir
}

/** Tampering as an attacker with file access would: around the append-only triggers. */
function tamper(dataDir: string, sql: string): void {
  const db = new Database(databaseFile(dataDir))
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')
  db.exec(sql)
  db.close()
}

describe('crash safety', () => {
  it('a process killed while recording a crossing leaves no trace of it, and the audit chain still verifies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-crash-'))
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./fixtures/crash-during-crossing.ts', import.meta.url)), dataDir], {
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(child.stdout).toContain('ready')
    expect(child.stdout).not.toContain('still alive')
    expect(child.signal).toBe('SIGKILL')

    ;({ app } = await startApp(dataDir))
    const n = (t: string) => (app!.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
    expect({ travellers: n('travellers'), documents: n('documents'), crossings: n('crossings'), screening: n('screening_results'), alerts: n('alerts') }).toEqual({
      travellers: 0,
      documents: 0,
      crossings: 0,
      screening: 0,
      alerts: 0,
    })
    expect(app.audit.recent(100).some((e) => e.action === 'document.read')).toBe(false)
    expect(app.audit.verify()).toMatchObject({ ok: true })
  })
})

describe('checkpoint audit verify', () => {
  it('passes an intact log', async () => {
    const dataDir = await recordedWorkstation()
    const r = await verifyCli(dataDir)
    expect(r.code).toBe(0)
    expect(r.text).toMatch(/Audit log intact: \d+ entries/)
  })

  it('the database refuses updates and deletes of audit entries outright', async () => {
    const dataDir = await recordedWorkstation()
    const db = new Database(databaseFile(dataDir))
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 2").run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/)
    db.close()
  })

  it('finds an edited entry', async () => {
    const dataDir = await recordedWorkstation()
    tamper(dataDir, `UPDATE audit_log SET details = '{"decision":"refuse"}' WHERE action = 'crossing.decided'`)
    const r = await verifyCli(dataDir)
    expect(r.code).toBe(1)
    expect(r.text).toContain('AUDIT LOG TAMPERED')
    expect(r.text).toContain('edited')
  })

  it('finds a deleted entry in the middle', async () => {
    const dataDir = await recordedWorkstation()
    tamper(dataDir, `DELETE FROM audit_log WHERE seq = (SELECT MIN(seq) FROM audit_log WHERE action = 'document.read')`)
    const r = await verifyCli(dataDir)
    expect(r.code).toBe(1)
    expect(r.text).toContain('missing (deleted)')
  })

  it('finds the newest entries deleted, thanks to the anchor file', async () => {
    const dataDir = await recordedWorkstation()
    tamper(dataDir, `DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) - 3 FROM audit_log)`)
    const r = await verifyCli(dataDir)
    expect(r.code).toBe(1)
    expect(r.text).toContain('newest entries deleted')
  })

  it('explains a missing database instead of crashing', async () => {
    const r = await verifyCli(mkdtempSync(join(tmpdir(), 'checkpoint-empty-')))
    expect(r.code).toBe(2)
    expect(r.text).toContain('No workstation database')
  })
})

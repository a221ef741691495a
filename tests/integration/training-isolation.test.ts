// Training never reaches operational data: its own folder and database (marked training at
// creation), database triggers that refuse training records anywhere else, simulated devices
// only, and lists that never mix.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CheckpointApp } from '../../electron/app/checkpoint-app'
import { buildDevices, loadDeviceConfig } from '../../electron/app/device-config'
import { openDatabase, openDatabaseReadOnly } from '../../electron/store/database'
import { TrainingRepository } from '../../electron/services/training/training-repository'
import { silentLogger } from '../../drivers/core/driver'
import { resourcesDir, startApp } from './app-harness'
import { signedIn, startTrainingApp } from './training-harness'

const apps: CheckpointApp[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop()
})
const keep = <T extends { app: CheckpointApp }>(started: T) => {
  apps.push(started.app)
  return started
}
const count = (file: string, sql: string) => {
  const db = openDatabaseReadOnly(file)
  try {
    return (db.prepare(sql).get() as { n: number }).n
  } finally {
    db.close()
  }
}
const stop = async (app: CheckpointApp) => {
  apps.splice(apps.indexOf(app), 1)
  await app.stop()
}

describe('training isolation', () => {
  it('a training workstation keeps everything in <data>/training/training.db; the operational database is untouched', async () => {
    const { app: operational, dataDir } = keep(await startApp())
    await stop(operational)
    const operationalDb = join(dataDir, 'checkpoint.db')
    const before = { audit: count(operationalDb, 'SELECT COUNT(*) AS n FROM audit_log'), crossings: count(operationalDb, 'SELECT COUNT(*) AS n FROM crossings') }

    const { app } = keep(await startTrainingApp(dataDir))
    const trainer = await signedIn(app, 'trainer')
    const officer = await signedIn(app, 'officer')
    expect(await trainer.call('training.start', { scenarioId: 'stolen-passport', trainee: 'officer' })).toMatchObject({ ok: true })
    await until(() => app.inspection.current().crossingId !== null)
    expect(await officer.call('inspection.resolveAlert', { alertId: app.inspection.current().alerts[0]!.id, action: 'confirm' })).toMatchObject({ ok: true })
    expect(await officer.call('inspection.decide', { decision: 'refer' })).toMatchObject({ ok: true })
    expect(await trainer.call('training.stop')).toMatchObject({ ok: true })
    // A trainee's own account lives in the training database only.
    expect(await trainer.call('training.addTrainee', { username: 'j.dupont', displayName: 'Jeanne Dupont', password: 'a long pass phrase' })).toMatchObject({ ok: true })
    expect(await trainer.call('training.addTrainee', { username: 'j.dupont', displayName: 'Again', password: 'a long pass phrase' })).toMatchObject({ ok: false, code: 'conflict' })
    expect((await trainer.call('training.trainees')).value).toContainEqual({ username: 'j.dupont', displayName: 'Jeanne Dupont' })
    expect(await app.connect(() => undefined).call('session.signIn', { username: 'j.dupont', password: 'a long pass phrase' })).toMatchObject({ ok: true, value: { training: true } })
    await stop(app)

    const trainingDb = join(dataDir, 'training', 'training.db')
    expect(count(trainingDb, 'SELECT COUNT(*) AS n FROM crossings')).toBe(1)
    expect(count(trainingDb, 'SELECT COUNT(*) AS n FROM training_reports')).toBe(1)
    expect(count(trainingDb, "SELECT COUNT(*) AS n FROM workstation_meta WHERE key = 'kind' AND value = 'training'")).toBe(1)
    expect(existsSync(join(dataDir, 'training', 'audit-head.json'))).toBe(true)
    expect(count(operationalDb, 'SELECT COUNT(*) AS n FROM audit_log')).toBe(before.audit)
    expect(count(operationalDb, 'SELECT COUNT(*) AS n FROM crossings')).toBe(before.crossings)
    expect(count(operationalDb, 'SELECT COUNT(*) AS n FROM training_runs')).toBe(0)
    expect(count(operationalDb, "SELECT COUNT(*) AS n FROM users WHERE username = 'j.dupont'")).toBe(0)
    expect(count(trainingDb, "SELECT COUNT(*) AS n FROM users WHERE username = 'j.dupont'")).toBe(1)
    expect(count(operationalDb, "SELECT COUNT(*) AS n FROM workstation_meta WHERE key = 'kind' AND value = 'operational'")).toBe(1)
  })

  it('no training record can be written to an operational database, whatever the code path', async () => {
    const { app, dataDir } = keep(await startApp())
    await stop(app)
    const db = openDatabase(join(dataDir, 'checkpoint.db'))
    try {
      const repo = new TrainingRepository(db)
      expect(() => repo.insertRun({ scenarioId: 's', scenarioTitle: 't', scenarioYaml: '', trainee: 'officer', trainer: 'trainer', startedAt: new Date().toISOString() })).toThrow(/training database only/)
      expect(() => db.prepare("INSERT INTO training_reports (run_id, trainee, scenario_id, score, finished_at, report) VALUES (1, 'o', 's', 1, 'x', '{}')").run()).toThrow(/training database only/)
      expect(() => db.prepare("INSERT INTO training_actions (run_id, target_kind, target_index, action, actor, at) VALUES (1, 'traveller', 1, 'admit', 'o', 'x')").run()).toThrow(/training database only/)
      // Nor can the marker be turned into "training".
      expect(() => db.prepare("UPDATE workstation_meta SET value = 'training' WHERE key = 'kind'").run()).toThrow(/never changes/)
      expect(() => db.prepare("DELETE FROM workstation_meta WHERE key = 'kind'").run()).toThrow(/never changes/)
    } finally {
      db.close()
    }
  })

  it('each workstation refuses the other kind of database', async () => {
    const { app: t, dataDir: trainingBase } = keep(await startTrainingApp())
    await stop(t)
    const { app: o, dataDir: operationalDir } = keep(await startApp())
    await stop(o)

    const copiedTraining = mkdtempSync(join(tmpdir(), 'checkpoint-copied-'))
    copyFileSync(join(trainingBase, 'training', 'training.db'), join(copiedTraining, 'checkpoint.db'))
    await expect(CheckpointApp.start({ dataDir: copiedTraining, resourcesDir, log: silentLogger })).rejects.toThrow(/is a training database: an operational workstation never opens training data/)

    const copiedOperational = mkdtempSync(join(tmpdir(), 'checkpoint-copied-'))
    mkdirSync(join(copiedOperational, 'training'))
    copyFileSync(join(operationalDir, 'checkpoint.db'), join(copiedOperational, 'training', 'training.db'))
    await expect(CheckpointApp.start({ dataDir: copiedOperational, resourcesDir, log: silentLogger, training: true })).rejects.toThrow(/is an operational database: a training workstation never opens operational data/)
  })

  it('real device drivers cannot be opened in training mode', async () => {
    const serial = join(resourcesDir, 'config', 'devices.serial-example.json')
    await expect(startTrainingApp(undefined, serial)).rejects.toThrow(/Training uses simulated devices only.*document-reader-1 over serial/)
    // Below the start-up check, the device builder itself refuses before any real transport exists.
    expect(() => buildDevices(loadDeviceConfig(serial), { dataDir: '/tmp', simulatorsOnly: true })).toThrow(/simulated devices only/)

    const { app, dataDir } = keep(await startTrainingApp())
    const technician = await signedIn(app, 'technician')
    const current = app.devices.current.devices
    const real = current.map((d) => (d.id === 'document-reader-1' ? { ...d, transport: 'serial' } : d))
    const r = await technician.call('devices.configure', { devices: real })
    expect(r).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(r.message).toMatch(/simulated devices only/)
    expect(app.devices.current.devices.every((d) => d.transport === 'simulator')).toBe(true)
    expect(existsSync(join(dataDir, 'training', 'devices.json'))).toBe(false)
  })

  it('the session and the public status say TRAINING; training requests are refused on an operational workstation', async () => {
    const { app } = keep(await startTrainingApp())
    const { app: operational } = keep(await startApp())
    const anonymous = app.connect(() => undefined)
    expect(await anonymous.call('training.status', {})).toEqual({ ok: true, value: { training: true } })
    expect(await operational.connect(() => undefined).call('training.status', {})).toEqual({ ok: true, value: { training: false } })
    const officer = await signedIn(app, 'officer')
    expect((await officer.call('session.current')).value).toMatchObject({ training: true })
    expect(await officer.call('training.scenarios')).toMatchObject({ ok: false, code: 'forbidden' })
    const opTrainer = await signedIn(operational, 'trainer')
    expect(await opTrainer.call('training.scenarios')).toMatchObject({ ok: false, code: 'unavailable' })
  })

  it('training lists never mix with real lists', async () => {
    const { app } = keep(await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')
    const supervisor = await signedIn(app, 'supervisor')
    expect(await trainer.call('training.start', { scenarioId: 'device-failure-mid-shift', trainee: 'officer' })).toMatchObject({ ok: true })
    const lists = (await supervisor.call('lists.status')).value as Array<{ listId: string }>
    expect(lists.map((l) => l.listId).sort()).toEqual(['sim-sltd', 'sim-vehicles', 'sim-wanted', 'training-documents', 'training-persons', 'training-vehicles'])
    // No real list can be imported into a training workstation.
    expect(await supervisor.call('lists.import', { file: join(resourcesDir, 'screening', 'documents.sample.csv'), listId: 'national-sltd', kind: 'documents', format: 'csv' })).toMatchObject({ ok: false, code: 'forbidden' })
    await trainer.call('training.stop')
  })
})

async function until(probe: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!probe()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

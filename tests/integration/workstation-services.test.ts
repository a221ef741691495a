// Services against a real SQLite file: the officer workflow, roles checked on
// the main side, validated input, and what lands in the database and audit log.
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import { client, startApp } from './app-harness'

let app: CheckpointApp
afterEach(async () => {
  await app?.stop()
})

const count = (table: string) => (app.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n

describe('workstation services on a real database', () => {
  it('records a listed passport: alert → confirm → refer, every step audited with officer and list version', async () => {
    ;({ app } = await startApp())
    const trainer = await client(app, 'trainer')
    const officer = await client(app, 'officer') // signed in last: the lane's officer, named on every read
    expect((await trainer.call('simulator.present', { sampleId: 'listed-document' })).ok).toBe(true)
    const alerted = await officer.nextSnapshot((s) => s.state === 'alert')
    expect(alerted.overall).toBe('hit')
    const alert = alerted.alerts[0]!
    expect(alert).toMatchObject({ list: 'documents', listId: 'sim-sltd', listVersion: 'sim-2026.11.1', listRecordId: 'SLTD-SIM-0001', status: 'candidate', confidence: 'exact' })

    const early = await officer.call('inspection.decide', { decision: 'admit' })
    expect(early).toMatchObject({ ok: false, code: 'conflict' })

    const confirmed = await officer.call('inspection.resolveAlert', { alertId: alert.id, action: 'confirm' })
    expect(confirmed.ok).toBe(true)
    const referred = await officer.call('inspection.decide', { decision: 'refer' })
    expect(referred).toMatchObject({ ok: true, value: { state: 'recorded', decision: { decision: 'refer', by: 'officer' } } })

    const row = app.db.prepare('SELECT status, acted_by FROM alerts WHERE id = ?').get(alert.id)
    expect(row).toEqual({ status: 'referred', acted_by: 'officer' })
    expect(app.db.prepare('SELECT decision, officer FROM decisions').all()).toEqual([{ decision: 'refer', officer: 'officer' }])
    const screening = app.db.prepare('SELECT list, list_id, list_version, match_count FROM screening_results ORDER BY list').all()
    expect(screening).toEqual([
      { list: 'documents', list_id: 'sim-sltd', list_version: 'sim-2026.11.1', match_count: 1 },
      { list: 'persons', list_id: 'sim-wanted', list_version: 'sim-2026.11.1', match_count: 0 },
      { list: 'vehicles', list_id: 'sim-vehicles', list_version: 'sim-2026.11.1', match_count: 0 },
    ])
    const actions = app.audit.recent(50).reverse().map((e) => `${e.actor}:${e.action}`)
    expect(actions).toEqual(
      expect.arrayContaining(['officer:document.read', 'officer:alert.raised', 'officer:alert.confirmed', 'officer:alert.referred', 'officer:crossing.decided']),
    )
    expect(app.audit.verify().ok).toBe(true)
  })

  it("a supervisor reviews the hit queue and records second line's outcome, audited", async () => {
    ;({ app } = await startApp())
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.present', { sampleId: 'listed-document' })
    const s = await trainer.nextSnapshot((x) => x.state === 'alert')
    const alertId = s.alerts[0]!.id
    const supervisor = await client(app, 'supervisor')
    expect(await supervisor.call('alerts.recordOutcome', { alertId, outcome: 'refused-entry' })).toMatchObject({ ok: false, code: 'conflict' })
    await trainer.call('inspection.resolveAlert', { alertId, action: 'confirm' })
    await trainer.call('inspection.decide', { decision: 'refer' })
    const queue = (await supervisor.call('alerts.queue', { status: 'referred' })) as { ok: true; value: Array<{ alert: { id: number; status: string; score: number; features: unknown[] } }> }
    expect(queue.value.map((r) => r.alert.id)).toEqual([alertId])
    expect(queue.value[0]!.alert).toMatchObject({ status: 'referred', score: 1 })
    expect(queue.value[0]!.alert.features.length).toBeGreaterThan(0)
    expect(await supervisor.call('alerts.recordOutcome', { alertId, outcome: 'refused-entry' })).toMatchObject({ ok: true, value: { alert: { outcome: 'refused-entry' } } })
    expect(app.audit.recent(5).some((e) => e.action === 'alert.outcome' && e.actor === 'supervisor')).toBe(true)
    const officer = await client(app, 'officer')
    expect(await officer.call('alerts.queue', {})).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('risk profiles: a short round trip raises the band with its reasons, and is recorded; never a decision', async () => {
    ;({ app } = await startApp())
    const lines = app.samples.mrzLines('clean-passport', new Date())!
    const first = app.inspection.documentRead(lines, { source: 'reader', device: 'test' }, 'officer')
    expect(first.risk).toMatchObject({ band: 'low', fired: [] })
    app.inspection.decide('admit', 'officer')
    app.inspection.documentRead(lines, { source: 'reader', device: 'test' }, 'officer')
    app.inspection.decide('admit', 'officer')
    const third = app.inspection.documentRead(lines, { source: 'reader', device: 'test' }, 'officer')
    expect(third.risk!.fired.map((f) => f.profileId)).toContain('short-round-trip')
    expect(third.risk!.fired[0]!.because.join(' ')).toContain('history.hoursSincePrevious')
    expect(third.state).toBe('review') // informs, never decides or blocks
    expect(app.audit.recent(20).filter((e) => e.action === 'risk.evaluated')).toHaveLength(3)
  })

  it('matches a listed person by normalised name and date of birth', async () => {
    ;({ app } = await startApp())
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.present', { sampleId: 'listed-person' })
    const s = await trainer.nextSnapshot((x) => x.state === 'alert')
    expect(s.alerts[0]).toMatchObject({ list: 'persons', listId: 'sim-wanted', listRecordId: 'PERS-SIM-0001', matchedOn: ['name', 'birthDate'] })
    expect(s.alerts[0]!.features.map((f) => f.code)).toEqual(expect.arrayContaining(['birth-date-exact']))
  })

  it('fuzzy screening: a differently spelled listed person and a look-alike document number, each with its reasons', async () => {
    ;({ app } = await startApp())
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.present', { sampleId: 'listed-person-variant' })
    const person = (await trainer.nextSnapshot((x) => x.state === 'alert')).alerts[0]!
    expect(person).toMatchObject({ list: 'persons', listRecordId: 'PERS-SIM-0001', confidence: 'high' })
    expect(person.score).toBeGreaterThan(0.8)
    expect(person.features.map((f) => f.code)).toEqual(expect.arrayContaining(['family-name-phonetic', 'birth-date-exact']))
    await trainer.call('inspection.resolveAlert', { alertId: person.id, action: 'dismiss', reason: 'different person, checked the page' })
    await trainer.call('inspection.decide', { decision: 'admit' })

    await trainer.call('simulator.present', { sampleId: 'listed-document-lookalike' })
    const doc = (await trainer.nextSnapshot((x) => x.state === 'alert' && x.alerts[0]?.list === 'documents')).alerts[0]!
    expect(doc).toMatchObject({ listRecordId: 'SLTD-SIM-0002', confidence: 'low' })
    expect(doc.features[0]!.code).toBe('document-number-lookalike')
    expect(doc.features[0]!.detail).toContain('O/0')
  })

  it('checks roles on the main side, whatever the renderer shows', async () => {
    ;({ app } = await startApp())
    const anonymous = await client(app)
    expect(await anonymous.call('inspection.current')).toMatchObject({ ok: false, code: 'not-signed-in' })
    const officer = await client(app, 'officer')
    expect(await officer.call('simulator.present', { sampleId: 'clean-passport' })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await officer.call('audit.verify')).toMatchObject({ ok: false, code: 'forbidden' })
    const technician = await client(app, 'technician')
    expect(await technician.call('inspection.decide', { decision: 'admit' })).toMatchObject({ ok: false, code: 'forbidden' })
    const supervisor = await client(app, 'supervisor')
    expect(await supervisor.call('audit.verify')).toMatchObject({ ok: true, value: { ok: true } })
  })

  it('rejects malformed requests with a clear error and changes nothing', async () => {
    ;({ app } = await startApp())
    const officer = await client(app, 'officer')
    const before = count('audit_log')
    expect(await officer.call('inspection.decide', { decision: 'wave-through' })).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(await officer.call('inspection.decide', { decision: 'admit', extra: 1 })).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(await officer.call('inspection.resolveAlert', { alertId: 1, action: 'dismiss' })).toMatchObject({ ok: false, code: 'invalid-input', message: expect.stringContaining('reason') })
    expect(await officer.call('inspection.submitManualMrz', { lines: 'P<UTO' })).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(await officer.call('nothing.here')).toMatchObject({ ok: false, code: 'not-found' })
    expect(await officer.call('__proto__.constructor')).toMatchObject({ ok: false, code: 'not-found' })
    expect(count('audit_log')).toBe(before)
    expect(count('crossings')).toBe(0)
  })

  it('refuses wrong passwords, audits the failure, and locks out after repeated failures', async () => {
    ;({ app } = await startApp())
    const c = await client(app)
    expect(await c.call('session.signIn', { username: 'officer', password: 'nope' })).toMatchObject({ ok: false, code: 'bad-credentials' })
    expect(await c.call('session.signIn', { username: 'ghost', password: 'nope' })).toMatchObject({ ok: false, code: 'bad-credentials' })
    for (let i = 0; i < 4; i++) await c.call('session.signIn', { username: 'officer', password: 'nope' })
    expect(await c.call('session.signIn', { username: 'officer', password: 'officer-demo' })).toMatchObject({ ok: false, code: 'forbidden' })
    const failures = app.audit.recent(20).filter((e) => e.action === 'session.sign-in-failed')
    expect(failures.length).toBeGreaterThanOrEqual(5)
    expect(JSON.stringify(app.audit.recent(50))).not.toContain('nope') // passwords never reach the log
  })

  it('noise and partial reads record nothing; an unplugged reader tells the officer and recovers', async () => {
    ;({ app } = await startApp())
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.control', { action: 'noise' })
    expect((await trainer.nextSnapshot((s) => s.notice !== null)).notice!.code).toBe('read-unreadable')
    await trainer.call('simulator.control', { action: 'partial' })
    expect((await trainer.nextSnapshot((s) => s.notice?.code === 'read-incomplete')).state).toBe('idle')
    expect(count('crossings')).toBe(0)
    const failed = app.audit.recent(10).filter((e) => e.action === 'document.read-failed')
    expect(failed.map((e) => JSON.parse(e.details).notice)).toEqual(['read-incomplete', 'read-unreadable']) // audited, newest first
    expect(failed.every((e) => e.actor === 'trainer')).toBe(true)

    await trainer.call('simulator.control', { action: 'unplug' })
    await trainer.nextSnapshot((s) => s.notice?.code === 'reader-disconnected')
    expect(app.devices.statuses()[0]!.state).not.toBe('online')
    expect(await trainer.call('simulator.present', { sampleId: 'clean-passport' })).toMatchObject({ ok: false, code: 'unavailable' })
    await trainer.call('simulator.control', { action: 'replug' })
    await new Promise((r) => setTimeout(r, 100))
    expect(app.devices.statuses()[0]!.state).toBe('online')
    await trainer.call('simulator.present', { sampleId: 'clean-passport' })
    expect((await trainer.nextSnapshot((s) => s.state === 'review')).overall).toBe('clear')
  })

  it('a stray read after the officer acknowledged an alert does not replace the traveller', async () => {
    ;({ app } = await startApp())
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.present', { sampleId: 'listed-document' })
    const s = await trainer.nextSnapshot((x) => x.state === 'alert')
    await trainer.call('inspection.resolveAlert', { alertId: s.alerts[0]!.id, action: 'confirm' })
    await trainer.call('simulator.present', { sampleId: 'clean-passport' })
    const after = await trainer.nextSnapshot((x) => x.notice?.code === 'finish-current-first')
    expect(after.crossingId).toBe(s.crossingId)
    expect(count('crossings')).toBe(1)
  })

  it('marks a crossing left open by a shutdown as interrupted at the next start', async () => {
    let dataDir: string
    ;({ app, dataDir } = await startApp())
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.present', { sampleId: 'clean-passport' })
    await trainer.nextSnapshot((x) => x.state === 'review')
    await app.stop()
    ;({ app } = await startApp(dataDir))
    expect(app.db.prepare('SELECT status FROM crossings').all()).toEqual([{ status: 'interrupted' }])
    expect(app.audit.verify().ok).toBe(true)
  })
})

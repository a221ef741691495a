// A trainee plays scenarios on a training workstation: the player presents travellers and drives
// vehicles through the simulators, the trainee's actions are recorded and scored, the report is
// stored per trainee and exported as PDF.
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import type { TrainingReport, TrainingRun } from '../../shared/training/training-views'
import { signedIn, startTrainingApp } from './training-harness'

let app: CheckpointApp | undefined
afterEach(async () => {
  await app?.stop()
  app = undefined
})

async function until<T>(probe: () => T | undefined | null | false, timeoutMs = 8000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const v = probe()
    if (v) return v
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

const crossingOf = (a: CheckpointApp, surname: string) => until(() => (a.inspection.current().document?.surname === surname ? a.inspection.current() : undefined))

describe('scenario player', () => {
  it('puts the impostor\'s fingers on the pad when the trainee captures: the 1:N candidate is confirmed and scored', async () => {
    ;({ app } = await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')
    const officer = await signedIn(app, 'officer')
    expect((await trainer.call('training.start', { scenarioId: 'lookalike-impostor', trainee: 'officer' })).ok).toBe(true)
    for (const surname of ['HOLM', 'MOREAU']) {
      await until(() => (app!.inspection.current().document?.surname === surname && app!.inspection.current().decision === null ? true : undefined), 15_000)
      await officer.call('inspection.decide', { decision: 'admit' })
    }
    await until(() => (app!.inspection.current().document?.surname === 'MARIC' ? true : undefined), 15_000)
    // The trainee captures; the traveller (the player) puts the listed person's fingers on the pad.
    expect((await officer.call('fingerprints.capture')).ok).toBe(true)
    const candidate = await until(() => app!.fingerprints.service.snapshot().candidates[0], 60_000)
    expect(candidate).toMatchObject({ recordId: 'PERS-SIM-0001', status: 'candidate' })
    // The decision waits for the candidate: confirm it, then refer.
    expect((await officer.call('inspection.decide', { decision: 'refer' })).code).toBe('conflict')
    expect((await officer.call('fingerprints.resolveCandidate', { candidateId: candidate.id, action: 'confirm' })).ok).toBe(true)
    expect((await officer.call('inspection.decide', { decision: 'refer' })).ok).toBe(true)
    await until(() => (app!.inspection.current().document?.surname === 'DE VRIES' && app!.inspection.current().decision === null ? true : undefined), 15_000)
    await officer.call('inspection.decide', { decision: 'admit' })
    const run = await until(() => trainer.last<TrainingRun>('trainingChanged')?.reportId ? trainer.last<TrainingRun>('trainingChanged') : undefined, 15_000)
    expect(run.score.expectations.find((e) => e.id === 'traveller-3:confirm-fingerprint-hit')).toMatchObject({ status: 'caught' })
    expect(run.score).toMatchObject({ score: 100, missed: 0, wrong: 0 })
  }, 120_000)

  it('scores what the trainee did on "Passport listed as stolen", keeps the report in the history and exports it as PDF', async () => {
    ;({ app } = await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')
    const officer = await signedIn(app, 'officer')
    const started = await trainer.call('training.start', { scenarioId: 'stolen-passport', trainee: 'officer' })
    expect(started).toMatchObject({ ok: true, value: { state: 'running', trainee: 'officer', stepsTotal: 3 } })

    // Traveller 1: the listed passport → confirm, refer (both caught).
    let s = await crossingOf(app, 'PETROV')
    expect(s.state).toBe('alert')
    await officer.call('inspection.resolveAlert', { alertId: s.alerts[0]!.id, action: 'confirm' })
    await officer.call('inspection.decide', { decision: 'refer' })
    // Traveller 2 is presented only now: admit (caught).
    s = await crossingOf(app, 'ZUPAN')
    expect(s.overall).toBe('clear')
    await officer.call('inspection.decide', { decision: 'admit' })
    // Traveller 3: the scenario's own list entry → confirm (caught), then refuse instead of refer (wrong).
    s = await crossingOf(app, 'ILIC')
    expect(s.alerts.map((a) => a.listRecordId)).toEqual(['TRN-SLTD-0001'])
    await officer.call('inspection.resolveAlert', { alertId: s.alerts[0]!.id, action: 'confirm' })
    await officer.call('inspection.decide', { decision: 'refuse' })

    const run = await until(() => trainer.last<TrainingRun>('trainingChanged')?.reportId ? trainer.last<TrainingRun>('trainingChanged') : undefined)
    expect(run.state).toBe('finished')
    expect(run.score).toMatchObject({ score: 80, caught: 4, wrong: 1, missed: 0 })
    expect(run.score.expectations.find((e) => e.id === 'traveller-3:refer')).toMatchObject({ status: 'wrong', taken: 'refuse' })
    expect(run.score.timings.map((t) => t.decision)).toEqual(['refer', 'admit', 'refuse'])
    // Officers never see the expected answers.
    expect(officer.events.some((e) => e.event === 'trainingChanged')).toBe(false)

    const history = (await trainer.call('training.reports', { trainee: 'officer' })).value as TrainingReport[]
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ id: run.reportId, trainee: 'officer', traineeName: 'Demo officer', ending: 'completed', score: { score: 80 } })
    expect(history[0]!.actions.map((a) => `${a.target.index}:${a.action}`)).toEqual(['1:confirm-hit', '1:refer', '2:admit', '3:confirm-hit', '3:refuse'])

    const pdf = (await trainer.call('training.exportPdf', { id: run.reportId })).value as { base64: string; fileName: string }
    const bytes = Buffer.from(pdf.base64, 'base64').toString('latin1')
    expect(bytes.startsWith('%PDF-')).toBe(true)
    expect(bytes).toContain('Demo officer')
    expect(bytes).toContain('score 80/100')
    // Every recorded action sits in the training audit chain, which still verifies.
    expect(app.audit.recent(200).filter((e) => e.action === 'training.action')).toHaveLength(5)
    expect(app.audit.verify().ok).toBe(true)
  })

  it('pauses, resumes, takes an injected fault, and a stop scores the rest as missed', async () => {
    ;({ app } = await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')
    const officer = await signedIn(app, 'officer')
    await trainer.call('training.start', { scenarioId: 'lookalike-impostor', trainee: 'officer' })
    await crossingOf(app, 'HOLM')
    expect((await trainer.call('training.pause')).value).toMatchObject({ state: 'paused' })
    await officer.call('inspection.decide', { decision: 'admit' })
    await new Promise((r) => setTimeout(r, 400))
    // Paused: the action counts, but the next traveller waits.
    expect(app.inspection.current().document?.surname).toBe('HOLM')
    expect((await trainer.call('training.current')).value).toMatchObject({ state: 'paused', actions: [{ action: 'admit' }] })
    expect(await trainer.call('training.inject', { kind: 'device', event: 'noise' })).toMatchObject({ ok: true })
    await until(() => app!.inspection.current().notice?.code === 'read-unreadable')
    // An extra traveller (not scored): the scenario waits until it is decided.
    expect(await trainer.call('training.inject', { kind: 'traveller', sampleId: 'clean-passport' })).toMatchObject({ ok: true })
    await crossingOf(app, 'DE VRIES')
    await trainer.call('training.resume')
    await new Promise((r) => setTimeout(r, 400))
    expect(app.inspection.current().document?.surname).toBe('DE VRIES')
    await officer.call('inspection.decide', { decision: 'admit' })
    await crossingOf(app, 'MOREAU')
    const stopped = (await trainer.call('training.stop')).value as TrainingRun
    expect(stopped.state).toBe('finished')
    // Four travellers' decisions and the impostor's fingerprint hit: one caught, four missed.
    expect(stopped.score).toMatchObject({ caught: 1, missed: 4, pending: 0, score: 20 })
    const report = (await trainer.call('training.report', { id: stopped.reportId })).value as TrainingReport
    expect(report.ending).toBe('stopped')
    expect(await trainer.call('training.pause')).toMatchObject({ ok: false, code: 'conflict' })
  })

  it('keeps the lane going through a reader failure: documents handed over and typed in, the listed one still caught', async () => {
    ;({ app } = await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')
    const officer = await signedIn(app, 'officer')
    await trainer.call('training.start', { scenarioId: 'device-failure-mid-shift', trainee: 'officer' })
    await crossingOf(app, 'DE VRIES')
    await officer.call('inspection.decide', { decision: 'admit' })
    await crossingOf(app, 'ANTONIOU')
    await until(() => app!.devices.readerSimulator?.sim.connected === false)
    await officer.call('inspection.decide', { decision: 'admit' })
    // The reader is unplugged: the console shows the MRZ to hand over, the trainee types it in.
    for (const [surname, listed] of [['SVOBODA', false], ['TRAJKOVSKI', true]] as const) {
      const handOver = await until(() => trainer.last<TrainingRun>('trainingChanged')?.handOver)
      expect(handOver.lines[0]).toContain(surname)
      const s = (await officer.call('inspection.submitManualMrz', { lines: handOver.lines })).value as { alerts: Array<{ id: number; listRecordId: string }> }
      expect(s.alerts.map((a) => a.listRecordId)).toEqual(listed ? ['TRN-SLTD-0101'] : [])
      for (const a of s.alerts) await officer.call('inspection.resolveAlert', { alertId: a.id, action: 'confirm' })
      await officer.call('inspection.decide', { decision: listed ? 'refer' : 'admit' })
    }
    // Replugged: the last traveller comes through the reader again.
    await crossingOf(app, 'MOREAU')
    expect(app.inspection.current().document?.source).toBe('reader')
    await officer.call('inspection.decide', { decision: 'admit' })
    const run = await until(() => (trainer.last<TrainingRun>('trainingChanged')?.state === 'finished' ? trainer.last<TrainingRun>('trainingChanged') : undefined), 10_000)
    expect(run.score).toMatchObject({ score: 100, caught: 6, missed: 0, wrong: 0 })
  })

  it('drives the smuggling van through the lane: hidden people on the scan, marked and referred', async () => {
    ;({ app } = await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')
    const officer = await signedIn(app, 'officer')
    await trainer.call('training.start', { scenarioId: 'van-smuggling-western-balkans', trainee: 'officer' })
    const vehicle = await until(() => app!.vehicleLane.snapshot().vehicle?.scan ? app!.vehicleLane.snapshot().vehicle : undefined, 20_000)
    expect(vehicle.plate).toBe('SK 4821 AB')
    const scan = vehicle.scan!
    const marks = [0, 1, 2, 3].map((i) => ({ id: `m${i}`, box: { x: 100 + i * 300, y: 100, w: 200, h: 400 }, category: 'person' as const, note: 'person behind the pallets', createdAt: new Date().toISOString() }))
    expect(await officer.call('vehicleLane.annotateScan', { scanId: scan.id, annotations: marks })).toMatchObject({ ok: true })
    expect(await officer.call('vehicleLane.decideScan', { scanId: scan.id, decision: 'refer' })).toMatchObject({ ok: true })

    const s = await crossingOf(app, 'BAJRAMI')
    expect(s.alerts.map((a) => a.listRecordId)).toContain('TRN-PERS-0001')
    for (const a of s.alerts) await officer.call('inspection.resolveAlert', { alertId: a.id, action: 'confirm' })
    await officer.call('inspection.decide', { decision: 'refer' })
    await crossingOf(app, 'DEMIRI')
    await officer.call('inspection.decide', { decision: 'refer' })
    const occupancy = await until(() => app!.vehicleLane.snapshot().vehicle?.alerts.find((a) => a.kind === 'occupancy' && a.status === 'candidate'))
    await officer.call('vehicleLane.resolveAlert', { alertId: occupancy.id, action: 'confirm' })

    const run = await until(() => (trainer.last<TrainingRun>('trainingChanged')?.state === 'finished' ? trainer.last<TrainingRun>('trainingChanged') : undefined))
    expect(run.score.expectations.map((e) => [e.id, e.status])).toEqual([
      ['vehicle-1:mark-scan', 'caught'],
      ['vehicle-1:refer-scan', 'caught'],
      ['vehicle-1:confirm-hit', 'caught'],
      ['traveller-1:confirm-hit', 'caught'],
      ['traveller-1:refer', 'caught'],
      ['traveller-2:refer', 'caught'],
    ])
    expect(run.score.score).toBe(100)
  })
})

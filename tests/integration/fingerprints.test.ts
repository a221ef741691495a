// The fingerprint step end to end on a real workstation (temp folder, real
// SQLite, the simulated image pad over its real socket): capture plan,
// quality gate, override, the 1:N search against the simulated wanted list,
// the candidate lifecycle, ANSI/NIST export, and bad input that must store
// nothing.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CheckpointApp } from '../../electron/app/checkpoint-app'
import { silentLogger } from '../../drivers/core/driver'
import type { FingerprintSnapshot } from '../../shared/domain/fingerprints'
import type { SimulatedImagePad } from '../../drivers/simulators/fingerprint/simulated-image-pad'
import { parseTransaction } from '../../electron/services/fingerprints/exchange/ansi-nist-parser'
import { composeSlap } from '../../electron/services/fingerprints/simulation/slap-composition'
import { simulatedImpression, travellerFinger } from '../../electron/services/fingerprints/simulation/simulated-prints'
import { client, resourcesDir, type Client } from './app-harness'
import { until } from '../support/wait'

let app: CheckpointApp
let line: Client
let tech: Client
const fingerprintEvents: FingerprintSnapshot[] = []

const latest = () => app.fingerprints.service.snapshot()
const waitFor = (predicate: (s: FingerprintSnapshot) => boolean, timeoutMs = 8000) => until(() => (predicate(latest()) ? latest() : undefined), timeoutMs)
const audit = (action: string) => app.audit.recent(400).filter((e) => e.action === action)
const capturesIn = (crossingId: number) => (app.db.prepare('SELECT COUNT(*) AS n FROM fingerprint_captures WHERE crossing_id = ?').get(crossingId) as { n: number }).n
const pad = () => app.devices.simulatorsOf('fingerprint')[0]!.sim as SimulatedImagePad

// The reader drops a document presented twice in a row as a duplicated burst: alternate two clean travellers.
const cleanSamples = ['clean-passport', 'clean-id-card']
let presented = 0

async function newCrossing(sample = cleanSamples[presented++ % 2]!): Promise<number> {
  const before = app.inspection.current().crossingId
  const r = await line.call('simulator.present', { sampleId: sample })
  expect(r.ok, r.message).toBe(true)
  const s = await line.nextSnapshot((x) => x.crossingId !== null && x.crossingId !== before, 5000)
  await waitFor((f) => f.crossingId === s.crossingId && f.padOnline)
  return s.crossingId!
}

async function call(c: Client, channel: string, input?: unknown) {
  const r = await c.call(channel, input)
  expect(r.ok, `${channel}: ${r.message}`).toBe(true)
  return r.value as FingerprintSnapshot
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-fp-'))
  app = await CheckpointApp.start({ dataDir, resourcesDir, log: silentLogger, initialBackoffMs: 20, fingerprintWorkers: 0 })
  app.fingerprints.service.on('changed', (s) => fingerprintEvents.push(s))
  line = await client(app, 'trainer')
  tech = await client(app, 'technician')
  // Simulated mode enrols synthetic index fingers for the four sample wanted persons when the pad is first used.
  expect(app.fingerprints.repo.enrolmentCount('sim-wanted')).toBe(0)
  expect(await app.fingerprints.seedSimulated()).toBe(8)
  expect(await app.fingerprints.seedSimulated()).toBe(8) // one run, shared
  expect(app.fingerprints.repo.enrolmentCount('sim-wanted')).toBe(8)
}, 40_000)

afterAll(async () => {
  await app?.stop()
})

describe('fingerprint capture at the primary line', () => {
  it('captures right then left index, searches the wanted list and raises the listed person as a candidate', async () => {
    const crossingId = await newCrossing()
    let s = await call(line, 'fingerprints.current')
    expect(s.steps.map((x) => x.position)).toEqual([2, 7])
    expect(s.nextStep).toBe(0)

    s = await call(line, 'fingerprints.capture')
    expect(s.awaiting?.position).toBe(2)
    expect((await line.call('fingerprints.simulate', { kind: 'good' })).ok).toBe(true)
    s = await waitFor((f) => f.captures.length === 1 && f.awaiting?.position === 7)
    expect(s.captures[0]).toMatchObject({ position: 2, feedback: 'ok', overrideReason: null, device: 'fingerprint-pad-1', by: 'trainer' })
    expect(s.captures[0]!.preview).toMatch(/^data:image\/png;base64,/)

    expect((await line.call('fingerprints.simulate', { kind: 'listed', recordId: 'PERS-SIM-0001' })).ok).toBe(true)
    s = await waitFor((f) => f.search.status === 'done')
    expect(s.captures.map((c) => c.position)).toEqual([2, 7])
    expect(s.search.galleryFingers).toBe(8)
    expect(s.search.threshold).toBeGreaterThan(30)
    expect(s.candidates).toHaveLength(1)
    const candidate = s.candidates[0]!
    expect(candidate).toMatchObject({ listId: 'sim-wanted', recordId: 'PERS-SIM-0001', status: 'candidate' })
    expect(candidate.score).toBeGreaterThan(candidate.threshold)
    // The listed person's finger carries the score; the traveller's own right index adds little or nothing.
    expect(candidate.fingers.find((f) => f.position === 7)!.score).toBeGreaterThan(candidate.threshold)
    expect(candidate.fingers.find((f) => f.position === 2)?.score ?? 0).toBeLessThan(candidate.threshold / 2)
    expect(candidate.record.name).toMatch(/Hoxha/)
    expect(capturesIn(crossingId)).toBe(2)
    expect(audit('fingerprint.captured').length).toBeGreaterThanOrEqual(2)
    expect(audit('fingerprint.candidate-raised')[0]!.details).toContain('PERS-SIM-0001')
    // Nothing image-like in the audit trail.
    expect(app.audit.recent(400).every((e) => e.details.length < 2000)).toBe(true)

    // No decision while the candidate waits for the officer.
    const early = await line.call('inspection.decide', { decision: 'admit' })
    expect(early.code).toBe('conflict')
    expect(early.message).toContain('fingerprint candidate')
    // Dismissal needs a reason; confirmation is audited.
    expect((await line.call('fingerprints.resolveCandidate', { candidateId: candidate.id, action: 'dismiss' })).code).toBe('invalid-input')
    s = await call(line, 'fingerprints.resolveCandidate', { candidateId: candidate.id, action: 'confirm' })
    expect(s.candidates[0]).toMatchObject({ status: 'confirmed', actedBy: 'trainer' })
    expect((await line.call('fingerprints.resolveCandidate', { candidateId: candidate.id, action: 'confirm' })).code).toBe('conflict')
    expect(audit('fingerprint.candidate-confirmed')).toHaveLength(1)
  }, 30_000)

  it('exports the crossing as an ANSI/NIST-ITL transaction that parses back', async () => {
    const r = await line.call('fingerprints.export')
    expect(r.ok, r.message).toBe(true)
    const { file, records } = r.value as { file: string; records: number }
    const parsed = parseTransaction(new Uint8Array(readFileSync(file)))
    expect(records).toBe(3)
    expect(parsed.map((p) => p.type)).toEqual([1, 14, 14])
    expect(parsed.slice(1).map((p) => p.fields.get('14.013'))).toEqual(['2', '7'])
    expect(parsed[1]!.fields.get('14.011')).toBe('PNG')
    expect([...parsed[1]!.data!.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    expect(audit('fingerprint.exported')).toHaveLength(1)

    // Referring the traveller to second line takes the confirmed fingerprint hit along, audited.
    expect((await line.call('inspection.decide', { decision: 'refer' })).ok).toBe(true)
    const s = await waitFor((f) => f.candidates[0]?.status === 'referred')
    expect(s.candidates[0]!.actedBy).toBe('trainer')
    expect(audit('fingerprint.candidate-referred')).toHaveLength(1)
    expect((await line.call('fingerprints.capture')).code).toBe('conflict') // decided: no more captures
  })

  it('prompts on a faint finger, stores nothing, and accepts it only with a reason', async () => {
    const crossingId = await newCrossing()
    await call(line, 'fingerprints.capture')
    await line.call('fingerprints.simulate', { kind: 'faint' })
    let s = await waitFor((f) => f.attempt !== null)
    expect(s.prompt).toMatchObject({ code: 'quality-failed', feedback: 'press-harder' })
    expect(s.attempt!.fingers[0]).toMatchObject({ position: 2, acceptable: false, feedback: 'press-harder' })
    expect(capturesIn(crossingId)).toBe(0)
    expect((await line.call('fingerprints.capture')).code).toBe('conflict') // retry or override first
    expect((await line.call('fingerprints.override', { reason: 'x' })).code).toBe('invalid-input')

    s = await call(line, 'fingerprints.override', { reason: 'Worn ridges (manual labourer), three attempts' })
    expect(s.captures[0]).toMatchObject({ position: 2, overrideReason: 'Worn ridges (manual labourer), three attempts' })
    expect(audit('fingerprint.quality-overridden')[0]!.details).toContain('Worn ridges')
    expect(s.awaiting?.position).toBe(7) // on to the next finger

    await line.call('fingerprints.simulate', { kind: 'smudged' })
    s = await waitFor((f) => f.attempt !== null)
    expect(s.attempt!.fingers[0]!.acceptable).toBe(false)
    s = await call(line, 'fingerprints.retry')
    expect(s.attempt).toBeNull()
    expect(s.awaiting?.position).toBe(7)
    await line.call('fingerprints.simulate', { kind: 'good' })
    s = await waitFor((f) => f.search.status === 'done')
    expect(s.candidates).toEqual([])
    expect(capturesIn(crossingId)).toBe(2)
  }, 30_000)
})

describe('bad input from the pad stores nothing', () => {
  it('a truncated frame and a wrong-size frame are prompts', async () => {
    const crossingId = await newCrossing()
    await call(line, 'fingerprints.capture')
    await line.call('fingerprints.simulate', { kind: 'truncated' })
    let s = await waitFor((f) => f.prompt?.code === 'bad-image', 5000)
    expect(s.captures).toEqual([])
    await waitFor((f) => f.padOnline) // the driver dropped the stream; the pad reconnects
    await until(() => (pad().connected ? true : undefined))

    await call(line, 'fingerprints.retry')
    await line.call('fingerprints.simulate', { kind: 'wrong-size' })
    s = await waitFor((f) => f.prompt !== null && f.prompt.code !== 'place-finger' && f.awaiting === null, 5000)
    expect(['bad-image', 'pad-error']).toContain(s.prompt!.code)
    expect(capturesIn(crossingId)).toBe(0)
    expect(audit('fingerprint.capture-failed').length).toBeGreaterThanOrEqual(2)
    await waitFor((f) => f.padOnline)
    await until(() => (pad().connected ? true : undefined))
  }, 20_000)

  it('a corrupt stored template makes the search fail clearly, without a crash', async () => {
    const crossingId = await newCrossing()
    await call(line, 'fingerprints.capture')
    await line.call('fingerprints.simulate', { kind: 'good' })
    const s = await waitFor((f) => f.captures.length === 1)
    app.fingerprints.repo.setCaptureTemplate(s.captures[0]!.id, Uint8Array.of(0x46, 0x4d, 0x52, 0, 1, 2, 3))
    const r = await call(line, 'fingerprints.search')
    expect(r.search.status).toBe('failed')
    expect(r.search.message).toMatch(/finger 2 .*corrupt/)
    expect(audit('fingerprint.search-failed')).not.toHaveLength(0)
    expect(capturesIn(crossingId)).toBe(1)
  }, 20_000)
})

describe('roles and the technician', () => {
  it('lets line roles capture and technicians test the pad, not the other way round', async () => {
    expect((await tech.call('fingerprints.capture')).code).toBe('forbidden')
    expect((await line.call('fingerprints.testCapture')).code).toBe('forbidden')
    const officer = await client(app, 'officer')
    expect((await officer.call('fingerprints.simulate', { kind: 'good' })).code).toBe('forbidden')
  })

  it('a test capture shows the quality measures and stores nothing', async () => {
    // Finish the open crossing (its pad request answered), then the pad is free.
    await line.call('fingerprints.simulate', { kind: 'good' })
    await waitFor((f) => f.captures.length === 2 && f.awaiting === null)
    await line.call('inspection.decide', { decision: 'admit' })
    const before = (app.db.prepare('SELECT COUNT(*) AS n FROM fingerprint_captures').get() as { n: number }).n
    const pending = tech.call('fingerprints.testCapture')
    await until(() => (app.fingerprints.service.armedStep() ? true : undefined))
    expect((await tech.call('fingerprints.simulate', { kind: 'good' })).ok).toBe(true)
    const r = await pending
    expect(r.ok, r.message).toBe(true)
    const result = r.value as { outcome: string; quality: { feedback: string }; measures: Record<string, number> }
    expect(result.outcome).toBe('capture')
    expect(result.quality.feedback).toBe('ok')
    expect(Object.keys(result.measures).length).toBeGreaterThan(3)
    expect((app.db.prepare('SELECT COUNT(*) AS n FROM fingerprint_captures').get() as { n: number }).n).toBe(before)
    expect(audit('fingerprint.pad-tested')).toHaveLength(1)
    expect(app.audit.verify().ok).toBe(true)
    expect(fingerprintEvents.length).toBeGreaterThan(5)
  }, 20_000)
})

describe('slaps', () => {
  it('a pad unplugged during a slap is a needs-operator prompt; a slap missing a finger is asked again', async () => {
    const crossingId = await newCrossing()
    let s = await call(line, 'fingerprints.setPlan', { plan: 'ten-print' })
    expect(s.steps.map((x) => x.position)).toEqual([13, 14, 15])

    await call(line, 'fingerprints.capture')
    const fingers = [1, 2, 3, 4].map((k) => simulatedImpression(travellerFinger(500 + k), 'good', k))
    pad().placeSlap(13, composeSlap(fingers.slice(0, 3)))
    await waitFor((f) => f.prompt?.code === 'slap-incomplete')
    expect(capturesIn(crossingId)).toBe(0)

    await call(line, 'fingerprints.retry')
    pad().unplugDuringNextFrame(50_000)
    pad().placeSlap(13, composeSlap(fingers))
    s = await waitFor((f) => f.prompt?.code === 'pad-disconnected')
    expect(s.awaiting).toBeNull()
    expect(capturesIn(crossingId)).toBe(0)

    pad().replug()
    await waitFor((f) => f.padOnline, 8000)
    await until(() => (pad().connected ? true : undefined))
    await call(line, 'fingerprints.retry')
    await line.call('fingerprints.simulate', { kind: 'good' })
    s = await waitFor((f) => f.captures.length === 4, 10_000)
    expect(s.captures.map((c) => c.position).sort()).toEqual([2, 3, 4, 5])
    expect(s.awaiting?.position).toBe(14)

    // Left four, then both thumbs (on a full-width platen), then the search over ten fingers.
    await line.call('fingerprints.simulate', { kind: 'good' })
    await waitFor((f) => f.captures.length === 8 && f.awaiting?.position === 15, 10_000)
    await line.call('fingerprints.simulate', { kind: 'good' })
    s = await waitFor((f) => f.search.status === 'done', 10_000)
    expect(s.captures.map((c) => c.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(capturesIn(crossingId)).toBe(10)
    expect(s.candidates).toEqual([])
  }, 30_000)
})

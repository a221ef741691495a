// The capture service against a fake pad whose requests the test answers by
// hand: which request an answer belongs to when the traveller changes, and
// that a request left over from another traveller never stores anything for
// the wrong crossing.
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../store/database'
import { CrossingsRepository } from '../../store/crossings-repository'
import { AuditLog } from '../audit/audit-log'
import { silentLogger } from '../../../drivers/core/driver'
import type { FingerprintCaptureOutcome, FingerprintPad } from '../../../drivers/fingerprint/fingerprint-events'
import { createBuiltInEngine } from './engine/built-in-engine'
import { FingerprintRepository } from './fingerprint-repository'
import { FingerprintService } from './fingerprint-service'
import type { WatchlistSearch } from './search/watchlist-search'
import { simulatedImpression, travellerFinger } from './simulation/simulated-prints'

function fakePad() {
  const requests: Array<{ position: number; mode: string; answer: (o: FingerprintCaptureOutcome) => void }> = []
  const pad = {
    capabilities: ['single-finger', 'slap-4-4-2'],
    capture: (position: number, mode: string) => new Promise<FingerprintCaptureOutcome>((answer) => requests.push({ position, mode, answer })),
  } as unknown as FingerprintPad
  return { pad, requests }
}

function setUp() {
  const db = openDatabase(':memory:')
  const audit = new AuditLog(db, null)
  const crossings = new CrossingsRepository(db)
  const repo = new FingerprintRepository(db)
  const { pad, requests } = fakePad()
  const searches: number[] = []
  const search = { targetFpir: 0.001, run: async (crossingId: number) => (searches.push(crossingId), { status: 'no-gallery', galleryFingers: 0, targetFpir: 0.001, threshold: null, message: null, raised: 0 }) } as unknown as WatchlistSearch
  const service = new FingerprintService({ audit, repo, engine: createBuiltInEngine(), search, pads: { pad: () => ({ deviceId: 'pad-1', pad }) }, log: silentLogger })
  const newCrossing = () =>
    audit.transaction(() =>
      crossings.insertCrossing({
        at: new Date().toISOString(),
        lane: 'lane-1',
        startedBy: 'officer',
        traveller: { surname: 'A', givenNames: 'B', nationality: 'NLD', birthDate: null, sex: 'F' },
        document: { documentCode: 'P', documentNumber: 'X1', issuingState: 'NLD', expiryDate: null, format: 'TD3', mrz: '', mrzValid: true, source: 'manual', device: null },
        overall: 'clear',
        checks: [],
      }),
    )
  const stored = (crossingId: number) => repo.capturesFor(crossingId).map((c) => c.position)
  const settled = () => new Promise((r) => setTimeout(r, 0))
  const until = async (probe: () => boolean) => {
    for (let i = 0; i < 400 && !probe(); i++) await new Promise((r) => setTimeout(r, 10))
    expect(probe()).toBe(true)
  }
  return { service, requests, newCrossing, stored, searches, settled, until }
}

const image = (seed: number) => simulatedImpression(travellerFinger(seed), 'good', seed)
const capture = (position: number, seed: number): FingerprintCaptureOutcome => ({ type: 'capture', position: position as 2, image: image(seed), at: 0 })

describe('fingerprint capture service', () => {
  it('stores an accepted finger for the crossing and goes straight on to the next one', async () => {
    const t = setUp()
    const a = t.newCrossing()
    t.service.crossingChanged({ crossingId: a, open: true })
    expect(t.service.capture('officer').awaiting?.position).toBe(2)
    expect(t.requests.map((r) => [r.position, r.mode])).toEqual([[2, 'single']])
    t.requests[0]!.answer(capture(2, 1))
    await t.until(() => t.service.snapshot().awaiting?.position === 7)
    expect(t.stored(a)).toEqual([2])
    t.requests[1]!.answer(capture(7, 2))
    await t.until(() => t.searches.length === 1)
    expect(t.stored(a)).toEqual([2, 7])
  })

  it('drops what the pad delivers after the traveller changed, unless the new crossing asked for it', async () => {
    const t = setUp()
    const a = t.newCrossing()
    t.service.crossingChanged({ crossingId: a, open: true })
    t.service.capture('officer')
    const b = t.newCrossing()
    t.service.crossingChanged({ crossingId: b, open: true })
    expect(t.service.snapshot().awaiting).toBeNull()

    // Nobody waits any more: the old request's image is not stored, for either crossing.
    t.requests[0]!.answer(capture(2, 3))
    await t.settled()
    expect([t.stored(a), t.stored(b)]).toEqual([[], []])

    // The new crossing's capture while an old request is still open adopts it (pads cannot cancel).
    const c = t.newCrossing()
    t.service.crossingChanged({ crossingId: c, open: true })
    t.service.capture('officer')
    const d = t.newCrossing()
    t.service.crossingChanged({ crossingId: d, open: true })
    t.service.capture('officer')
    expect(t.requests).toHaveLength(2) // no second request: the open one is adopted
    t.requests[1]!.answer(capture(2, 4))
    await t.until(() => t.stored(d).length === 1)
    expect(t.stored(c)).toEqual([])
  })

  it('asks again when a leftover request is of the other mode (a slap asked for the previous traveller)', async () => {
    const t = setUp()
    const a = t.newCrossing()
    t.service.crossingChanged({ crossingId: a, open: true })
    t.service.setPlan('ten-print')
    t.service.capture('officer')
    expect(t.requests[0]!.mode).toBe('slap')
    const b = t.newCrossing()
    t.service.crossingChanged({ crossingId: b, open: true })
    t.service.capture('officer') // primary line: a single finger, while the slap request is still open
    expect(t.requests).toHaveLength(1)
    t.requests[0]!.answer({ type: 'prompt', prompt: 'slap-incomplete', at: 0 })
    await t.settled()
    expect(t.requests.map((r) => r.mode)).toEqual(['slap', 'single'])
    expect(t.service.snapshot().awaiting?.position).toBe(2)
  })

  it('a decided crossing takes no more captures', async () => {
    const t = setUp()
    const a = t.newCrossing()
    t.service.crossingChanged({ crossingId: a, open: true })
    t.service.capture('officer')
    t.service.crossingChanged({ crossingId: a, open: false })
    t.requests[0]!.answer(capture(2, 5))
    await t.settled()
    expect(t.stored(a)).toEqual([])
    expect(() => t.service.capture('officer')).toThrow(/already decided/)
  })
})

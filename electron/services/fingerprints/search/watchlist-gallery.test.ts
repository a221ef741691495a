import { afterAll, describe, expect, it } from 'vitest'
import { createBuiltInEngine } from '../engine/built-in-engine'
import { enrolmentImpression, listedPersonFinger, simulatedImpression } from '../simulation/simulated-prints'
import { inProcessGallery, listRecordOf, matcherWorkersAvailable, openGallery, subjectOf, type WatchlistGallery } from './watchlist-gallery'

const engine = createBuiltInEngine()
const gallery = ['A', 'B', 'C'].map((id) => ({ subjectId: subjectOf('list', id), fingerPosition: 2, template: engine.extract(enrolmentImpression(listedPersonFinger('list', id, 2))) }))
const probe = [{ fingerPosition: 2, template: engine.extract(simulatedImpression(listedPersonFinger('list', 'B', 2), 'good', 5)) }]
const opened: WatchlistGallery[] = []

afterAll(async () => {
  await Promise.all(opened.map((g) => g.close()))
})

describe('watchlist gallery', () => {
  it('finds the listed subject in-process', async () => {
    const g = inProcessGallery(gallery)
    const [best] = await g.search(probe, { maxCandidates: 3, minScore: 30 })
    expect(listRecordOf(best!.subjectId)).toEqual({ listId: 'list', recordId: 'B' })
    expect(g.runsOffMainThread).toBe(false)
  })

  it('finds the same subject on the matcher worker pool', async () => {
    const g = await openGallery(gallery, 1)
    opened.push(g)
    expect(g.size).toBe(3)
    expect(matcherWorkersAvailable()).toBe(true) // running from source: fingerprint-worker.ts is beside the pool
    expect(g.runsOffMainThread).toBe(true)
    const found = await g.search(probe, { maxCandidates: 3, minScore: 30 })
    expect(found.map((c) => listRecordOf(c.subjectId).recordId)).toEqual(['B'])
  }, 30_000)
})

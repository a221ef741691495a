import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MatcherPool, MatcherWorkerCrashedError } from './matcher-pool'
import { SearchIndex, type GalleryFinger } from './search-index'
import { perturbTemplate, randomTemplate, seededRandom } from './template-perturbation'

const random = seededRandom(2024)
const gallery: GalleryFinger[] = []
for (let s = 0; s < 200; s++) {
  gallery.push({ subjectId: `traveller-${s}`, fingerPosition: 2, template: randomTemplate(random) })
  gallery.push({ subjectId: `traveller-${s}`, fingerPosition: 7, template: randomTemplate(random) })
}
const probes = [3, 77, 150, 199].map((s) => [
  { fingerPosition: 2, template: perturbTemplate(gallery[s * 2]!.template, random) },
  { fingerPosition: 7, template: perturbTemplate(gallery[s * 2 + 1]!.template, random) },
])

describe('MatcherPool', () => {
  let pool: MatcherPool
  beforeAll(async () => {
    pool = new MatcherPool({ workers: 2 })
    await pool.add(gallery.slice(0, 150))
    await pool.add(gallery.slice(150))
  })
  afterAll(() => pool.close())

  it('answers exactly as an in-process search over the same gallery', async () => {
    const index = new SearchIndex()
    index.add(gallery)
    expect(pool.size).toBe(400)
    for (const probe of probes) {
      const expected = index.search(probe, { maxCandidates: 5 })
      const actual = await pool.search(probe, { maxCandidates: 5 })
      expect(actual.map((c) => c.subjectId)).toEqual(expected.map((c) => c.subjectId))
      actual.forEach((c, k) => expect(c.score).toBeCloseTo(expected[k]!.score, 9))
    }
  })

  it('serves concurrent searches without mixing up their answers', async () => {
    const answers = await Promise.all(probes.map((probe) => pool.search(probe, { maxCandidates: 1 })))
    expect(answers.map((a) => a[0]!.subjectId)).toEqual(['traveller-3', 'traveller-77', 'traveller-150', 'traveller-199'])
  })

  it('does not block the main thread while it searches', async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    await Promise.all(Array.from({ length: 20 }, (_, k) => pool.search(probes[k % probes.length]!)))
    clearInterval(timer)
    expect(ticks).toBeGreaterThan(0)
  })
})

describe('MatcherPool with a worker that crashes', () => {
  it('fails the pending search with a clear error instead of hanging, and every later one too', async () => {
    const pool = new MatcherPool({ workers: 2, workerScript: new URL('./crashing-worker.fixture.ts', import.meta.url) })
    await pool.add(gallery.slice(0, 10))
    const search = pool.search(probes[0]!)
    await expect(search).rejects.toBeInstanceOf(MatcherWorkerCrashedError)
    await expect(search).rejects.toThrow(/worker \d exited unexpectedly \(exit code 70\)/)
    await expect(pool.search(probes[0]!)).rejects.toBeInstanceOf(MatcherWorkerCrashedError)
    await pool.close()
  })

  it('reports a worker script that cannot start', async () => {
    const pool = new MatcherPool({ workers: 1, workerScript: new URL('./no-such-worker.ts', import.meta.url) })
    await expect(pool.add(gallery.slice(0, 2))).rejects.toBeInstanceOf(MatcherWorkerCrashedError)
    await pool.close()
  })
})

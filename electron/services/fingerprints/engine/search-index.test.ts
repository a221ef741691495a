import { describe, expect, it } from 'vitest'
import { SearchIndex, type GalleryFinger } from './search-index'
import { perturbTemplate, randomTemplate, seededRandom } from './template-perturbation'

/** `subjects` travellers with a right index (2) and right middle (3) finger each. */
function gallery(subjects: number, seed = 1): GalleryFinger[] {
  const random = seededRandom(seed)
  const fingers: GalleryFinger[] = []
  for (let s = 0; s < subjects; s++) {
    fingers.push({ subjectId: `s${s}`, fingerPosition: 2, template: randomTemplate(random) })
    fingers.push({ subjectId: `s${s}`, fingerPosition: 3, template: randomTemplate(random) })
  }
  return fingers
}

describe('SearchIndex', () => {
  const enrolled = gallery(300)
  const index = new SearchIndex()
  index.add(enrolled)
  const random = seededRandom(99)
  const again = (subject: number, finger: 2 | 3) => perturbTemplate(enrolled[subject * 2 + (finger - 2)]!.template, random)

  it('ranks the enrolled traveller first for a new impression of one finger', () => {
    expect(index.size).toBe(600)
    for (const subject of [0, 17, 299]) {
      const [best, second] = index.search([{ fingerPosition: 2, template: again(subject, 2) }])
      expect(best!.subjectId).toBe(`s${subject}`)
      expect(best!.fingers).toEqual([{ fingerPosition: 2, score: expect.any(Number) }])
      expect(best!.score).toBeGreaterThan((second?.score ?? 0) + 20)
    }
  })

  it('fuses two fingers of the traveller by summing their scores', () => {
    const probe = [
      { fingerPosition: 2, template: again(42, 2) },
      { fingerPosition: 3, template: again(42, 3) },
    ]
    const [best] = index.search(probe)
    expect(best!.subjectId).toBe('s42')
    expect(best!.fingers.map((f) => f.fingerPosition).sort()).toEqual([2, 3])
    expect(best!.score).toBeCloseTo(best!.fingers[0]!.score + best!.fingers[1]!.score, 6)
  })

  it('compares a finger only with the same finger position (unknown 0 with every finger)', () => {
    const probe = again(7, 2)
    expect(index.search([{ fingerPosition: 3, template: probe }])[0]?.subjectId).not.toBe('s7')
    expect(index.search([{ fingerPosition: 0, template: probe }])[0]?.subjectId).toBe('s7')
  })

  it('returns nobody above a threshold for a stranger', () => {
    const stranger = randomTemplate(seededRandom(12345))
    expect(index.search([{ fingerPosition: 2, template: stranger }], { minScore: 40 })).toEqual([])
  })

  it('still finds the mate when the pre-filter shortlists only a small part of the gallery', () => {
    const probe = [{ fingerPosition: 2, template: again(123, 2) }]
    const [best] = index.search(probe, { shortlistSize: 20 })
    expect(best!.subjectId).toBe('s123')
  })

  it('returns at most maxCandidates, best first', () => {
    const ranked = index.search([{ fingerPosition: 0, template: again(5, 3) }], { maxCandidates: 3 })
    expect(ranked.length).toBeLessThanOrEqual(3)
    for (let k = 1; k < ranked.length; k++) expect(ranked[k - 1]!.score).toBeGreaterThanOrEqual(ranked[k]!.score)
  })
})

import { describe, expect, it } from 'vitest'
import { historyFacts, type EarlierCrossing } from './history-facts'

const current = { at: '2026-11-25T12:00:00Z', documentKey: 'A1|QZA', nameKey: 'DOE|JANE', birthDateKnown: true }
const earlier = (at: string, o: Partial<EarlierCrossing> = {}): EarlierCrossing => ({ at, sameDocument: true, samePerson: true, refused: false, documentKey: 'A1|QZA', nameKey: 'DOE|JANE', ...o })

describe('historyFacts', () => {
  it('gives earlier crossings as hours ago, newest first, and the gap to the previous one', () => {
    const f = historyFacts(current, [
      earlier('2026-11-20T12:00:00Z', { refused: true }),
      earlier('2026-11-25T06:00:00Z'),
      earlier('2026-11-24T12:00:00Z', { sameDocument: false, documentKey: 'B2|QZA' }),
      earlier('2026-11-23T12:00:00Z', { samePerson: false, nameKey: 'ROE|JANE' }),
    ])
    expect(f).toEqual({
      'history.crossings': [6, 24, 48, 120],
      'history.crossingsSameDocument': [6, 48, 120],
      'history.crossingsSamePerson': [6, 24, 120],
      'history.refusals': [120],
      'history.hoursSincePrevious': 6,
      'history.documentsUsed': 2,
      'history.namesOnDocument': 2,
    })
  })

  it('ignores crossings beyond the horizon, later ones and unrelated ones', () => {
    const f = historyFacts(current, [
      earlier('2026-08-01T12:00:00Z'),
      earlier('2026-11-25T13:00:00Z'),
      earlier('2026-11-25T10:00:00Z', { sameDocument: false, samePerson: false }),
    ])
    expect(f['history.crossings']).toEqual([])
    expect(f['history.hoursSincePrevious']).toBeNull()
    expect(f['history.documentsUsed']).toBe(1)
  })

  it('does not count documents per person without a birth date', () => {
    expect(historyFacts({ ...current, birthDateKnown: false }, [])['history.documentsUsed']).toBeNull()
  })
})

// History facts over a real SQLite database, crossings written through
// CrossingsRepository exactly as the inspection flow writes them.
import { describe, expect, it } from 'vitest'
import { CrossingFacts } from '../../electron/services/risk/crossing-facts'
import { riskWorld } from './risk-fixtures'

describe('crossing facts from the database', () => {
  it('reads document, traveller and lane facts of the crossing', () => {
    const w = riskWorld('2026-11-25T21:30:00Z')
    const id = w.cross({
      document: { issuingState: 'QZB', source: 'manual', expiryDate: '2026-12-25', mrzValid: false },
      traveller: { birthDate: '2010-01-01', sex: 'M', nationality: 'QZA' },
      checks: [
        { code: 'mrz-invalid', severity: 'alert', params: {} },
        { code: 'nationality-differs-from-issuer', severity: 'warning', params: {} },
      ],
    })
    const { at, facts } = new CrossingFacts(w.db, { timeZone: 'Europe/Vienna' }).forCrossing(id)
    expect(at).toBe('2026-11-25T21:30:00.000Z')
    expect(facts).toMatchObject({
      'document.code': 'P',
      'document.issuer': 'QZB',
      'document.nationality': 'QZA',
      'document.checks': ['mrz-invalid', 'nationality-differs-from-issuer'],
      'document.alertChecks': ['mrz-invalid'],
      'document.warningChecks': ['nationality-differs-from-issuer'],
      'document.highestSeverity': 'alert',
      'document.source': 'manual',
      'document.mrzValid': false,
      'document.daysToExpiry': 30,
      'traveller.age': 16,
      'traveller.sex': 'M',
      'traveller.nationality': 'QZA',
      'lane.id': 'lane-1',
      'lane.hour': 22,
      'lane.dayOfWeek': 'wed',
      'history.crossings': [],
      'history.hoursSincePrevious': null,
      'history.documentsUsed': 1,
      'history.namesOnDocument': 1,
    })
    expect(facts['vehicle.kind']).toBeUndefined() // pending the vehicle lane: unknown
  })

  it('finds earlier decided crossings by document number + issuer and by name + birth date', () => {
    const w = riskWorld('2026-11-20T08:00:00Z')
    w.cross({}, 'refuse') // 5 days before: same document, same person, refused
    w.at('2026-11-24T08:00:00Z')
    w.cross({ document: { documentNumber: 'QB7654321' } }) // same person, another document
    w.at('2026-11-25T02:00:00Z')
    w.cross({ traveller: { surname: 'ROE' } }) // same document, another name
    w.at('2026-11-25T05:00:00Z')
    w.cross({}, null) // undecided (superseded or interrupted): a re-read, not a crossing
    w.cross({ traveller: { givenNames: 'JOHN' }, document: { documentNumber: 'QC0000001' } }) // same birth date, other person, other document
    w.cross({ traveller: { givenNames: 'JOHN' }, document: { documentNumber: 'QA1234567', issuingState: 'QZC' } }) // same number, other issuer, other person
    w.at('2026-11-25T08:00:00Z')
    const id = w.cross({}, null)

    const { facts } = new CrossingFacts(w.db, { timeZone: 'UTC' }).forCrossing(id)
    expect(facts).toMatchObject({
      'history.crossings': [6, 24, 120],
      'history.crossingsSameDocument': [6, 120],
      'history.crossingsSamePerson': [24, 120],
      'history.refusals': [120],
      'history.hoursSincePrevious': 6,
      'history.documentsUsed': 2,
      'history.namesOnDocument': 2,
    })
  })

  it('matches issuers and document numbers after normalisation (D<< is D)', () => {
    const w = riskWorld('2026-11-25T01:00:00Z')
    w.cross({ document: { issuingState: 'D<<' }, traveller: { birthDate: null } })
    w.at('2026-11-25T04:00:00Z')
    const id = w.cross({ document: { issuingState: 'D' }, traveller: { birthDate: null } })
    const { facts } = new CrossingFacts(w.db, { timeZone: 'UTC' }).forCrossing(id)
    expect(facts).toMatchObject({ 'history.crossingsSameDocument': [3], 'history.crossingsSamePerson': [], 'history.documentsUsed': null, 'document.issuer': 'D' })
  })

  it('looks back no further than the horizon', () => {
    const w = riskWorld('2026-08-26T07:59:00Z')
    w.cross()
    w.at('2026-11-25T08:00:00Z')
    const id = w.cross()
    expect(new CrossingFacts(w.db, { timeZone: 'UTC' }).forCrossing(id).facts['history.crossings']).toEqual([])
  })

  it('uses the indexes of migration 004 for the history lookup', () => {
    const w = riskWorld()
    const plan = (w.db
      .prepare("EXPLAIN QUERY PLAN SELECT c.id FROM documents d JOIN crossings c ON c.document_id = d.id WHERE d.document_number = 'X'")
      .all() as { detail: string }[]).map((r) => r.detail).join('\n')
    expect(plan).toMatch(/risk_history_documents_number/)
    expect(plan).toMatch(/risk_history_crossings_document/)
  })
})

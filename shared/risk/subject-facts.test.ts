import { describe, expect, it } from 'vitest'
import { subjectFacts, type CrossingRecord } from './subject-facts'

const record: CrossingRecord = {
  at: '2026-11-25T21:15:00Z',
  lane: 'lane-1',
  traveller: { nationality: 'D<<', sex: '<', birthDate: '2010-03-01' },
  document: { code: 'P', issuer: 'QZA', expiryDate: '2026-12-05', source: 'manual', mrzValid: false },
  checks: [
    { code: 'mrz-invalid', severity: 'alert', params: {} },
    { code: 'nationality-differs-from-issuer', severity: 'warning', params: {} },
    { code: 'document-expires-soon', severity: 'warning', params: {} },
  ],
}

describe('subjectFacts', () => {
  it('turns the crossing record into document, traveller and lane facts', () => {
    expect(subjectFacts(record, 'Europe/Vienna')).toEqual({
      'document.code': 'P',
      'document.issuer': 'QZA',
      'document.nationality': 'D',
      'document.checks': ['document-expires-soon', 'mrz-invalid', 'nationality-differs-from-issuer'],
      'document.warningChecks': ['document-expires-soon', 'nationality-differs-from-issuer'],
      'document.alertChecks': ['mrz-invalid'],
      'document.highestSeverity': 'alert',
      'document.source': 'manual',
      'document.mrzValid': false,
      'document.daysToExpiry': 10,
      'traveller.age': 16,
      'traveller.sex': 'X',
      'traveller.nationality': 'D',
      'lane.id': 'lane-1',
      'lane.hour': 22,
      'lane.dayOfWeek': 'wed',
    })
  })

  it('leaves unknowns unknown', () => {
    const f = subjectFacts({ ...record, traveller: { nationality: '', sex: '?', birthDate: null }, document: { ...record.document, expiryDate: null }, checks: [] }, 'UTC')
    expect(f['traveller.age']).toBeNull()
    expect(f['traveller.sex']).toBeNull()
    expect(f['traveller.nationality']).toBeNull()
    expect(f['document.daysToExpiry']).toBeNull()
    expect(f['document.highestSeverity']).toBeNull()
  })
})

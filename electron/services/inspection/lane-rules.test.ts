import { describe, expect, it } from 'vitest'
import type { Alert } from '../../../shared/domain/inspection'
import { refusal, stateForAlerts, supersedes, type LaneCommand, type LaneState } from './lane-rules'

const alert = (status: Alert['status']): Alert => ({
  id: 1, list: 'documents', listId: 'national', listVersion: 'v1', score: 1, confidence: 'exact', features: [], listRecordId: 'r1', reason: 'stolen', matchedOn: [], record: {}, status, dismissReason: null, actedBy: null, actedAt: null, outcome: null,
})

describe('lane rules', () => {
  const table: Array<[LaneCommand, LaneState, Alert[], string | null]> = [
    ['read-document', 'idle', [], null],
    ['read-document', 'review', [], null],
    ['read-document', 'alert', [alert('candidate')], null],
    ['read-document', 'review', [alert('confirmed')], 'finish-current-first'],
    ['read-document', 'alert', [alert('dismissed'), alert('candidate')], 'finish-current-first'],
    ['read-document', 'recorded', [alert('referred')], null],
    ['resolve-alert', 'alert', [alert('candidate')], null],
    ['resolve-alert', 'review', [], 'no-alert-pending'],
    ['resolve-alert', 'recorded', [], 'no-alert-pending'],
    ['decide', 'idle', [], 'no-traveller'],
    ['decide', 'alert', [alert('candidate')], 'alerts-pending'],
    ['decide', 'review', [alert('confirmed')], null],
    ['decide', 'recorded', [], 'already-decided'],
  ]
  it.each(table)('%s in %s → %s', (command, state, alerts, expected) => {
    expect(refusal(command, state, alerts)).toBe(expected)
  })

  it('keeps the alert up while any match is unacknowledged', () => {
    expect(stateForAlerts([alert('confirmed'), alert('candidate')])).toBe('alert')
    expect(stateForAlerts([alert('confirmed'), alert('dismissed')])).toBe('review')
    expect(stateForAlerts([])).toBe('review')
  })

  it('supersedes only an undecided inspection', () => {
    expect(supersedes('review')).toBe(true)
    expect(supersedes('alert')).toBe(true)
    expect(supersedes('recorded')).toBe(false)
    expect(supersedes('idle')).toBe(false)
  })
})

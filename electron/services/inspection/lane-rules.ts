// The lane's state machine as data and pure functions: the one place that says
// which officer command is allowed in which state. InspectionService applies it.
//
//   idle ──read──▶ alert ──every alert acknowledged──▶ review ──decide──▶ recorded ──read──▶ …
//   idle ──read (no match)──────────────────────────▶ review
//   alert/review ──read──▶ (superseded: a re-swipe replaces an untouched inspection)
import type { Alert, InspectionSnapshot } from '../../../shared/domain/inspection'

export type LaneState = InspectionSnapshot['state']
export type LaneCommand = 'read-document' | 'resolve-alert' | 'decide'
export type Refusal = 'finish-current-first' | 'no-alert-pending' | 'no-traveller' | 'already-decided' | 'alerts-pending'

export const refusalMessages: Record<Refusal, string> = {
  'finish-current-first': 'Decide on the current traveller first: an alert was already acknowledged.',
  'no-alert-pending': 'No alert is waiting for acknowledgement.',
  'no-traveller': 'No traveller is being inspected.',
  'already-decided': 'A decision was already recorded for this traveller.',
  'alerts-pending': 'Acknowledge every alert (confirm or dismiss) before deciding.',
}

/** Null when the command is allowed in this state, otherwise why not. */
export function refusal(command: LaneCommand, state: LaneState, alerts: readonly Alert[]): Refusal | null {
  switch (command) {
    case 'read-document':
      // Once the officer acknowledged an alert, a stray read must not silently replace the traveller.
      return (state === 'alert' || state === 'review') && alerts.some((a) => a.status !== 'candidate') ? 'finish-current-first' : null
    case 'resolve-alert':
      return state === 'alert' ? null : 'no-alert-pending'
    case 'decide':
      if (state === 'idle') return 'no-traveller'
      if (state === 'recorded') return 'already-decided'
      if (state === 'alert') return 'alerts-pending'
      return null
  }
}

/** After a read or an acknowledgement: an unacknowledged match keeps the alert up. */
export const stateForAlerts = (alerts: readonly Alert[]): 'alert' | 'review' => (alerts.some((a) => a.status === 'candidate') ? 'alert' : 'review')

/** A read that arrives before a decision replaces the open crossing, which is kept as superseded. */
export const supersedes = (state: LaneState): boolean => state === 'alert' || state === 'review'

// Facts from the crossing's own record: the document, its checks, the
// traveller as the document presents them, and the lane and time.
import type { DocumentCheck } from '../domain/inspection'
import { ageOn, daysBetween, postClock } from './calendar'
import type { Facts } from './fact-catalogue'

export interface CrossingRecord {
  /** ISO instant the crossing started. */
  at: string
  lane: string
  traveller: { nationality: string; sex: string; birthDate: string | null }
  document: { code: string; issuer: string; expiryDate: string | null; source: 'reader' | 'manual'; mrzValid: boolean }
  checks: readonly DocumentCheck[]
}

const severityRank = { ok: 0, info: 1, warning: 2, alert: 3 } as const

/** ICAO codes without fillers (D<< is D), the way profile values are written. */
export const stateCode = (code: string): string | null => code.toUpperCase().replace(/[^A-Z]/g, '') || null

function sexOf(sex: string): 'M' | 'F' | 'X' | null {
  if (sex === 'M' || sex === 'F') return sex
  if (sex === 'X' || sex === '<') return 'X'
  return null
}

export function subjectFacts(c: CrossingRecord, timeZone: string): Facts {
  const clock = postClock(new Date(c.at), timeZone)
  const codes = (severity?: DocumentCheck['severity']) => [...new Set(c.checks.filter((k) => !severity || k.severity === severity).map((k) => k.code))].sort()
  const highest = c.checks.reduce<DocumentCheck['severity'] | null>((h, k) => (h === null || severityRank[k.severity] > severityRank[h] ? k.severity : h), null)
  return {
    'document.code': c.document.code.replace(/<+$/, '') || null,
    'document.issuer': stateCode(c.document.issuer),
    'document.nationality': stateCode(c.traveller.nationality),
    'document.checks': codes(),
    'document.warningChecks': codes('warning'),
    'document.alertChecks': codes('alert'),
    'document.highestSeverity': highest,
    'document.source': c.document.source,
    'document.mrzValid': c.document.mrzValid,
    'document.daysToExpiry': daysBetween(clock.date, c.document.expiryDate),
    'traveller.age': ageOn(c.traveller.birthDate, clock.date),
    'traveller.sex': sexOf(c.traveller.sex),
    'traveller.nationality': stateCode(c.traveller.nationality),
    'lane.id': c.lane,
    'lane.hour': clock.hour,
    'lane.dayOfWeek': clock.dayOfWeek,
  }
}

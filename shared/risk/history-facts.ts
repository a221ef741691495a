// Facts from the traveller's earlier crossings. The caller finds them (by
// document number + issuer, or by name + birth date) and says which key
// matched; this turns them into counts and gaps. Events are hours before the
// current crossing, newest first.
import { hoursBetween } from './calendar'
import type { Facts } from './fact-catalogue'
import { HISTORY_HORIZON_HOURS } from './rule-language'

export interface EarlierCrossing {
  at: string
  /** Same document number + issuer as the current crossing (normalised). */
  sameDocument: boolean
  /** Same name + birth date as the current crossing (normalised; never true without a birth date). */
  samePerson: boolean
  refused: boolean
  /** Normalised document number + issuer, and name, of that crossing. */
  documentKey: string
  nameKey: string
}

export interface CurrentIdentity {
  at: string
  documentKey: string
  nameKey: string
  birthDateKnown: boolean
}

export function historyFacts(current: CurrentIdentity, earlier: readonly EarlierCrossing[]): Facts {
  const inHorizon = earlier
    .filter((e) => e.sameDocument || e.samePerson)
    .map((e) => ({ ...e, hoursAgo: hoursBetween(e.at, current.at) }))
    .filter((e) => e.hoursAgo > 0 && e.hoursAgo <= HISTORY_HORIZON_HOURS)
    .sort((a, b) => a.hoursAgo - b.hoursAgo)
  const hours = (keep: (e: (typeof inHorizon)[number]) => boolean) => inHorizon.filter(keep).map((e) => e.hoursAgo)
  const samePerson = inHorizon.filter((e) => e.samePerson)
  const sameDocument = inHorizon.filter((e) => e.sameDocument)
  return {
    'history.crossings': hours(() => true),
    'history.crossingsSameDocument': hours((e) => e.sameDocument),
    'history.crossingsSamePerson': hours((e) => e.samePerson),
    'history.refusals': hours((e) => e.refused),
    'history.hoursSincePrevious': inHorizon[0]?.hoursAgo ?? null,
    'history.documentsUsed': current.birthDateKnown ? new Set([current.documentKey, ...samePerson.map((e) => e.documentKey)]).size : null,
    'history.namesOnDocument': new Set([current.nameKey, ...sameDocument.map((e) => e.nameKey)]).size,
  }
}

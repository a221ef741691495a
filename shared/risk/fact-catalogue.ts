// Every fact a profile may name, with its kind and meaning. A profile naming
// anything else is rejected when it is saved, so a typo never becomes a rule
// that silently never fires. Deliberately absent: names, document numbers,
// ethnicity, religion and anything else ETIAS Art. 33 / CJEU C-817/19 exclude;
// a specific person or document belongs on a watch list, not in a profile.
import { HISTORY_HORIZON_DAYS, type FactType } from './rule-language'

/** Where a fact comes from: the crossing itself, earlier crossings, or the vehicle lane (pending). */
export type FactSource = 'crossing' | 'history' | 'vehicle'

/** Shapes a string value must have, so `traveller.nationality in ['qza']` is caught at save time. */
export const valueFormats = {
  'state-code': { pattern: /^[A-Z]{1,3}$/, hint: 'an ICAO state code in capitals without fillers (D for Germany, QZA)' },
  'check-code': { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, hint: 'a document check code in lower case, e.g. nationality-differs-from-issuer' },
  'route-code': { pattern: /^[A-Z0-9]+(-[A-Z0-9]+)*$/, hint: 'a route code in capitals, digits and dashes, e.g. EX-ROUTE-1' },
  code: { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, hint: 'a code in lower case, digits and dashes, e.g. lane-1' },
} as const
export type ValueFormat = keyof typeof valueFormats

export interface FactInfo {
  type: FactType
  source: FactSource
  description: string
  /** The only values the fact takes (checked at save time). */
  values?: readonly string[]
  format?: ValueFormat
}

const horizon = `decided crossings in the last ${HISTORY_HORIZON_DAYS} days`

export const factCatalogue = {
  'document.code': { type: 'string', source: 'crossing', description: 'Document code from the MRZ (P, I, ID, AC, V…).' },
  'document.issuer': { type: 'string', source: 'crossing', format: 'state-code', description: 'Issuing state, ICAO code without fillers.' },
  'document.nationality': { type: 'string', source: 'crossing', format: 'state-code', description: 'Nationality printed in the document (today the same value as traveller.nationality).' },
  'document.checks': { type: 'list', source: 'crossing', format: 'check-code', description: 'Codes of every document check on this crossing, whatever the severity (mrz-invalid, specimen-document, document-expired, nationality-differs-from-issuer…).' },
  'document.warningChecks': { type: 'list', source: 'crossing', format: 'check-code', description: 'Codes of the checks with severity warning.' },
  'document.alertChecks': { type: 'list', source: 'crossing', format: 'check-code', description: 'Codes of the checks with severity alert.' },
  'document.highestSeverity': { type: 'string', source: 'crossing', values: ['ok', 'info', 'warning', 'alert'], description: 'The most severe document check.' },
  'document.source': { type: 'string', source: 'crossing', values: ['reader', 'manual'], description: 'Read by a document reader, or typed by hand.' },
  'document.mrzValid': { type: 'boolean', source: 'crossing', description: 'Every MRZ check digit verified.' },
  'document.daysToExpiry': { type: 'number', source: 'crossing', description: 'Days from the crossing date (post time) to the expiry date; negative once expired; unknown without an expiry date.' },

  'traveller.age': { type: 'number', source: 'crossing', description: 'Age in full years on the crossing date; unknown without a full birth date.' },
  'traveller.sex': { type: 'string', source: 'crossing', values: ['M', 'F', 'X'], description: 'Sex as printed (X also for an unspecified <); unknown when unreadable.' },
  'traveller.nationality': { type: 'string', source: 'crossing', format: 'state-code', description: 'Nationality, ICAO code without fillers.' },

  'lane.id': { type: 'string', source: 'crossing', format: 'code', description: 'The lane of the crossing, e.g. lane-1.' },
  'lane.hour': { type: 'number', source: 'crossing', description: 'Hour of the day at the post, 0–23.' },
  'lane.dayOfWeek': { type: 'string', source: 'crossing', values: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], description: 'Day of the week at the post.' },

  'history.crossings': { type: 'events', source: 'history', description: `Earlier ${horizon} of the same traveller, found by document number + issuer or by name + birth date.` },
  'history.crossingsSameDocument': { type: 'events', source: 'history', description: `Earlier ${horizon} with the same document number + issuer.` },
  'history.crossingsSamePerson': { type: 'events', source: 'history', description: `Earlier ${horizon} with the same name + birth date.` },
  'history.refusals': { type: 'events', source: 'history', description: `Earlier ${horizon} of the same traveller that ended in a refusal.` },
  'history.hoursSincePrevious': { type: 'number', source: 'history', description: `Hours since the traveller's previous crossing; unknown when there is none among the ${horizon}.` },
  'history.documentsUsed': { type: 'number', source: 'history', description: `Distinct documents (number + issuer) the same name + birth date used, this crossing included, over the ${horizon}; unknown without a birth date.` },
  'history.namesOnDocument': { type: 'number', source: 'history', description: `Distinct names presented with the same document, this crossing included, over the ${horizon}.` },

  'vehicle.kind': { type: 'string', source: 'vehicle', format: 'code', description: 'Kind of vehicle the traveller crosses in (car, van, bus…).' },
  'vehicle.registrationCountry': { type: 'string', source: 'vehicle', format: 'state-code', description: 'Registration country of the vehicle.' },
  'vehicle.travellerIsDriver': { type: 'boolean', source: 'vehicle', description: 'The traveller drives the vehicle.' },
  'vehicle.crossings': { type: 'events', source: 'vehicle', description: `Earlier crossings of the same vehicle in the last ${HISTORY_HORIZON_DAYS} days.` },
  'vehicle.crossingsWithOtherPassengers': { type: 'events', source: 'vehicle', description: `Earlier crossings of the same vehicle (last ${HISTORY_HORIZON_DAYS} days) that carried passengers, none of whom is a passenger now (drivers left out).` },
  'group.size': { type: 'number', source: 'vehicle', description: 'People in the vehicle, driver included.' },
  'group.minors': { type: 'number', source: 'vehicle', description: 'People under 18 in the vehicle; unknown when an age is unknown.' },
  'group.nationalities': { type: 'list', source: 'vehicle', format: 'state-code', description: 'Distinct nationalities in the vehicle.' },
  'group.minorWithoutSameSurnameAdult': { type: 'boolean', source: 'vehicle', description: 'PLACEHOLDER for "minor with non-parents": a minor in the vehicle shares no surname word with any adult in it. A crude proxy (naming customs differ): it prompts a question, never a conclusion.' },
  'journey.origin': { type: 'string', source: 'vehicle', format: 'state-code', description: 'Declared (or manifest) origin country of the journey.' },
  'journey.route': { type: 'string', source: 'vehicle', format: 'route-code', description: 'Route code from the post’s route list (coach line, corridor).' },
} as const satisfies Record<string, FactInfo>

export type FactName = keyof typeof factCatalogue

export function factInfo(name: string): FactInfo | undefined {
  return Object.hasOwn(factCatalogue, name) ? (factCatalogue as Record<string, FactInfo>)[name] : undefined
}

/** A fact value as the evaluator reads it. `events` are hours before the crossing (≥ 0). */
export type FactValue = string | number | boolean | readonly string[] | readonly number[]

/** The facts of one crossing. A missing or null fact is unknown, and an unknown never satisfies a comparison. */
export type Facts = Partial<Record<FactName, FactValue | null>>

// Public API of screening: pure matching logic for alert-list screening (persons, vehicles,
// documents). Pure TS, runs in Node and the browser; the list store lives in electron/services.
export type { ListedPerson, MatchFeature, NameScore, PersonMatch, PersonQuery, ScoreOptions } from './types'
export { DEFAULT_PERSON_THRESHOLD, QUALIFIER_NAME_FLOOR, scorePerson, scorePersonName } from './score-person'
export { MAX_NAME_KEYS, nameIndexKeys } from './name-keys'
export { normaliseName, normalisePersonName, type NamePartRole, type NameToken, type NormalisedName } from './normalise-name'
export { NAME_SPELLING_FAMILIES, spellingFamilyOf } from './name-families'
export { phoneticCode } from './phonetic-code'
export { compareBirthDates, parsePartialDate, type PartialDate } from './birth-date'
export { compareNationality, compareSex, normaliseNationality } from './person-qualifiers'
export { foldPlateConfusions, matchPlate, normalisePlate, plateIndexKeys, type PlateMatch, type PlateMatchKind } from './plates'
export { normaliseVin, validateVin, vinCheckDigit, type VinIssue, type VinValidation } from './vin'
export {
  compareDocumentNumbers,
  documentConfusionKey,
  documentNumberKey,
  type DocumentNumberComparison,
  type DocumentNumberDifference,
} from './document-candidates'
export { evaluatePairs, parseNamePairsCsv, type NamePair, type PairEvaluation } from './pair-evaluation'

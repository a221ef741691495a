// Public API of risk profiling: the rule language, its validation, the pure
// fact builders and the evaluator. Storage and database facts live in
// electron/services/risk.
export { HISTORY_HORIZON_DAYS, HISTORY_HORIZON_HOURS, operators, operatorsByFactType, factTypes, type Comparison, type Condition, type FactType, type Operator, type Window } from './rule-language'
export { factCatalogue, factInfo, valueFormats, type FactInfo, type FactName, type FactSource, type FactValue, type Facts } from './fact-catalogue'
export { conditionSchema, MAX_CHILDREN, MAX_COMPARISONS, MAX_DEPTH, MAX_LIST_VALUES } from './condition-schema'
export { isInForce, MAX_PROFILE_LIFETIME_DAYS, profileChangesSchema, profileDraftSchema, profileStatuses, riskProfileSchema, type ProfileChanges, type ProfileDraft, type ProfileStatus, type RiskProfile } from './profile-schema'
export { RiskProfileInvalid, parseOrThrow, validate, type Validated, type ValidationIssue } from './validation'
export { bandFor, bands, bandThresholdsSchema, DEFAULT_BAND_THRESHOLDS, type Band, type BandThresholds } from './bands'
export { checkCondition, describeComparison, type Outcome } from './check-condition'
export { compare, type Truth } from './compare'
export { evaluateProfiles, newestVersions, type FiredProfile, type RiskAssessment } from './evaluate'
export { subjectFacts, stateCode, type CrossingRecord } from './subject-facts'
export { historyFacts, type CurrentIdentity, type EarlierCrossing } from './history-facts'
export { vehicleFacts, surnameWords, type VehicleCrossing, type VehicleOccupant } from './vehicle-facts'
export { starterSetSchema, starterProfileSchema, type StarterProfile, type StarterSet } from './starter-set-schema'
export { postClock, ageOn, daysBetween, type DayOfWeek, type PostClock } from './calendar'

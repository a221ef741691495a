// Plausibility of the birth date. Note: the parser's two-digit-year pivot puts every MRZ birth
// date within the last 100 years, so 'age-over-120' can only fire on full dates from other
// sources (chip DG11, manual entry).
import { addYears, completedYears } from '../iso-dates'
import type { RuleCheck } from './rule-check'

const MAX_PLAUSIBLE_AGE_YEARS = 120

/** Born today is fine; born tomorrow is not. */
export const birthInFuture: RuleCheck = ({ mrz, today }) => {
  if (mrz.birthDate === null || mrz.birthDate <= today) return null
  return { birthDate: mrz.birthDate }
}

/** Fires when more than 120 years have passed since birth: exactly 120 years ago today is still plausible. */
export const ageOver120: RuleCheck = ({ mrz, today }) => {
  if (mrz.birthDate === null) return null
  if (mrz.birthDate >= addYears(today, -MAX_PLAUSIBLE_AGE_YEARS)) return null
  return {
    birthDate: mrz.birthDate,
    ageYears: String(completedYears(mrz.birthDate, today)),
    maxAgeYears: String(MAX_PLAUSIBLE_AGE_YEARS),
  }
}

export const expiryBeforeBirth: RuleCheck = ({ mrz }) => {
  if (mrz.birthDate === null || mrz.expiryDate === null) return null
  if (mrz.expiryDate >= mrz.birthDate) return null
  return { birthDate: mrz.birthDate, expiryDate: mrz.expiryDate }
}

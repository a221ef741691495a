// Remaining validity longer than the issuer ever grants. The MRZ has no issue date, so the test is
// "expiry later than today + the issuer's maximum validity": such a passport cannot have been
// issued in the past. Passports only: ID-card validities vary too much (some are unlimited).
import { completedYears, addYears } from '../iso-dates'
import { DEFAULT_PASSPORT_VALIDITY_YEARS, PASSPORT_VALIDITY_RULES } from '../passport-validity-table'
import { isoStateOfCode } from '../state-codes'
import { isPassport } from './document-code'
import type { RuleCheck } from './rule-check'

interface MaxValidity {
  years: number
  basis: 'adult' | 'minor' | 'default'
}

function maxValidityFor(issuer: string, birthDate: string | null, today: string): MaxValidity {
  const iso = isoStateOfCode(issuer)
  const rule = PASSPORT_VALIDITY_RULES.find((candidate) => candidate.issuer === iso)
  if (rule === undefined) return { years: DEFAULT_PASSPORT_VALIDITY_YEARS, basis: 'default' }
  // Younger than the threshold today means younger at issue too, so the minor maximum applies.
  if (rule.minor && birthDate !== null && completedYears(birthDate, today) < rule.minor.underAge) {
    return { years: rule.minor.years, basis: 'minor' }
  }
  return { years: rule.adultYears, basis: 'adult' }
}

export const validityTooLong: RuleCheck = ({ mrz, today }) => {
  if (mrz.expiryDate === null || !isPassport(mrz)) return null
  const max = maxValidityFor(mrz.issuingState, mrz.birthDate, today)
  const latestPlausibleExpiry = addYears(today, max.years)
  if (mrz.expiryDate <= latestPlausibleExpiry) return null
  return {
    expiryDate: mrz.expiryDate,
    latestPlausibleExpiry,
    maxValidityYears: String(max.years),
    basis: max.basis,
  }
}

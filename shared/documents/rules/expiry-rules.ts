// Expiry against today. A document is valid through its expiry day, so "expires today" is
// expiring soon (0 days left), not expired.
import { daysBetween } from '../iso-dates'
import type { RuleCheck } from './rule-check'

export const documentExpired: RuleCheck = ({ mrz, today }) => {
  if (mrz.expiryDate === null) return null
  const daysLeft = daysBetween(today, mrz.expiryDate)
  if (daysLeft >= 0) return null
  return { expiryDate: mrz.expiryDate, daysSinceExpiry: String(-daysLeft) }
}

export const documentExpiresSoon: RuleCheck = ({ mrz, today, expiryWarningDays }) => {
  if (mrz.expiryDate === null) return null
  const daysLeft = daysBetween(today, mrz.expiryDate)
  if (daysLeft < 0 || daysLeft > expiryWarningDays) return null
  return { expiryDate: mrz.expiryDate, daysLeft: String(daysLeft), warningDays: String(expiryWarningDays) }
}

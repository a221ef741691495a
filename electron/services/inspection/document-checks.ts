// Document checks at primary (v0): MRZ integrity and expiry. The documents
// issue adds the full rule set (specimens, plausibility, issuer tables).
import type { MrzParseResult } from '../../../shared/mrz'
import type { DocumentCheck, OverallResult } from '../../../shared/domain/inspection'

export const EXPIRY_WARNING_DAYS = 30

export function documentChecks(mrz: MrzParseResult, today: Date): DocumentCheck[] {
  const checks: DocumentCheck[] = []
  const failed = mrz.fields.filter((f) => !f.valid).map((f) => f.name)
  checks.push(
    mrz.valid
      ? { code: 'mrz-valid', severity: 'ok', params: {} }
      : { code: 'mrz-invalid', severity: 'alert', params: { fields: failed.join(', ') } },
  )
  if (mrz.expiryDate) {
    const todayIso = today.toISOString().slice(0, 10)
    const days = Math.round((Date.parse(mrz.expiryDate) - Date.parse(todayIso)) / 86_400_000)
    if (days < 0) checks.push({ code: 'document-expired', severity: 'alert', params: { date: mrz.expiryDate } })
    else if (days <= EXPIRY_WARNING_DAYS) checks.push({ code: 'document-expires-soon', severity: 'warning', params: { date: mrz.expiryDate, days: String(days) } })
    else checks.push({ code: 'document-in-date', severity: 'ok', params: { date: mrz.expiryDate } })
  }
  return checks
}

/** What the officer sees first. A list match outranks everything: never a missed hit. */
export function overallResult(checks: DocumentCheck[], openMatches: number, mrzValid: boolean): OverallResult {
  if (openMatches > 0) return 'hit'
  if (!mrzValid) return 'invalid'
  if (checks.some((c) => c.severity !== 'ok')) return 'warning'
  return 'clear'
}

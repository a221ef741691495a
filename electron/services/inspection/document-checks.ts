// Document checks at primary: MRZ integrity, then every named document rule
// (shared/documents). The officer sees each with its severity and the reason.
import type { MrzParseResult } from '../../../shared/mrz'
import { DEFAULT_EXPIRY_WARNING_DAYS, evaluateDocumentRules } from '../../../shared/documents'
import type { DocumentCheck, OverallResult } from '../../../shared/domain/inspection'

export function documentChecks(mrz: MrzParseResult, today: Date): DocumentCheck[] {
  const checks: DocumentCheck[] = []
  const failed = mrz.fields.filter((f) => !f.valid).map((f) => f.name)
  checks.push(
    mrz.valid
      ? { code: 'mrz-valid', severity: 'ok', params: {} }
      : { code: 'mrz-invalid', severity: 'alert', params: { fields: failed.join(', ') } },
  )
  for (const w of mrz.warnings) checks.push({ code: w.code, severity: w.code === 'sex-unspecified-x' ? 'warning' : 'info', params: {} })
  if (mrz.corrections.length > 0) {
    checks.push({ code: 'ocr-corrected', severity: 'info', params: { count: String(mrz.corrections.length), fields: [...new Set(mrz.corrections.map((c) => c.field))].join(', ') } })
  }
  if (mrz.ocrRisks.length > 0) checks.push({ code: 'ocr-unverifiable', severity: 'info', params: { count: String(mrz.ocrRisks.length) } })
  const findings = evaluateDocumentRules(mrz, { today, expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS })
  for (const f of findings) checks.push({ code: f.rule, severity: f.severity, params: f.params })
  const expiryFinding = findings.some((f) => f.rule === 'document-expired' || f.rule === 'document-expires-soon')
  if (mrz.expiryDate && !expiryFinding) checks.push({ code: 'document-in-date', severity: 'ok', params: { expiryDate: mrz.expiryDate } })
  return checks
}

/** What the officer sees first. A list match outranks everything: never a missed hit. */
export function overallResult(checks: DocumentCheck[], openMatches: number, mrzValid: boolean): OverallResult {
  if (openMatches > 0) return 'hit'
  if (!mrzValid) return 'invalid'
  if (checks.some((c) => c.severity === 'warning' || c.severity === 'alert')) return 'warning'
  return 'clear'
}

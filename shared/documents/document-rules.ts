// Automated document checks at primary (reference §5): named rules over a parsed MRZ and today.
// Findings carry rule codes and raw values only; the UI translates them. Structure and check
// digits are the parser's job (MrzParseResult.issues), so they are not repeated here.
import type {
  DocumentFinding,
  DocumentRuleContext,
  DocumentRuleId,
  DocumentRuleInput,
  DocumentRuleOptions,
  DocumentSeverity,
} from './finding'
import { toIsoDay } from './iso-dates'
import { ageOver120, birthInFuture, expiryBeforeBirth } from './rules/birth-rules'
import { documentNumberPattern } from './rules/document-number-rule'
import { documentExpired, documentExpiresSoon } from './rules/expiry-rules'
import { nationalityDiffersFromIssuer } from './rules/nationality-rule'
import type { RuleCheck } from './rules/rule-check'
import { specimenDocument } from './rules/specimen-rule'
import { issuerDeprecated, unknownIssuerCode, unknownNationalityCode } from './rules/state-code-rules'
import { validityTooLong } from './rules/validity-rule'

export interface DocumentRuleInfo {
  id: DocumentRuleId
  defaultSeverity: DocumentSeverity
}

export const DEFAULT_EXPIRY_WARNING_DAYS = 30

/** Every rule, in the order findings are reported (most serious kinds first within each topic). */
const RULES: ReadonlyArray<DocumentRuleInfo & { check: RuleCheck }> = [
  { id: 'specimen-document', defaultSeverity: 'alert', check: specimenDocument },
  { id: 'document-expired', defaultSeverity: 'alert', check: documentExpired },
  { id: 'document-expires-soon', defaultSeverity: 'warning', check: documentExpiresSoon },
  { id: 'validity-too-long', defaultSeverity: 'warning', check: validityTooLong },
  { id: 'birth-in-future', defaultSeverity: 'alert', check: birthInFuture },
  { id: 'age-over-120', defaultSeverity: 'warning', check: ageOver120 },
  { id: 'expiry-before-birth', defaultSeverity: 'alert', check: expiryBeforeBirth },
  { id: 'unknown-issuer-code', defaultSeverity: 'alert', check: unknownIssuerCode },
  { id: 'unknown-nationality-code', defaultSeverity: 'alert', check: unknownNationalityCode },
  { id: 'issuer-deprecated', defaultSeverity: 'warning', check: issuerDeprecated },
  { id: 'nationality-differs-from-issuer', defaultSeverity: 'info', check: nationalityDiffersFromIssuer },
  { id: 'document-number-pattern', defaultSeverity: 'warning', check: documentNumberPattern },
]

/** Rule ids with their default severity, for settings screens and translation coverage. */
export const documentRules: readonly DocumentRuleInfo[] = RULES.map(({ id, defaultSeverity }) => ({
  id,
  defaultSeverity,
}))

function resolveWarningDays(days: number | undefined): number {
  if (days === undefined) return DEFAULT_EXPIRY_WARNING_DAYS
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`expiryWarningDays must be a whole number ≥ 0, got ${days}`)
  return days
}

/**
 * Runs every rule. An MRZ the parser could not read at all (format null) gives no findings: its
 * issues already say why. Null dates (invalid date fields) skip the rules that need them.
 */
export function evaluateDocumentRules(mrz: DocumentRuleInput, options: DocumentRuleOptions): DocumentFinding[] {
  const context: DocumentRuleContext = {
    mrz,
    today: toIsoDay(options.today),
    expiryWarningDays: resolveWarningDays(options.expiryWarningDays),
  }
  if (mrz.format === null) return []
  return RULES.flatMap(({ id, defaultSeverity, check }) => {
    const params = check(context)
    return params === null ? [] : [{ rule: id, severity: defaultSeverity, params }]
  })
}

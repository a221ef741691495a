// What a document rule reports. Codes and raw values only: the UI translates `rule` (i18n).
import type { MrzParseResult } from '../mrz'

export type DocumentSeverity = 'info' | 'warning' | 'alert'

export type DocumentRuleId =
  | 'document-expired'
  | 'document-expires-soon'
  | 'validity-too-long'
  | 'birth-in-future'
  | 'age-over-120'
  | 'expiry-before-birth'
  | 'nationality-differs-from-issuer'
  | 'unknown-issuer-code'
  | 'unknown-nationality-code'
  | 'specimen-document'
  | 'document-number-pattern'
  | 'issuer-deprecated'

export interface DocumentFinding {
  rule: DocumentRuleId
  severity: DocumentSeverity
  /** Values for the translated message (dates ISO, numbers as decimal strings). */
  params: Record<string, string>
}

/**
 * The parser fields the rules read. A Pick, not the whole result, so extensions of MrzParseResult
 * never break callers that build this by hand (reader drivers, chip data, tests).
 */
export type DocumentRuleInput = Pick<
  MrzParseResult,
  | 'format'
  | 'documentCode'
  | 'documentNumber'
  | 'issuingState'
  | 'surname'
  | 'givenNames'
  | 'nationality'
  | 'birthDate'
  | 'expiryDate'
>

export interface DocumentRuleOptions {
  /** "Now": a Date (its local calendar day is used) or an ISO yyyy-mm-dd string. */
  today: Date | string
  /** Days ahead in which an expiry raises 'document-expires-soon'; default 30. */
  expiryWarningDays?: number
}

/** What every rule gets: the input plus the resolved options. */
export interface DocumentRuleContext {
  mrz: DocumentRuleInput
  /** ISO yyyy-mm-dd. */
  today: string
  expiryWarningDays: number
}

// Public API of the document checks: the Doc 9303 state-code table and the rules over a parsed MRZ.
export {
  isoStateOfCode,
  lookupStateCode,
  normaliseStateCode,
  STATE_CODES,
  type StateCodeEntry,
  type StateCodeKind,
} from './state-codes'
export { DEFAULT_EXPIRY_WARNING_DAYS, documentRules, evaluateDocumentRules, type DocumentRuleInfo } from './document-rules'
export type {
  DocumentFinding,
  DocumentRuleId,
  DocumentRuleInput,
  DocumentRuleOptions,
  DocumentSeverity,
} from './finding'
export { suggestStateCode } from './ocr-lookalikes'
export { DEFAULT_PASSPORT_VALIDITY_YEARS, PASSPORT_VALIDITY_RULES, type PassportValidityRule } from './passport-validity-table'
export { DOCUMENT_NUMBER_PATTERNS, type DocumentNumberPattern } from './document-number-patterns'
export {
  SPECIMEN_DOCUMENT_NUMBERS,
  SPECIMEN_FULL_NAMES,
  SPECIMEN_NAME_WORDS,
  SPECIMEN_STATE_CODES,
} from './specimen-indicators'

// Document number against the issuer's known format, only for the document codes the format is for.
import { DOCUMENT_NUMBER_PATTERNS } from '../document-number-patterns'
import { isoStateOfCode } from '../state-codes'
import { documentCodeOf } from './document-code'
import type { RuleCheck } from './rule-check'

export const documentNumberPattern: RuleCheck = ({ mrz }) => {
  const issuer = isoStateOfCode(mrz.issuingState)
  const documentCode = documentCodeOf(mrz)
  const documentNumber = mrz.documentNumber.trim().toUpperCase().replace(/<+$/, '')
  // An empty number is a parser issue (invalid field), not a format question.
  if (issuer === null || documentNumber === '') return null
  const patterns = DOCUMENT_NUMBER_PATTERNS.filter(
    (entry) => entry.issuer === issuer && entry.documentCodes.includes(documentCode),
  )
  if (patterns.length === 0 || patterns.some((entry) => entry.pattern.test(documentNumber))) return null
  return {
    issuingState: issuer,
    documentCode,
    documentNumber,
    expectedPattern: patterns.map((entry) => entry.pattern.source).join(' | '),
  }
}

// Issuer and nationality must be codes of the Doc 9303 table. They carry no check digit, so an
// unknown code may be an OCR swap; the look-alike known code is offered as `suggestion`.
import { suggestStateCode } from '../ocr-lookalikes'
import { lookupStateCode, normaliseStateCode } from '../state-codes'
import type { RuleCheck } from './rule-check'

function unknownCodeParams(code: string): Record<string, string> | null {
  if (lookupStateCode(code) !== null) return null
  const suggestion = suggestStateCode(code)
  const params: Record<string, string> = { code: normaliseStateCode(code) }
  if (suggestion !== null) params.suggestion = suggestion
  return params
}

export const unknownIssuerCode: RuleCheck = ({ mrz }) => unknownCodeParams(mrz.issuingState)

export const unknownNationalityCode: RuleCheck = ({ mrz }) => unknownCodeParams(mrz.nationality)

/** ANT and NTZ were withdrawn: a document issued under them is at best very old. */
export const issuerDeprecated: RuleCheck = ({ mrz }) => {
  const entry = lookupStateCode(mrz.issuingState)
  if (entry?.kind !== 'deprecated') return null
  return { code: entry.code }
}

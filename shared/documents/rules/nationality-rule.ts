// Nationality other than the issuing state: normal for some documents, worth a look on most.
// Only compared when both codes are states: organisations (UNO, EUE…), XXA–XXX, UTO, deprecated
// and Kosovo codes say nothing about a state. British variants count as GBR and 'D' as DEU.
import { EXPECTED_ISSUER_NATIONALITY_PAIRS } from '../nationality-issuer-pairs'
import { isoStateOfCode } from '../state-codes'
import type { RuleCheck } from './rule-check'

export const nationalityDiffersFromIssuer: RuleCheck = ({ mrz }) => {
  const issuer = isoStateOfCode(mrz.issuingState)
  const nationality = isoStateOfCode(mrz.nationality)
  if (issuer === null || nationality === null || issuer === nationality) return null
  const expected = EXPECTED_ISSUER_NATIONALITY_PAIRS.some(
    (pair) => pair.issuer === issuer && pair.nationality === nationality,
  )
  if (expected) return null
  return { issuingState: issuer, nationality }
}

// Specimen detection (reference §5.5): issuer or nationality UTO, a specimen name, or the number
// of a published specimen. One finding listing every indicator that matched.
import {
  SPECIMEN_DOCUMENT_NUMBERS,
  SPECIMEN_FULL_NAMES,
  SPECIMEN_NAME_WORDS,
  SPECIMEN_STATE_CODES,
} from '../specimen-indicators'
import { normaliseStateCode } from '../state-codes'
import type { DocumentRuleInput } from '../finding'
import type { RuleCheck } from './rule-check'

/** Name words, whether the parser gave spaces or the raw '<' separators. */
function nameWords(text: string): string[] {
  return text
    .toUpperCase()
    .split(/[\s<]+/)
    .filter((word) => word !== '')
}

function specimenName(mrz: DocumentRuleInput): string | null {
  const surname = nameWords(mrz.surname)
  const givenNames = nameWords(mrz.givenNames)
  const fullName = SPECIMEN_FULL_NAMES.find(
    (name) =>
      nameWords(name.surname).join(' ') === surname.join(' ') &&
      nameWords(name.givenNames).join(' ') === givenNames.join(' '),
  )
  if (fullName) return `${fullName.surname} ${fullName.givenNames}`
  return [...surname, ...givenNames].find((word) => SPECIMEN_NAME_WORDS.includes(word)) ?? null
}

function specimenStateCode(mrz: DocumentRuleInput): string | null {
  const codes = [mrz.issuingState, mrz.nationality].map(normaliseStateCode)
  return codes.find((code) => SPECIMEN_STATE_CODES.includes(code)) ?? null
}

export const specimenDocument: RuleCheck = ({ mrz }) => {
  const params: Record<string, string> = {}
  const stateCode = specimenStateCode(mrz)
  if (stateCode !== null) params.stateCode = stateCode
  const name = specimenName(mrz)
  if (name !== null) params.name = name
  const documentNumber = mrz.documentNumber.trim().toUpperCase().replace(/<+$/, '')
  if (SPECIMEN_DOCUMENT_NUMBERS.includes(documentNumber)) params.documentNumber = documentNumber

  const indicators = Object.keys(params)
  if (indicators.length === 0) return null
  return { indicators: indicators.join(','), ...params }
}

// Document code as compared by the rules: upper case, fillers removed ('P<' → 'P').
import type { DocumentRuleInput } from '../finding'

export function documentCodeOf(mrz: DocumentRuleInput): string {
  return mrz.documentCode.trim().toUpperCase().replace(/<+$/, '')
}

/** Doc 9303: every passport (TD3) document code starts with 'P'. */
export function isPassport(mrz: DocumentRuleInput): boolean {
  return documentCodeOf(mrz).startsWith('P')
}

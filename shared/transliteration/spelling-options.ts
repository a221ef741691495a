// The MRZ spellings of one upper-case character: the Doc 9303 standard, the optional form, and
// alternatives seen on real documents. One source for transliteration, variants and matching.
import { ALTERNATIVE_SPELLINGS } from './alternative-spellings'
import { CYRILLIC_TO_MRZ } from './cyrillic-table'
import { GREEK_TO_MRZ } from './greek-table'
import { LATIN_TO_MRZ } from './latin-table'
import { OPTIONAL_FORMS } from './optional-forms'

export interface SpellingOptions {
  /** Doc 9303 recommended form; '' when the letter is dropped (Ь). */
  standard: string
  /** Doc 9303 optional form (Ü → UXX), or the standard form when there is none. */
  optional: string
  /** Other forms found on real documents, for matching. */
  alternatives: readonly string[]
}

const COMBINING_MARKS = /[\u0300-\u036f]/g
const MRZ_LETTERS = /^[A-Z]*$/

function tableForm(char: string): string | undefined {
  if (/^[A-Z]$/.test(char)) return char
  return LATIN_TO_MRZ[char] ?? CYRILLIC_TO_MRZ[char] ?? GREEK_TO_MRZ[char]
}

/**
 * Standard form: the tables first (before decomposition, since Й, Ё, Ї, Ў, Ѓ and Ќ decompose
 * into a base letter and a mark), then "drop the diacritics" through Unicode compatibility
 * decomposition (NFKD also unfolds Ǆ → DŽ and full-width Ｍ → M).
 * Undefined when nothing MRZ-like remains (digits, punctuation, other scripts).
 */
function standardForm(char: string): string | undefined {
  const direct = tableForm(char)
  if (direct !== undefined) return direct
  const base = char.normalize('NFKD').replace(COMBINING_MARKS, '')
  if (base === char || base === '') return undefined
  const mapped = [...base].map(tableForm)
  if (mapped.some((form) => form === undefined)) return undefined
  const joined = mapped.join('')
  return MRZ_LETTERS.test(joined) ? joined : undefined
}

/** Options for one upper-case character, or null when it has no MRZ spelling and is dropped. */
export function spellingOptionsOf(char: string): SpellingOptions | null {
  const standard = standardForm(char)
  if (standard === undefined) return null
  const optional = OPTIONAL_FORMS[char] ?? standard
  const alternatives = (ALTERNATIVE_SPELLINGS[char] ?? []).filter((form) => form !== standard && form !== optional)
  return { standard, optional, alternatives }
}

// Doc 9303 Part 3 §6: a name in MRZ form (A–Z and '<' only).
import { nameSegments } from './name-segments'

export interface TransliterationOptions {
  /** Use Doc 9303's optional forms (Ü → UXX, Ñ → NXX) instead of the recommended ones. */
  optionalForms?: boolean
}

/**
 * 'Müller-Lüdenscheidt' → 'MUELLER<LUEDENSCHEIDT', 'Жуков' → 'ZHUKOV', "O'Brien" → 'OBRIEN'.
 * Upper case; spaces and hyphens → '<'; apostrophes and anything else without an MRZ spelling
 * removed. No padding or truncation: that belongs to the name field (Doc 9303 Part 3 §4.6).
 */
export function transliterateToMrz(name: string, options: TransliterationOptions = {}): string {
  return nameSegments(name)
    .map((segment) => (options.optionalForms ? segment.optional : segment.standard))
    .join('')
}

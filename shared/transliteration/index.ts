// Public API of transliteration: names to MRZ form (ICAO Doc 9303 Part 3 §6) and name matching
// between the printed page and the MRZ. Pure TS, runs in Node and the browser.
export { transliterateToMrz, type TransliterationOptions } from './transliterate'
export { MAX_NAME_VARIANTS, mrzNameVariants } from './name-variants'
export { compareNameWithMrz, type NameComparison, type NameInput } from './compare-name'
export { spellingOptionsOf, type SpellingOptions } from './spelling-options'
export { LATIN_TO_MRZ } from './latin-table'
export { CYRILLIC_TO_MRZ } from './cyrillic-table'
export { OPTIONAL_FORMS } from './optional-forms'
export { ALTERNATIVE_SPELLINGS } from './alternative-spellings'

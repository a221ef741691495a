// Masculine and feminine forms of one name are different people's names: IVANOV / IVANOVA,
// KOWALSKI / KOWALSKA, DANIEL / DANIELA, MARIO / MARIA. Letters alone make them look like a
// one-letter typo, so scoring checks these endings first.

/** Slavic family-name pairs (masculine, feminine) by ending. */
const FAMILY_NAME_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['OV', 'OVA'],
  ['EV', 'EVA'],
  ['YOV', 'YOVA'],
  ['IN', 'INA'],
  ['YN', 'YNA'],
  ['SKI', 'SKA'],
  ['SKIY', 'SKAYA'],
  ['SKII', 'SKAIA'],
  ['SKY', 'SKA'],
  ['CKI', 'CKA'],
  ['CKY', 'CKA'],
  ['ZKI', 'ZKA'],
  ['SKYI', 'SKA'],
  ['NY', 'NA'],
  ['K', 'KOVA'], // Czech NOVAK / NOVAKOVA
  ['', 'OVA'],
]

/** Given-name ending pairs (masculine, feminine): DANIEL/DANIELA, MARIO/MARIA, VALERII/VALERIIA. */
const GIVEN_NAME_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['', 'A'],
  ['O', 'A'],
  ['E', 'A'],
  ['I', 'IA'],
  ['II', 'IIA'],
  ['IY', 'IYA'],
  ['Y', 'YA'],
  ['', 'INA'], // MICHAL / MICHALINA
]

const MIN_STEM = 3

/**
 * True when `m` is stem + masculine and `f` is the same stem + feminine, the stem at least
 * MIN_STEM letters. Written without slicing or concatenating (the original built `stem + feminine`
 * and compared): f === stem + feminine exactly when f has that length, ends with `feminine` and
 * starts with the stem's letters, which is what is checked here.
 */
function formsOneStem(m: string, f: string, masculine: string, feminine: string): boolean {
  if (!m.endsWith(masculine) || !f.endsWith(feminine)) return false
  const stemLength = m.length - masculine.length
  if (stemLength < MIN_STEM || f.length !== stemLength + feminine.length) return false
  for (let i = 0; i < stemLength; i++) if (m.charCodeAt(i) !== f.charCodeAt(i)) return false
  return true
}

function pairedByEnding(a: string, b: string, endings: ReadonlyArray<readonly [string, string]>): boolean {
  for (const [masculine, feminine] of endings) {
    if (formsOneStem(a, b, masculine, feminine) || formsOneStem(b, a, masculine, feminine)) return true
  }
  return false
}

/**
 * True when `a` and `b` are the masculine and feminine forms of one name. `asFamilyName` uses
 * the Slavic family-name endings only, so LUKASHENKO / LUKASHENKA (Belarusian spelling) is not one.
 */
export function areGenderedForms(a: string, b: string, asFamilyName: boolean): boolean {
  if (a === b) return false
  // Every pairing needs a stem of at least MIN_STEM letters that both names start with, so names
  // that differ in their first MIN_STEM letters can be rejected before trying the 24 endings.
  if (a.length < MIN_STEM || b.length < MIN_STEM) return false
  for (let i = 0; i < MIN_STEM; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false
  if (pairedByEnding(a, b, FAMILY_NAME_ENDINGS)) return true
  return !asFamilyName && pairedByEnding(a, b, GIVEN_NAME_ENDINGS)
}

// Arabic theophoric compounds ("servant of …") and kunyas ("father of …") are one name written
// many ways: ABDUL RAHMAN, ABDULRAHMAN, ABD AL-RAHMAN, ABDEL RAHMAN, ABDURRAHMAN, ABDURAHMAN.
// We join the parts and fold the connecting article so all of those become ABDRAHMAN, which both
// the scorer and the phonetic keys then see as one token.

/** A first part that must be joined with the next word: ABD, ABDUL, ABDEL, ABDAL, ABDOUL, ABDUR… */
const ABD_STARTER = /^ABD(?:[AEIOU]{1,2}[LRSZNTD])?$/
/** ABU and its French spelling ABOU ("father of"); joined so ABU BAKR and ABUBAKAR meet. */
const ABU_STARTER = /^AB(?:U|OU)$/

/** True when `word` opens a compound that continues in the next word. */
export function opensArabicCompound(word: string): boolean {
  return ABD_STARTER.test(word) || ABU_STARTER.test(word)
}

/**
 * Canonical form of a joined compound: ABD + the name with its article removed, ABU + the name.
 * 'ABDULRAHMAN', 'ABDURRAHMAN', 'ABDELRAHMAN' → 'ABDRAHMAN'; 'ABDULLAH', 'ABDALLAH' → 'ABDLAH';
 * 'ABOUBAKAR' → 'ABUBAKAR'. Other words come back unchanged.
 */
export function foldArabicCompound(word: string): string {
  if (word.startsWith('ABOU') && word.length > 6) return `ABU${word.slice(4)}`
  if (!/^ABD[AEIOU]/.test(word) || word.length < 6) return word
  let rest = word.slice(3).replace(/^[AEIOU]{1,2}/, '')
  if (/^L+AH/.test(rest)) rest = rest.replace(/^L+/, 'L') // ALLAH: keep one L of the root
  else if (rest.startsWith('L')) rest = rest.slice(1) // the article AL/EL/UL
  else if (rest.length > 1 && rest[0] === rest[1]) rest = rest.slice(1) // assimilated article: UR-RAHMAN
  return rest.length >= 3 ? `ABD${rest}` : word
}

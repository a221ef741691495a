// A phonetic key for romanised names, built for the spellings border lists actually disagree on:
// the same Cyrillic or Arabic name romanised by ICAO, English, German, French or Polish habits.
// Soundex and Metaphone are tuned for English spelling and split exactly those families
// (SHCHERBAKOV / SCHERBAKOW, KHRUSHCHEV / CHRUSCHTSCHOW, IULIIA / YULIYA), so we use a small
// consonant-skeleton code of our own:
// 1. rewrite multi-letter spellings of one sound (SHCH, SCHTSCH, SZCZ → S; TSCH, TCH, CH, KH → K; PH → F…);
// 2. map letters to sound classes (V/W/F, D/T, S/Z, C/K/Q, G/H merged);
// 3. drop vowels (and the glides Y, J, I that romanisations use for Й, Ю, Я) except at the start,
//    where any vowel becomes 'A' and a glide before a vowel (YU-, IU-, JU-, YA-, IA-) becomes 'J';
// 4. collapse a doubled class (MM, SS) written together.
// It is deliberately coarse: it feeds candidate retrieval (recall), never the final decision.

/** Multi-letter spellings of one sound, longest first. */
const REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['SCHTSCH', 'S'], // German for Щ
  ['SHTCH', 'S'],
  ['SHCH', 'S'], // ICAO/English for Щ
  ['SZCZ', 'S'], // Polish for Щ
  ['TSCH', 'K'], // German for Ч
  ['DZH', 'J'], // English for Дж
  ['SCH', 'S'],
  ['TCH', 'K'],
  ['SH', 'S'],
  ['SZ', 'S'],
  ['ZH', 'S'],
  ['CH', 'K'], // Ч, and Х / خ in German and French habits
  ['CZ', 'K'],
  ['CK', 'K'],
  ['KH', 'K'], // Х, خ
  ['GH', 'G'], // غ
  ['PH', 'F'],
  ['TH', 'T'],
  ['DH', 'T'], // ذ / ض
  ['DJ', 'J'], // Ђ, Џ, ج in French habits
  ['DZ', 'J'],
  ['TS', 'S'], // Ц
  ['TZ', 'S'],
  ['QU', 'K'],
]

const VOWEL = '*'
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U', 'Y', 'J'])

/** Sound class of one letter; C depends on the next letter (CE/CI/CY soft). */
function letterClass(letter: string, next: string | undefined): string {
  switch (letter) {
    case 'V':
    case 'W':
    case 'F':
      return 'F'
    case 'D':
    case 'T':
      return 'T'
    case 'Z':
    case 'S':
      return 'S'
    case 'Q':
    case 'K':
      return 'K'
    case 'C':
      return next === 'E' || next === 'I' || next === 'Y' ? 'S' : 'K'
    case 'X':
      return 'KS'
    case 'H':
      return 'G' // Г is G in Russian, H in Ukrainian and Belarusian (GRIGORENKO / HRYHORENKO)
    default:
      return VOWELS.has(letter) ? VOWEL : letter
  }
}

/** An initial Y/J/I followed by a vowel is a glide (YURI, IURII, JURI): class 'J'. */
function startsWithGlide(token: string): boolean {
  const first = token[0]
  const second = token[1]
  return (first === 'Y' || first === 'J' || first === 'I') && second !== undefined && 'AEIOUY'.includes(second)
}

/**
 * Phonetic key of one name token in MRZ form (A–Z). '' for an empty token.
 * 'MOHAMMED', 'MUHAMAD', 'MEHMET' → 'MHMT'; 'SHCHERBAKOV', 'SCHERBAKOW' → 'SRBKF'.
 */
export function phoneticCode(token: string): string {
  const letters = token.toUpperCase().replace(/[^A-Z]/g, '')
  if (letters === '') return ''

  const classes: string[] = []
  let start = 0
  if (startsWithGlide(letters)) {
    classes.push('J')
    start = 1
  }
  for (let i = start; i < letters.length; ) {
    const rewrite = REWRITES.find(([from]) => letters.startsWith(from, i))
    if (rewrite !== undefined) {
      classes.push(rewrite[1])
      i += rewrite[0].length
    } else {
      classes.push(...letterClass(letters[i] as string, letters[i + 1]))
      i++
    }
  }

  let code = classes[0] === VOWEL ? 'A' : (classes[0] as string)
  for (let i = 1; i < classes.length; i++) {
    const cls = classes[i] as string
    if (cls === VOWEL || cls === classes[i - 1]) continue
    code += cls
  }
  return code
}

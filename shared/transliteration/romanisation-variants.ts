// Other spellings of a name word already in Latin letters, for matching only: the habits of
// different romanisations of the same original, which letter-by-letter tables cannot undo.
//
// 1. A loose spelling (looseSpelling) that folds what romanisations disagree on, so two
//    spellings with the same loose form are one name:
//    - Ч and Ш: English CH / SH, French TCH / CH, German TSCH / SCH all become SH
//      (CHERNYSHEV, TCHERNYCHEV → SHERNYSHEV); Arabic ش written CH in French (CHAOUKI);
//    - Ц: TS and the Serbian/Czech C (TSVETKOV, CVETKOV → CVETKOV); X → KS (ALEXEI, ALEKSEI);
//    - endings -IY, -II, -IJ, -YI → Y, -SKI → -SKY, -EY, -EJ → EI (GRIGORIY, GRIGORY; ALEKSEY, ALEXEI);
//    - French OU: W next to a vowel, U elsewhere (OUAZZANI, WAZZANI; CHAOUKI, SHAWQI);
//    - ق / غ: Q, K, GH all become K (QASEMI, GHASEMI, KASEMI); DJ, DZH → J; PH → F;
//    - long vowels written EE, OO (NADEEM, MAHMOOD) → I, U; doubled letters written once.
//    Only for words of at least LOOSE_MIN_LENGTH letters: short names collide (CHEN / SHEN).
// 2. The Arabic article assimilated and glued (ET-TAMIMI, ES-SAYED, ECH-CHERKAOUI written as one
//    word): the word without it (ETTAMIMI → TAMIMI).
// 3. ...-EDDINE / -UDDIN compounds written as one word (NASREDDINE, SALAHUDDIN): the compound
//    key dinCompoundKey (NSRDIN, SLHDIN), which normalise-name.ts also gives NASSER AL-DIN.
// 4. Chinese and Korean romanisations, see cjk-romanisation.ts.
import { cjkAlternatives } from './cjk-romanisation'

export const LOOSE_MIN_LENGTH = 5
/** The name left after taking off an assimilated article must be at least this long (ASSAD, ATTAR stay). */
const MIN_AFTER_ARTICLE = 4
const VOWELS = 'AEIOUY'

/** Multi-letter rewrites of the loose spelling, tried longest first at each position. */
const LOOSE_REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['SHCH', 'SH'],
  ['TSCH', 'SH'],
  ['DZH', 'J'],
  ['TCH', 'SH'],
  ['SCH', 'SH'],
  ['CH', 'SH'],
  ['TS', 'C'],
  ['TZ', 'C'],
  ['DJ', 'J'],
  ['GH', 'K'],
  ['CK', 'K'],
  ['PH', 'F'],
  ['EE', 'I'],
  ['OO', 'U'],
  ['X', 'KS'],
  ['Q', 'K'],
]

const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['SKI', 'SKY'], // -SKI, -SKY, -SKII, -SKIY: Polish/French and English/ICAO spellings of -СКИЙ
  ['IY', 'Y'],
  ['II', 'Y'],
  ['IJ', 'Y'],
  ['YI', 'Y'],
  ['EY', 'EI'],
  ['EJ', 'EI'],
]

/** Loose spelling of a word in MRZ letters (see above); the word itself when shorter than LOOSE_MIN_LENGTH. */
export function looseSpelling(word: string): string {
  if (word.length < LOOSE_MIN_LENGTH) return word
  let text = word
  for (const [ending, replacement] of ENDINGS) {
    if (text.endsWith(ending)) {
      text = text.slice(0, -ending.length) + replacement
      break
    }
  }
  let out = ''
  for (let i = 0; i < text.length; ) {
    if (text.startsWith('OU', i)) {
      const next = text[i + 2]
      const previous = text[i - 1]
      const betweenVowels = (next !== undefined && VOWELS.includes(next)) || (previous !== undefined && VOWELS.includes(previous))
      out += betweenVowels ? 'W' : 'U' // OUAZZANI → WAZANI, CHAOUKI → SHAWKI, MOUSSA → MUSA
      i += 2
      continue
    }
    let rewritten = false
    for (const [from, to] of LOOSE_REWRITES) {
      if (text.startsWith(from, i)) {
        out += to
        i += from.length
        rewritten = true
        break
      }
    }
    if (!rewritten) out += text[i++]
  }
  // Doubled letters once (HADDAD / HADAD, WAZZANI / WAZANI, SHSH from SCHTSCH).
  let collapsed = ''
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== out[i - 1]) collapsed += out[i]
  }
  // SH written twice with nothing between (SHSH) collapses to S H S H: fold the repeat too.
  return collapsed.replace(SH_REPEAT, 'SH')
}
const SH_REPEAT = /(?:SH){2,}/g

/** Sun letters the Arabic article assimilates to, as romanised (longest first). */
const SUN_LETTERS: readonly string[] = ['SH', 'CH', 'TH', 'DH', 'T', 'D', 'S', 'Z', 'R', 'N']

/** ETTAMIMI → TAMIMI, ECHCHERKAOUI → CHERKAOUI, ASSABAH → SABAH; null when not such a word. */
export function withoutAssimilatedArticle(word: string): string | null {
  const first = word[0]
  if (first !== 'A' && first !== 'E' && first !== 'U') return null
  for (const letter of SUN_LETTERS) {
    if (word.startsWith(letter, 1) && word.startsWith(letter, 1 + letter.length)) {
      const rest = word.slice(1 + letter.length)
      return rest.length >= MIN_AFTER_ARTICLE ? rest : null
    }
  }
  return null
}

/** Second parts of a '… al-Din' compound written apart (NASSER AL-DIN, SALAH EDDINE, NUR UD DIN). */
export const DIN_SECOND_PARTS: ReadonlySet<string> = new Set([
  'DIN', 'DINE', 'DEEN', 'EDDIN', 'EDDINE', 'UDDIN', 'UDDEEN', 'ADDIN', 'ALDIN', 'ELDIN', 'ELDINE', 'ULDIN', 'ODDINE',
])
/** Articles written apart between the parts (AL-DIN, UD DIN). */
export const DIN_ARTICLES: ReadonlySet<string> = new Set(['AL', 'EL', 'UL', 'UD', 'ED', 'AD', 'ID'])

/** Glued -EDDINE/-UDDIN/-ADDIN compound: stem before the connecting vowel. */
const GLUED_DIN = /^([A-Z]{3,}?)[AEIOU]DD(?:IN|INE|EEN)$/

/**
 * Key of a '… al-Din' compound from its first part: the first letter, then the consonants with
 * doubles once, then DIN. NASR, NASSER, NASIR → NSRDIN; SALAH → SLHDIN. One key for NASREDDINE,
 * NASRUDDIN and NASSER AL-DIN.
 */
export function dinCompoundKey(stem: string): string {
  let key = stem[0] ?? ''
  for (let i = 1; i < stem.length; i++) {
    const letter = stem[i] as string
    if (VOWELS.includes(letter) || letter === key[key.length - 1]) continue
    key += letter
  }
  return `${key}DIN`
}

/** The din-compound key of a glued compound word (NASREDDINE → NSRDIN), or null. */
export function gluedDinCompoundKey(word: string): string | null {
  const match = GLUED_DIN.exec(word)
  return match === null ? null : dinCompoundKey(match[1] as string)
}

/**
 * Other spellings of one word in MRZ letters (A–Z), not including the word itself: its loose
 * spelling, the word without an assimilated article (and that one's loose spelling), a din-compound
 * key, and Chinese/Korean romanisation variants. Cheap, per word; callers memoise per word.
 */
export function romanisationAlternatives(word: string): string[] {
  const alternatives = new Set<string>()
  alternatives.add(looseSpelling(word))
  const bare = withoutAssimilatedArticle(word)
  if (bare !== null) {
    alternatives.add(bare)
    alternatives.add(looseSpelling(bare))
  }
  const din = gluedDinCompoundKey(word)
  if (din !== null) alternatives.add(din)
  for (const spelling of cjkAlternatives(word)) alternatives.add(spelling)
  alternatives.delete(word)
  return [...alternatives]
}

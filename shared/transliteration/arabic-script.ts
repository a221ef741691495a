// Arabic-script words (Arabic, Persian, Urdu) in Latin letters, for name matching only: Doc 9303
// has no table for this script (its names reach the MRZ already romanised by the issuer).
//
// 1. A known name (arabic-names.ts) becomes its usual Latin spelling: عمر → OMAR, حسین → HUSSEIN.
//    Family names are looked up without the article: الزعبي → ZOUBI (and ALZOUBI as a variant).
// 2. Any other word gets a letter-by-letter consonant skeleton: unvowelled script has no short
//    vowels, so only the long vowels ا و ي come out (as A, U/W, I/Y), ة and final ى as A, the
//    article ال as AL. The result is rough (خالد → KHALD) but gives letter similarity and the
//    vowel-blind phonetic code (KLT for KHALD and KHALID) something to compare.
// Letter forms that vary between Arabic, Persian and Urdu spelling are folded first (ی/ي, ک/ك,
// ة/ه, hamza seats), so one table serves all three.
import { ARABIC_SCRIPT_NAMES } from './arabic-names'

/** Arabic, Arabic Supplement, Arabic presentation forms. */
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u

/** Letter folding before lookup and skeleton; '' drops the character (diacritics, tatweel, joiners). */
const FOLD: Readonly<Record<string, string>> = {
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا',
  ى: 'ي', ی: 'ي', ې: 'ي', ئ: 'ي',
  ک: 'ك', ڪ: 'ك',
  ة: 'ه', ۀ: 'ه', ہ: 'ه', ۃ: 'ه', ھ: 'ه',
  ؤ: 'و',
  '\u0640': '', // tatweel
  '\u0670': '', // superscript alef
  '\u200C': '', // zero-width non-joiner (Persian)
  '\u200D': '',
}

/** Consonants and long vowels of the skeleton (after folding). و, ي, ع, ه and ا are handled in context. */
const SKELETON: Readonly<Record<string, string>> = {
  ا: 'A', ب: 'B', ت: 'T', ث: 'TH', ج: 'J', ح: 'H', خ: 'KH', د: 'D', ذ: 'DH', ر: 'R', ز: 'Z', س: 'S',
  ش: 'SH', ص: 'S', ض: 'D', ط: 'T', ظ: 'Z', غ: 'GH', ف: 'F', ق: 'Q', ك: 'K', ل: 'L', م: 'M', ن: 'N',
  ء: '', پ: 'P', چ: 'CH', ژ: 'ZH', گ: 'G', ٹ: 'T', ڈ: 'D', ڑ: 'R', ں: 'N', ڤ: 'V', ڨ: 'G', ۆ: 'O',
  ێ: 'E', ے: 'E',
}

const isDiacritic = (code: number): boolean => (code >= 0x064b && code <= 0x065f) || code === 0x0651

/**
 * NFKC (presentation forms → letters), diacritics dropped, variant letter forms folded.
 * `forSkeleton` keeps ى (alef maqsura, read A) apart from ي; one character for one, so positions agree.
 */
export function foldArabicScript(word: string, forSkeleton = false): string {
  let folded = ''
  for (const char of word.normalize('NFKC')) {
    if (isDiacritic(char.charCodeAt(0))) continue
    folded += forSkeleton && char === 'ى' ? char : (FOLD[char] ?? char)
  }
  return folded
}

/** Folded script → Latin spelling, built once from arabic-names.ts. */
const LATIN_BY_NAME: ReadonlyMap<string, string> = new Map(
  ARABIC_SCRIPT_NAMES.split(/\s+/)
    .filter((entry) => entry.includes('='))
    .map((entry) => {
      const [script, latin] = entry.split('=') as [string, string]
      return [foldArabicScript(script), latin] as const
    }),
)

const MRZ_WORD = /^[A-Z]+$/
const ARTICLE = 'ال'
const ABD = 'عبد'

/** Letter-by-letter skeleton of a folded word (no article handling). */
export function arabicSkeleton(folded: string): string {
  let out = ''
  const chars = [...folded]
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string
    const prev = chars[i - 1]
    const next = chars[i + 1]
    switch (char) {
      case 'و':
        out += i === 0 || next === 'ا' || prev === 'ا' ? 'W' : 'U'
        break
      case 'ي':
        if (i === 0 || next === 'ا' || next === 'و') out += 'Y'
        else if (prev === 'ا' && next !== undefined) out += 'Y'
        else out += 'I'
        break
      case 'ع':
        if (next !== 'ا' && next !== 'ي' && next !== 'و') out += 'A'
        break
      case 'ى':
        out += 'A'
        break
      case 'ه':
        out += next === undefined && i > 0 ? 'A' : 'H' // final ة (folded to ه) or Persian final -e
        break
      default:
        out += SKELETON[char] ?? ''
    }
  }
  return out
}

/** Known name of the key, else the skeleton of the same letters (`skeletonLetters` keeps ى). */
function latinOf(key: string, skeletonLetters: string): string {
  return LATIN_BY_NAME.get(key) ?? arabicSkeleton(skeletonLetters)
}

/** True when the word has Arabic-script letters. */
export function hasArabicScript(word: string): boolean {
  return ARABIC_LETTER.test(word)
}

/**
 * Latin spellings of one Arabic-script word, the usual one first: ['OMAR'] for عمر,
 * ['ZOUBI', 'ALZOUBI'] for الزعبي, ['ABDULKARIM'] for عبدالكريم. Null when the word has no
 * Arabic-script letters or nothing romanisable.
 */
export function romaniseArabicWord(word: string): string[] | null {
  if (!hasArabicScript(word)) return null
  const folded = foldArabicScript(word)
  const letters = foldArabicScript(word, true)
  let spellings: string[]
  const known = LATIN_BY_NAME.get(folded)
  if (known !== undefined) spellings = [known]
  else if (folded.startsWith(ARTICLE) && folded.length > 3) {
    const name = latinOf(folded.slice(2), letters.slice(2))
    spellings = [name, `AL${name}`]
  } else if (folded.startsWith(ABD) && folded.length > 4) {
    // ABD + (article +) name written as one word: عبدالكريم, عبدالغني.
    const skip = folded.startsWith(ARTICLE, 3) ? 5 : 3
    spellings = [`ABDUL${latinOf(folded.slice(skip), letters.slice(skip))}`]
  } else {
    spellings = [arabicSkeleton(letters)]
  }
  const usable = spellings.filter((s) => MRZ_WORD.test(s))
  return usable.length > 0 ? usable : null
}

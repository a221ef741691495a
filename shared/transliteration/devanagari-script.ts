// Devanagari words (Hindi, Marathi, Nepali) in Latin letters, for name matching only: Doc 9303
// has no Devanagari table (Indian and Nepali passports print the romanised name themselves), so a
// name read from a Devanagari document or watch list is romanised here before it meets the MRZ.
//
// The spelling is the plain English-style one Indian passports use, not ISO 15919 / IAST: no
// diacritics, long and short vowels alike (ई I, ऊ U), श and ष SH, च CH, छ CHH, aspirates with H
// (भ BH, थ TH), ट/त T and ड/द D alike, व V (W after a consonant in a conjunct: स्वामी SWAMI, and in
// the -वाल suffix: केजरीवाल KEJRIWAL), ज्ञ GY, ऋ RI, nukta letters as in Urdu loans (क़ Q, ज़ Z, फ़ F,
// ड़ R, ढ़ RH). Letter by letter, the script being an abugida:
// - a consonant carries the inherent vowel A unless a vowel sign (matra) replaces it or a virama
//   removes it (conjuncts: शर्मा SHARMA);
// - anusvara and candrabindu are N, or M before a labial (अंबानी AMBANI), NG before a final ह
//   (सिंह SINGH); visarga is H;
// - Hindi schwa deletion, which passports follow: the word-final inherent A is not written
//   (राहुल RAHUL), except after a conjunct ending in य र ल व or a nasal (नरेंद्र NARENDRA, आदित्य
//   ADITYA, कृष्ण KRISHNA; but सिद्धार्थ SIDDHARTH, दत्त DATT); a medial inherent A between
//   vowel + consonant and consonant + vowel is dropped too, scanning from the right
//   (तेंदुलकर TENDULKAR, मनमोहन MANMOHAN, अरविंद ARVIND), never before an anusvara (प्रियंका).
// Nepali and Sanskrit-style names often keep the final A (प्रचण्ड PRACHANDA, पुष्प PUSHPA): the
// option keepFinalSchwa gives that reading. Pure functions, no dependency.

const DEVANAGARI = /\p{Script=Devanagari}/u

const VIRAMA = '\u094D'
const NUKTA = '\u093C'
const ANUSVARA = '\u0902'
const CANDRABINDU = '\u0901'
const VISARGA = '\u0903'
/** Characters skipped without breaking a conjunct: zero-width (non-)joiner, avagraha, Vedic tone marks. */
const TRANSPARENT: ReadonlySet<string> = new Set(['\u200C', '\u200D', '\u093D', '\u0951', '\u0952', '\u0953', '\u0954'])

const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'K', ख: 'KH', ग: 'G', घ: 'GH', ङ: 'N',
  च: 'CH', छ: 'CHH', ज: 'J', झ: 'JH', ञ: 'N',
  ट: 'T', ठ: 'TH', ड: 'D', ढ: 'DH', ण: 'N',
  त: 'T', थ: 'TH', द: 'D', ध: 'DH', न: 'N', ऩ: 'N',
  प: 'P', फ: 'PH', ब: 'B', भ: 'BH', म: 'M',
  य: 'Y', र: 'R', ऱ: 'R', ल: 'L', ळ: 'L', ऴ: 'L', व: 'V',
  श: 'SH', ष: 'SH', स: 'S', ह: 'H',
}

/** Consonant + nukta (NFC writes क़ as क + ◌़; U+0958–U+095F are composition exclusions). */
const NUKTA_CONSONANTS: Readonly<Record<string, string>> = {
  क: 'Q', ख: 'KH', ग: 'GH', ज: 'Z', झ: 'Z', ड: 'R', ढ: 'RH', फ: 'F', य: 'Y', र: 'R', न: 'N', ळ: 'L',
}

const INDEPENDENT_VOWELS: Readonly<Record<string, string>> = {
  अ: 'A', आ: 'A', इ: 'I', ई: 'I', उ: 'U', ऊ: 'U', ऋ: 'RI', ॠ: 'RI', ऌ: 'LRI', ॡ: 'LRI',
  ए: 'E', ऐ: 'AI', ओ: 'O', औ: 'AU', ऍ: 'E', ऑ: 'O', ऎ: 'E', ऒ: 'O', ॲ: 'A', ॐ: 'OM',
}

const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  '\u093E': 'A', '\u093F': 'I', '\u0940': 'I', '\u0941': 'U', '\u0942': 'U', '\u0943': 'RI', '\u0944': 'RI',
  '\u0962': 'LRI', '\u0963': 'LRI', '\u0947': 'E', '\u0948': 'AI', '\u094B': 'O', '\u094C': 'AU',
  '\u0945': 'E', '\u0949': 'O', '\u0946': 'E', '\u094A': 'O', '\u094F': 'AW',
}

/** Last consonants of a final conjunct that keep the final A (नरेंद्र, आदित्य, शुक्ल, विश्व). */
const KEEP_A_AFTER: ReadonlySet<string> = new Set(['य', 'र', 'ल', 'व'])
/** Nasals that keep it too unless the conjunct starts with र (कृष्ण, पद्म; but धर्म DHARM). */
const NASALS: ReadonlySet<string> = new Set(['न', 'ण', 'म', 'ञ', 'ङ'])
const LABIAL = /^[PBM]/

type Unit =
  | { kind: 'consonant'; letter: string; latin: string; virama: boolean }
  | { kind: 'vowel'; latin: string; inherent: boolean }
  | { kind: 'nasal' } // anusvara, candrabindu
  | { kind: 'visarga' }

const isVowel = (unit: Unit | undefined): boolean => unit?.kind === 'vowel'

/** Splits the word into runs of units; anything that is not Devanagari (or a joiner) ends a run. */
function parse(word: string): Unit[][] {
  const chars = [...word.normalize('NFC')]
  const runs: Unit[][] = []
  let run: Unit[] = []
  /** The last unit is a consonant still waiting for its vowel. */
  let open = false
  const close = (): void => {
    if (open) run.push({ kind: 'vowel', latin: 'A', inherent: true })
    open = false
  }
  const endRun = (): void => {
    close()
    if (run.length > 0) runs.push(run)
    run = []
  }
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string
    const last = run[run.length - 1]
    const consonant = CONSONANTS[char]
    if (consonant !== undefined) {
      close()
      let latin = consonant
      if (last?.kind === 'consonant' && last.virama) {
        if (char === 'ञ' && last.letter === 'ज') {
          last.latin = 'G' // ज्ञ GY: ज्ञान GYAN
          latin = 'Y'
        } else if (char === 'व') {
          latin = 'W' // स्वामी SWAMI, विश्वास VISHWAS
        }
      }
      if (char === 'व' && chars[i + 1] === '\u093E' && chars[i + 2] === 'ल') latin = 'W' // -वाल: KEJRIWAL
      run.push({ kind: 'consonant', letter: char, latin, virama: false })
      open = true
    } else if (char === NUKTA) {
      if (open && last?.kind === 'consonant') last.latin = NUKTA_CONSONANTS[last.letter] ?? last.latin
    } else if (char === VIRAMA) {
      if (open && last?.kind === 'consonant') last.virama = true
      open = false
    } else if (VOWEL_SIGNS[char] !== undefined) {
      if (open) run.push({ kind: 'vowel', latin: VOWEL_SIGNS[char], inherent: false })
      open = false // a vowel sign without its consonant is a stray mark: dropped
    } else if (INDEPENDENT_VOWELS[char] !== undefined) {
      close()
      run.push({ kind: 'vowel', latin: INDEPENDENT_VOWELS[char], inherent: false })
    } else if (char === ANUSVARA || char === CANDRABINDU) {
      close()
      run.push({ kind: 'nasal' })
    } else if (char === VISARGA) {
      close()
      run.push({ kind: 'visarga' })
    } else if (!TRANSPARENT.has(char)) {
      endRun()
    }
  }
  endRun()
  return runs
}

/** True when the final inherent A stays: after a conjunct ending in य र ल व, or in a nasal not after र. */
function keepsFinalA(run: readonly Unit[]): boolean {
  const final = run[run.length - 2]
  const before = run[run.length - 3]
  if (final?.kind !== 'consonant' || before?.kind !== 'consonant' || !before.virama) return false
  if (KEEP_A_AFTER.has(final.letter)) return true
  return NASALS.has(final.letter) && before.letter !== 'र'
}

/**
 * Hindi schwa deletion on one run (see the header). With `keepFinalSchwa` the final A is put back
 * afterwards, so the medial deletions are the same in both readings (TENDULKAR, TENDULKARA).
 */
function deleteSchwas(run: readonly Unit[], keepFinalSchwa: boolean): Unit[] {
  const units = [...run]
  const last = units[units.length - 1]
  const vowels = units.filter(isVowel).length
  const finalA = last?.kind === 'vowel' && last.inherent && vowels > 1 && !keepsFinalA(units) ? units.pop() : undefined
  for (let i = units.length - 2; i >= 2; i--) {
    const unit = units[i]
    if (unit?.kind !== 'vowel' || !unit.inherent) continue
    if (
      units[i - 1]?.kind === 'consonant' &&
      isVowel(units[i - 2]) &&
      units[i + 1]?.kind === 'consonant' &&
      isVowel(units[i + 2])
    ) {
      units.splice(i, 1)
    }
  }
  if (keepFinalSchwa && finalA !== undefined) units.push(finalA)
  return units
}

function spell(units: readonly Unit[]): string {
  let out = ''
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit
    switch (unit.kind) {
      case 'consonant':
      case 'vowel':
        out += unit.latin
        break
      case 'visarga':
        out += 'H'
        break
      case 'nasal': {
        const next = units[i + 1]
        if (next?.kind === 'consonant' && LABIAL.test(next.latin)) out += 'M'
        else if (next?.kind === 'consonant' && next.letter === 'ह' && units[i + 2] === undefined) out += 'NG' // सिंह SINGH
        else out += 'N'
        break
      }
    }
  }
  return out
}

/** True when the word has Devanagari characters. */
export function hasDevanagari(word: string): boolean {
  return DEVANAGARI.test(word)
}

/**
 * A Devanagari word in passport-style Latin letters: राहुल → RAHUL, शर्मा → SHARMA, नरेंद्र →
 * NARENDRA. Non-Devanagari characters are dropped and end a run (each run gets its own final-A
 * rule: राम-कुमार → RAMKUMAR). `keepFinalSchwa`: keep the word-final inherent A (Nepali, Sanskrit
 * readings: प्रचण्ड → PRACHANDA). Null when the word has no Devanagari letter.
 */
export function romaniseDevanagariWord(word: string, options: { keepFinalSchwa?: boolean } = {}): string | null {
  if (!hasDevanagari(word)) return null
  const latin = parse(word)
    .map((run) => spell(deleteSchwas(run, options.keepFinalSchwa === true)))
    .join('')
  return latin === '' ? null : latin
}

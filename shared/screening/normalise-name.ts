// A name as screening compares it: tokens in MRZ form (ICAO Doc 9303 transliteration from
// shared/transliteration), each with its role (family or given name), other plausible spellings,
// a spelling-family key and a phonetic code. Particles and titles are set aside, Arabic compounds
// and Gaelic MAC/MC are joined, so 'AL-ZAHRANI', 'ALZAHRANI' and 'ZAHRANI' meet, as do
// 'ABDUL RAHMAN' / 'ABDURRAHMAN' and 'MC DONALD' / 'MACDONALD'.
import { mrzNameVariants, transliterateToMrz } from '../transliteration'
import { romaniseArabicWord } from '../transliteration/arabic-script'
import { joinHyphenatedSyllables } from '../transliteration/cjk-romanisation'
import { romaniseDevanagariWord } from '../transliteration/devanagari-script'
import { hasHangul, romaniseHangulName, romaniseHangulWord } from '../transliteration/hangul-script'
import { hasHanScript, romaniseHanWord } from '../transliteration/han-script'
import { DIN_ARTICLES, DIN_SECOND_PARTS, dinCompoundKey, romanisationAlternatives } from '../transliteration/romanisation-variants'
import { foldArabicCompound, opensArabicCompound } from './arabic-compounds'
import { spellingFamilyOf } from './name-families'
import { nicknameTargets } from './nicknames'
import { GAELIC_PREFIXES, NAME_PARTICLES, NAME_TITLES } from './name-particles'
import { phoneticCode } from './phonetic-code'

export type NamePartRole = 'family' | 'given' | 'unknown'

export interface NameToken {
  /** The word(s) as written, for explanations ('Müller', 'ABDUL RAHMAN'). */
  written: string
  /** MRZ form, compounds folded ('MUELLER', 'ABDRAHMAN'). */
  text: string
  /** Other spellings of the same word: transliteration variants, umlaut as plain vowel, glued article removed (ALZAHRANI → ZAHRANI). */
  alternatives: readonly string[]
  /**
   * The word with its particles joined (VANDERBERG, ALZAHRANI) and its other romanisations
   * (SHERNYSHEV for TCHERNYCHEV, JIANHUA for CHIENHUA): equality only, too loose for letter similarity.
   */
  joinedForms: readonly string[]
  role: NamePartRole
  /** Spelling family (name-families.ts), or null when the name is not in the table. */
  familyKey: string | null
  /** phonetic-code.ts of `text`. */
  phonetic: string
  /** A single letter: an initial ('JOHN F KENNEDY'). */
  isInitial: boolean
  /** Identities (nicknames.ts) of the formal names this part is a nickname of: SASHA → ALEKSANDR, ALEKSANDRA. */
  nicknameOf: readonly string[]
}

export interface NormalisedName {
  written: string
  tokens: NameToken[]
  /** Particles and titles set aside, as written. */
  setAside: string[]
}

interface Word {
  written: string
  text: string
  /** Text before compound folding, for the family lookup ('ABDULLAH' before 'ABDLAH'). */
  unfolded: string
  variants: string[]
  /** Other romanisations (romanisation-variants.ts): equality only, like joined forms. */
  equalityForms: string[]
  role: NamePartRole
  /** The word on its own, Gaelic MC and Arabic compounds folded (itself when nothing folds), made once. */
  alone?: Word
}

/** Spaces, hyphens/dashes, MRZ fillers and punctuation that separate words (apostrophes do not). */
const WORD_SEPARATORS = /[\s\-\u2010-\u2015\u2212<.,;:/()_"]+/u
/** Transliteration variants to keep per word; the standard form plus a few national spellings suffice. */
const MAX_VARIANTS_PER_WORD = 8
/** A glued Arabic article: ALZAHRANI, ELSAYED (not ALLAH…, not ALEXANDER: a consonant must follow). */
const GLUED_ARTICLE = /^(?:AL|EL)[^AEIOUYL]/
const MIN_GLUED_ARTICLE_LENGTH = 6
/** HOSSEINI, SAIDI: the shortest nisba family name we derive from a given name. */
const MIN_NISBA_LENGTH = 5

const lettersOnly = (text: string): string => text.replace(/[^A-Z]/g, '')

/**
 * Words repeat far more than whole names (MOHAMMED, ALI, a frequent family name), and a word's
 * transliteration variants, spelling family and phonetic code cost most of normalising a name:
 * words and tokens are kept, bounded, and shared read-only (nothing mutates them).
 */
const WORD_MEMO_LIMIT = 50_000
const ROLE_SLOT: Readonly<Record<NamePartRole, number>> = { family: 0, given: 1, unknown: 2 }
/** What a written word is in free text: no letters, ALL CAPS (a family name) or otherwise written. */
const enum Writing {
  NoLetters,
  Caps,
  Other,
}
/** A word as written: its Word per role (ROLE_SLOT; null: nothing comparable), and how it is written. */
interface WrittenWord {
  byRole: Array<Word | null | undefined>
  writing: Writing
}
/**
 * Written words, keyed by the text itself (no key to build); the oldest are forgotten beyond
 * WORD_MEMO_LIMIT (about 0.5 KB each with its token).
 */
const wordMemo = new Map<string, WrittenWord>()
/** Words of a Chinese-character or Hangul word by role and text (rare: a small memo of its own). */
const scriptMemo = new Map<string, Word[]>()
const SCRIPT_MEMO_LIMIT = 5_000
/** Tokens of memoised words without a particle prefix, by the word object itself: no key to build or hash. */
const tokenOfWord = new WeakMap<Word, NameToken>()

const HAS_LETTER = /\p{L}/u
function writingOf(w: string): Writing {
  if (!HAS_LETTER.test(w)) return Writing.NoLetters
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? Writing.Caps : Writing.Other
}

function writtenWord(written: string): WrittenWord {
  let entry = wordMemo.get(written)
  if (entry === undefined) {
    if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.delete(wordMemo.keys().next().value as string) // oldest first
    entry = { byRole: [undefined, undefined, undefined], writing: writingOf(written) }
    wordMemo.set(written, entry)
  }
  return entry
}

function wordAs(entry: WrittenWord, written: string, role: NamePartRole): Word | null {
  const slot = ROLE_SLOT[role]
  let word = entry.byRole[slot]
  if (word === undefined) {
    word = computeWord(written, role)
    entry.byRole[slot] = word
  }
  return word
}

function computeWord(written: string, role: NamePartRole): Word | null {
  const text = lettersOnly(transliterateToMrz(written))
  if (text === '') {
    // Devanagari: as Indian passports write it (schwa deletion); Han and Hangul: scriptWords.
    const devanagari = romaniseDevanagariWord(written)
    if (devanagari !== null && devanagari !== '') return romanisedWord(written, devanagari, role)
    // Arabic, Persian, Urdu script: a known name's usual spelling, else a consonant skeleton.
    const romanised = romaniseArabicWord(written)
    if (romanised === null) return null // punctuation: nothing to compare
    const [usual, ...others] = romanised as [string, ...string[]]
    return romanisedWord(written, usual, role, others)
  }
  const variants = /[^A-Za-z]/.test(written)
    ? mrzNameVariants(written, MAX_VARIANTS_PER_WORD).map(lettersOnly).filter((v) => v !== '' && v !== text)
    : []
  return { written, text, unfolded: text, variants, equalityForms: romanisationsOf(text), role }
}

/**
 * Other romanisations of the word (romanisation-variants.ts: French/English/German habits,
 * assimilated article, -EDDINE compounds, Chinese/Korean syllables), for equality only (too loose
 * for letter similarity: JIHOON's JIHUN is one letter from JIHYUN, another name), except a
 * spelling of a DIFFERENT known name: AMMAR's loose form AMAR is another name.
 */
function romanisationsOf(text: string): string[] {
  const own = spellingFamilyOf(text)
  return romanisationAlternatives(text).filter((spelling) => {
    const family = own === null ? null : spellingFamilyOf(spelling)
    return family === null || family === own
  })
}

/** A word read from another script: its Latin text stands as written, with the romanisation habits of that text. */
function romanisedWord(written: string, text: string, role: NamePartRole, variants: string[] = []): Word {
  return { written, text, unfolded: text, variants, equalityForms: romanisationsOf(text), role }
}

/**
 * A word in Chinese characters or Hangul, which may hold a whole name written without a space:
 * 王建国 → WANG, JIANGUO; in free text 김정은 → KIM, JEONGEUN (passport spellings; after a comma
 * or in capitals a Hangul word is one part). Memoised on its own: such words are rare.
 */
function scriptWords(written: string, role: NamePartRole): Word[] {
  const key = `${role} ${written}`
  let words = scriptMemo.get(key)
  if (words === undefined) {
    if (hasHanScript(written)) words = (romaniseHanWord(written) ?? []).map((part) => romanisedWord(part.written, part.latin, role))
    else {
      const name = role === 'unknown' && [...written].length >= 2 ? romaniseHangulName(written) : null
      const texts = name !== null ? [name.family, name.given] : [romaniseHangulWord(written, { personalName: true }) ?? '']
      words = texts.filter((t) => t !== '').map((t) => romanisedWord(written, t, role))
    }
    if (scriptMemo.size >= SCRIPT_MEMO_LIMIT) scriptMemo.delete(scriptMemo.keys().next().value as string)
    scriptMemo.set(key, words)
  }
  return words
}

function wordsOf(part: string, role: NamePartRole): Word[] {
  return wordsOfList(part.split(WORD_SEPARATORS), role)
}

function wordsOfList(written: readonly string[], role: NamePartRole): Word[] {
  const words: Word[] = []
  for (const w of written) if (w !== '') pushWord(words, w, writtenWord(w), role)
  return words
}

function pushWord(words: Word[], written: string, entry: WrittenWord, role: NamePartRole): void {
  const word = wordAs(entry, written, role)
  if (word !== null) words.push(word)
  else if (hasHanScript(written) || hasHangul(written)) words.push(...scriptWords(written, role))
}

/**
 * Words with roles. 'SURNAME, Given' and 'SURNAME<<GIVEN' say which is which; in free text a
 * mix of ALL-CAPS and capitalised words ('Mohammed AL-ZAHRANI') marks the capitals as the
 * family name, as many lists write it; otherwise the roles are unknown.
 */
function wordsWithRoles(written: string): Word[][] {
  const name = joinHyphenatedSyllables(written) // CHIEN-HUA, JI-HOON: one given name
  const mrzSplit = name.indexOf('<<')
  const commaSplit = name.indexOf(',')
  const split = mrzSplit !== -1 ? mrzSplit : commaSplit
  if (split !== -1) {
    const separatorLength = mrzSplit !== -1 ? 2 : 1
    return [wordsOf(name.slice(0, split), 'family'), wordsOf(name.slice(split + separatorLength), 'given')]
  }
  const raw = name.split(WORD_SEPARATORS)
  const entries: WrittenWord[] = []
  let caps = 0
  let others = 0
  for (const w of raw) {
    const entry = writtenWord(w)
    entries.push(entry)
    if (entry.writing === Writing.Caps) caps++
    else if (entry.writing === Writing.Other) others++
  }
  const words: Word[] = []
  if (caps > 0 && others > 0) {
    // Words without letters are dropped here (they would give no word anyway).
    const given: Word[] = []
    raw.forEach((w, i) => {
      const entry = entries[i] as WrittenWord
      if (entry.writing === Writing.Caps) pushWord(words, w, entry, 'family')
      else if (entry.writing === Writing.Other) pushWord(given, w, entry, 'given')
    })
    return [words, given]
  }
  raw.forEach((w, i) => {
    if (w !== '') pushWord(words, w, entries[i] as WrittenWord, 'unknown')
  })
  return [words]
}

function merge(words: readonly Word[], text: string): Word {
  const first = words[0] as Word
  return {
    written: words.map((w) => w.written).join(' '),
    text,
    unfolded: words.map((w) => w.unfolded).join(''),
    variants: [],
    equalityForms: [],
    role: first.role,
  }
}

/** The word on its own with MC and Arabic compounds folded; kept on the (memoised) word so its token is memoised too. */
function aloneOf(word: Word): Word {
  if (word.alone === undefined) {
    const text = /^MC[^AEIOU]/.test(word.text) ? `MAC${word.text.slice(2)}` : foldArabicCompound(word.text)
    word.alone = text === word.text ? word : { ...word, text }
  }
  return word.alone
}

/** Joins MC/MAC and Arabic ABD…/ABU compounds with the following word(s) of the same part. */
function joinCompounds(words: readonly Word[]): Word[] {
  const joined: Word[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    const next = words[i + 1]
    if (next !== undefined && GAELIC_PREFIXES.has(word.text)) {
      joined.push(merge([word, next], `MAC${next.text}`))
      i++
    } else if (next !== undefined && opensArabicCompound(word.text)) {
      // ABD AL-AZIZ: the article between the parts is absorbed too.
      const afterArticle = words[i + 2]
      const parts = NAME_PARTICLES.has(next.text) && afterArticle !== undefined ? [word, next, afterArticle] : [word, next]
      joined.push(merge(parts, foldArabicCompound(parts.map((w) => w.text).join(''))))
      i += parts.length - 1
    } else if (dinCompoundLength(words, i) > 0) {
      // NASSER AL-DIN, SALAH EDDINE: one name, keyed like NASREDDINE (NSRDIN).
      const parts = words.slice(i, i + dinCompoundLength(words, i))
      joined.push({ ...merge(parts, parts.map((w) => w.text).join('')), equalityForms: [dinCompoundKey(word.text)] })
      i += parts.length - 1
    } else {
      joined.push(aloneOf(word))
    }
  }
  return joined
}

/** Words (2 or 3) of a '… al-Din' compound written apart starting at `i`, or 0. */
function dinCompoundLength(words: readonly Word[], i: number): number {
  const first = words[i] as Word
  if (first.text.length < 3 || NAME_PARTICLES.has(first.text) || DIN_SECOND_PARTS.has(first.text)) return 0
  const next = words[i + 1]?.text
  if (next === undefined) return 0
  if (DIN_SECOND_PARTS.has(next)) return 2
  const after = words[i + 2]?.text
  return DIN_ARTICLES.has(next) && after !== undefined && DIN_SECOND_PARTS.has(after) ? 3 : 0
}

function joinedFormsOf(word: Word, particlePrefix: string): string[] {
  const joined = particlePrefix === '' ? [] : [particlePrefix + word.text] // VAN DER BERG ~ VANDERBERG
  return word.equalityForms.length === 0 ? joined : [...joined, ...word.equalityForms]
}

function alternativesOf(word: Word): string[] {
  const alternatives = new Set(word.variants)
  if (GLUED_ARTICLE.test(word.text) && word.text.length >= MIN_GLUED_ARTICLE_LENGTH) {
    alternatives.add(word.text.slice(2)) // ALZAHRANI ~ ZAHRANI
  }
  for (const spelling of [word.text, ...word.variants]) {
    // German ASCII umlauts: MUELLER is also written MULLER.
    if (/[AOU]E/.test(spelling)) alternatives.add(spelling.replace(/([AOU])E/g, '$1'))
  }
  alternatives.delete(word.text)
  return [...alternatives]
}

/**
 * Family key of the first spelling found in the table. Arabic and Persian family names formed
 * with the nisba suffix -I from a given name (HOSSEINI, KARIMI, MOHAMMADI) get that name's key
 * plus '-I', so HOSSEINI ~ HUSSEINI but HOSSEINI ≠ HASSANI and KHALIDI ≠ KHALILI.
 */
function familyKeyOf(spellings: readonly string[]): string | null {
  for (const spelling of spellings) {
    const key = spellingFamilyOf(spelling)
    if (key !== null) return key
  }
  for (const spelling of spellings) {
    if (spelling.length < MIN_NISBA_LENGTH || !spelling.endsWith('I')) continue
    const key = spellingFamilyOf(spelling.slice(0, -1))
    if (key !== null) return `${key}-I`
  }
  return null
}

function toToken(word: Word, particlePrefix: string): NameToken {
  if (particlePrefix !== '') return computeToken(word, particlePrefix)
  let token = tokenOfWord.get(word)
  if (token === undefined) {
    token = computeToken(word, '')
    tokenOfWord.set(word, token)
  }
  return token
}

function computeToken(word: Word, particlePrefix: string): NameToken {
  const alternatives = alternativesOf(word)
  return {
    written: word.written,
    text: word.text,
    alternatives,
    joinedForms: joinedFormsOf(word, particlePrefix),
    role: word.role,
    familyKey: familyKeyOf([word.unfolded, word.text, ...alternatives]),
    phonetic: phoneticCode(word.text),
    isInitial: word.text.length === 1,
    nicknameOf: nicknameTargets(word.text),
  }
}

/**
 * Normalises a name given as 'SURNAME, Given Names', 'SURNAME<<GIVEN<NAMES' or free text.
 * Words are memoised (writtenWord, toToken), whole names are not: listed names rarely repeat across
 * travellers' candidate sets, and a whole-name memo of tens of thousands of entries cost more
 * (map churn, garbage) than it saved — measured 1.6 ms against 0.7 ms per query of 50 candidates.
 */
export function normaliseName(name: string): NormalisedName {
  const setAside: string[] = []
  let parts = wordsWithRoles(name).map(joinCompounds)

  // Titles go whenever something else is left.
  let total = 0
  let titles = 0
  for (const part of parts) {
    total += part.length
    for (const w of part) if (NAME_TITLES.has(w.text)) titles++
  }
  if (titles > 0 && titles < total) {
    parts = parts.map((part) =>
      part.filter((w) => {
        if (!NAME_TITLES.has(w.text)) return true
        setAside.push(w.written)
        return false
      }),
    )
  }

  // Particles go when at least two other words remain (BEN SMITH keeps BEN: it is a given name there).
  let significant = 0
  for (const part of parts) for (const w of part) if (!NAME_PARTICLES.has(w.text)) significant++
  const dropParticles = significant >= 2
  const tokens: NameToken[] = []
  let trailingGivenParticles = ''
  for (const part of parts) {
    let pending = ''
    let pendingWritten: string[] = []
    for (const word of part) {
      if (dropParticles && NAME_PARTICLES.has(word.text)) {
        pending += word.text
        pendingWritten.push(word.written)
        continue
      }
      setAside.push(...pendingWritten)
      tokens.push(toToken(word, pending))
      pending = ''
      pendingWritten = []
    }
    setAside.push(...pendingWritten)
    // 'BERG, JAN VAN DER': particles after the given names belong to the family name.
    if (part[0]?.role === 'given') trailingGivenParticles = pending
  }
  if (trailingGivenParticles !== '') {
    const index = tokens.findIndex((t) => t.role === 'family')
    const family = tokens[index]
    if (family !== undefined) {
      tokens[index] = { ...family, joinedForms: [...family.joinedForms, trailingGivenParticles + family.text] }
    }
  }
  return { written: name, tokens, setAside }
}

/** Normalises a traveller's name from its two document fields. */
export function normalisePersonName(surname: string, givenNames: string): NormalisedName {
  const given = givenNames.trim()
  return normaliseName(given === '' ? `${surname},` : `${surname}, ${given}`)
}

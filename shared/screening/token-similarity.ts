// How alike two name tokens are, and why. The order of checks encodes what we trust: identical
// spellings, then known variants (transliteration, umlauts, particles), then the spelling-family
// table, then the rules that say two look-alikes are DIFFERENT names (two known names from
// different families; masculine/feminine forms), and only then letter similarity, boosted when
// the phonetic codes agree.
import { editDistance } from './edit-distance'
import { areGenderedForms } from './gendered-forms'
import { jaroWinkler } from './jaro-winkler'
import type { NameToken } from './normalise-name'
import { nameIdentity } from './nicknames'

export type TokenMatchKind =
  | 'exact'
  | 'spelling-variant'
  | 'spelling-family'
  | 'nickname'
  | 'initial'
  | 'phonetic'
  | 'similar'
  | 'different-names'
  | 'gendered-form'
  | 'different'

export interface TokenSimilarity {
  /** 0..1 */
  score: number
  kind: TokenMatchKind
  detail: string
}

export const VARIANT_SCORE = 0.97
export const FAMILY_SCORE = 0.95
export const INITIAL_SCORE = 0.85
/**
 * A given name and its nickname (SASHA ~ ALEKSANDR): the same name to the person who bears it,
 * but a short form is shared by more formal names than a spelling is, so a little below a spelling family.
 */
export const NICKNAME_SCORE = 0.9
/** Two known names from different families keep only this share of their letter similarity. */
export const DIFFERENT_NAMES_FACTOR = 0.6
export const GENDERED_FORM_SCORE = 0.45
/** Letter similarity beyond the typo budget keeps only this share (it falls below the match floor). */
export const BEYOND_TYPO_BUDGET_FACTOR = 0.8
/** Phonetic agreement lifts the letter similarity only for tokens this long and this alike. */
const PHONETIC_MIN_LENGTH = 5
const PHONETIC_MIN_LETTERS = 0.6

/**
 * Edits a typo may plausibly make in a token of this length (Elasticsearch's "AUTO" fuzziness,
 * one step stricter for short tokens): none up to 4 letters, where one edit usually makes another
 * real name (YAN/YANG, HOLM/HOLT, RAMI/SAMI); one up to 7; two beyond. MOROZ/MOROZOV or
 * POPOV/POPOVIC are a different name, not a typo.
 */
export function typoBudget(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : 2
}

/**
 * Letters that romanisations use for one sound at the start of a word. People rarely mistype a
 * first letter (Pollock & Zamora; OFAC's first-letter gate), so a different first letter outside
 * these groups costs one more edit: HANSEN/JANSEN is not a typo, GADDAFI/QADDAFI and
 * HONCHARENKO/GONCHARENKO are romanisations.
 */
const FIRST_LETTER_GROUPS: readonly string[] = ['AEIOUY', 'IYJE', 'CKQGH', 'SZC', 'VWFB', 'DT', 'PB']

function sameFirstLetterGroupSlow(x: string, y: string): boolean {
  return x === y || FIRST_LETTER_GROUPS.some((group) => group.includes(x) && group.includes(y))
}

const CODE_A = 65
const LETTERS = 26
/**
 * sameFirstLetterGroupSlow for every pair of first letters A–Z, computed once from the same
 * groups: a table lookup instead of up to 14 `includes` per spelling pair. Tokens are in MRZ form
 * (A–Z), so the table covers them; anything else (an empty spelling) takes the original path.
 */
const SAME_FIRST_LETTER_GROUP: Uint8Array = (() => {
  const table = new Uint8Array(LETTERS * LETTERS)
  for (let x = 0; x < LETTERS; x++) {
    for (let y = 0; y < LETTERS; y++) {
      table[x * LETTERS + y] = sameFirstLetterGroupSlow(String.fromCharCode(CODE_A + x), String.fromCharCode(CODE_A + y)) ? 1 : 0
    }
  }
  return table
})()

function sameFirstLetterGroup(a: string, b: string): boolean {
  const x = a.charCodeAt(0) - CODE_A // NaN for an empty string: fails both range checks
  const y = b.charCodeAt(0) - CODE_A
  if (x >= 0 && x < LETTERS && y >= 0 && y < LETTERS) return SAME_FIRST_LETTER_GROUP[x * LETTERS + y] === 1
  return sameFirstLetterGroupSlow(a[0] ?? '', b[0] ?? '')
}

/** Spelling number `index` of a token: −1 is its text, 0… its alternatives (the order of [text, ...alternatives]). */
function spellingAt(token: NameToken, index: number): string {
  return index < 0 ? token.text : (token.alternatives[index] as string)
}

/** letterSimilarity with the capped edit distance already known (editDistance(a, b, longer)). */
function letterSimilarityFromEdits(a: string, b: string, longer: number, edits: number): number {
  if (longer === 0) return 0
  return 0.5 * jaroWinkler(a, b) + 0.5 * (1 - edits / longer)
}

/** Letter similarity 0..1: mean of Jaro-Winkler and 1 − (edits / longer length). */
export function letterSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 0
  return letterSimilarityFromEdits(a, b, longer, editDistance(a, b, longer))
}

interface LetterComparison {
  similarity: number
  /** Edits, counting a first letter outside the romanisation groups as one more. */
  edits: number
  withinBudget: boolean
}

function compareLetters(a: NameToken, b: NameToken): LetterComparison {
  let bestSimilarity = 0
  let bestEdits = Number.POSITIVE_INFINITY
  let bestWithinBudget = false
  // Same pairs in the same order as looping over [text, ...alternatives] on each side, without
  // building those arrays. The edit distance is computed once per pair and shared with the letter
  // similarity, which used to compute the very same editDistance(x, y, longer) again.
  for (let i = -1; i < a.alternatives.length; i++) {
    const x = spellingAt(a, i)
    for (let j = -1; j < b.alternatives.length; j++) {
      const y = spellingAt(b, j)
      const longer = Math.max(x.length, y.length)
      const rawEdits = editDistance(x, y, longer)
      const edits = rawEdits + (sameFirstLetterGroup(x, y) ? 0 : 1)
      const similarity = letterSimilarityFromEdits(x, y, longer, rawEdits)
      const withinBudget = edits <= typoBudget(longer)
      if ((withinBudget && !bestWithinBudget) || (withinBudget === bestWithinBudget && similarity > bestSimilarity)) {
        bestSimilarity = similarity
        bestEdits = edits
        bestWithinBudget = withinBudget
      }
    }
  }
  return { similarity: bestSimilarity, edits: bestEdits, withinBudget: bestWithinBudget }
}

/** True when `spelling` is one of the token's spellings for equality: text, alternatives, joined forms. */
function hasSpellingForEquality(token: NameToken, spelling: string): boolean {
  return token.text === spelling || token.alternatives.includes(spelling) || token.joinedForms.includes(spelling)
}

/**
 * The first of a's spellings for equality ([text, ...alternatives, ...joinedForms], also the
 * particle-joined forms, which are too loose for letter similarity) that b has too, or null.
 * Same search and order as building both lists and a Set, without allocating them.
 */
function sharedSpelling(a: NameToken, b: NameToken): string | null {
  if (hasSpellingForEquality(b, a.text)) return a.text
  for (const s of a.alternatives) if (hasSpellingForEquality(b, s)) return s
  for (const s of a.joinedForms) if (hasSpellingForEquality(b, s)) return s
  return null
}

const round2 = (n: number): string => n.toFixed(2)

/**
 * How alike two tokens are, without the words: what screening needs for every pair it compares.
 * The facts an explanation cites (the shared spelling, the letter similarity and edits) are kept
 * so describeTokenMeasure can word it later, for the few pairs an officer will read.
 */
export interface TokenMeasure {
  /** 0..1 */
  score: number
  kind: TokenMatchKind
  /** The spelling both tokens share (kind spelling-variant), else ''. */
  shared: string
  /** Letter similarity and edits (kinds different-names, phonetic, similar, different). */
  letters: number
  edits: number
}

function measure(score: number, kind: TokenMatchKind, shared = '', letters = 0, edits = 0): TokenMeasure {
  return { score, kind, shared, letters, edits }
}

/** x is a nickname of y's name. */
function nicknameOfOther(x: NameToken, y: NameToken): boolean {
  return x.nicknameOf.length > 0 && x.nicknameOf.includes(nameIdentity(y.text, y.familyKey))
}

/**
 * One part is a nickname of the other's name, or both are nicknames of one name (SASHA, SHURA).
 * Given names only: a family name that happens to be a nickname (a family called HANS) is not a short form.
 */
function isNicknamePair(a: NameToken, b: NameToken): boolean {
  if (a.role === 'family' || b.role === 'family') return false
  if (a.nicknameOf.length === 0 && b.nicknameOf.length === 0) return false
  if (nicknameOfOther(a, b) || nicknameOfOther(b, a)) return true
  for (const target of a.nicknameOf) if (b.nicknameOf.includes(target)) return true
  return false
}

function nicknameWording(a: NameToken, b: NameToken): string {
  if (nicknameOfOther(a, b)) return `${a.written} is a short form of ${b.written}`
  if (nicknameOfOther(b, a)) return `${b.written} is a short form of ${a.written}`
  return 'short forms of the same name'
}

/** Measures two tokens. Symmetric: measureTokens(a, b).score === measureTokens(b, a).score. */
export function measureTokens(a: NameToken, b: NameToken): TokenMeasure {
  if (a.text === b.text) return measure(1, 'exact')

  const shared = sharedSpelling(a, b)
  if (shared !== null) return measure(VARIANT_SCORE, 'spelling-variant', shared)

  if (a.isInitial || b.isInitial) {
    const [initial, full] = a.isInitial ? [a, b] : [b, a]
    if (!full.isInitial && full.text.startsWith(initial.text)) return measure(INITIAL_SCORE, 'initial')
    return measure(0, 'different')
  }

  if (a.familyKey !== null && a.familyKey === b.familyKey) return measure(FAMILY_SCORE, 'spelling-family')

  if (isNicknamePair(a, b)) return measure(NICKNAME_SCORE, 'nickname')

  const letters = compareLetters(a, b)
  if (a.familyKey !== null && b.familyKey !== null) {
    return measure(letters.similarity * DIFFERENT_NAMES_FACTOR, 'different-names', '', letters.similarity, letters.edits)
  }

  const asFamilyName = a.role === 'family' || b.role === 'family'
  if (areGenderedForms(a.text, b.text, asFamilyName)) return measure(GENDERED_FORM_SCORE, 'gendered-form')

  const phoneticAllowed =
    a.phonetic === b.phonetic &&
    Math.min(a.text.length, b.text.length) >= PHONETIC_MIN_LENGTH &&
    letters.similarity >= PHONETIC_MIN_LETTERS
  if (phoneticAllowed) return measure(0.5 + 0.5 * letters.similarity, 'phonetic', '', letters.similarity, letters.edits)
  if (letters.withinBudget) return measure(letters.similarity, 'similar', '', letters.similarity, letters.edits)
  return measure(letters.similarity * BEYOND_TYPO_BUDGET_FACTOR, 'different', '', letters.similarity, letters.edits)
}

/** The officer's words for a measure of the same two tokens. */
export function describeTokenMeasure(a: NameToken, b: NameToken, m: TokenMeasure): string {
  const pair = `${a.written} ~ ${b.written}`
  switch (m.kind) {
    case 'exact':
      return `${pair} (same spelling)`
    case 'spelling-variant':
      return `${pair} (both can be written ${m.shared})`
    case 'initial':
      return `${pair} (initial)`
    case 'spelling-family':
      return `${pair} (spelling family ${a.familyKey})`
    case 'nickname':
      return `${pair} (${nicknameWording(a, b)})`
    case 'different-names':
      return `${pair} (different names: ${a.familyKey} and ${b.familyKey})`
    case 'gendered-form':
      return `${pair} (masculine and feminine forms)`
    case 'phonetic':
      return `${pair} (sound alike: ${a.phonetic}; letters ${round2(m.letters)})`
    case 'similar':
      return `${pair} (${m.edits} edit(s), letters ${round2(m.letters)})`
    case 'different':
      return a.isInitial || b.isInitial ? `${pair} (different initial)` : `${pair} (${m.edits} edits: more than a typo in a name this long)`
  }
}

/** Compares two tokens, with the words. Symmetric: compareTokens(a, b).score === compareTokens(b, a).score. */
export function compareTokens(a: NameToken, b: NameToken): TokenSimilarity {
  const m = measureTokens(a, b)
  return { score: m.score, kind: m.kind, detail: describeTokenMeasure(a, b, m) }
}

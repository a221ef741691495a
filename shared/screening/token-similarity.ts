// How alike two name tokens are, and why. The order of checks encodes what we trust: identical
// spellings, then known variants (transliteration, umlauts, particles), then the spelling-family
// table, then the rules that say two look-alikes are DIFFERENT names (two known names from
// different families; masculine/feminine forms), and only then letter similarity, boosted when
// the phonetic codes agree.
import { editDistance } from './edit-distance'
import { areGenderedForms } from './gendered-forms'
import { jaroWinkler } from './jaro-winkler'
import type { NameToken } from './normalise-name'

export type TokenMatchKind =
  | 'exact'
  | 'spelling-variant'
  | 'spelling-family'
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

function sameFirstLetterGroup(a: string, b: string): boolean {
  const x = a[0] ?? ''
  const y = b[0] ?? ''
  return x === y || FIRST_LETTER_GROUPS.some((group) => group.includes(x) && group.includes(y))
}

function spellings(token: NameToken): string[] {
  return [token.text, ...token.alternatives]
}

/** Letter similarity 0..1: mean of Jaro-Winkler and 1 − (edits / longer length). */
export function letterSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 0
  const edits = editDistance(a, b, longer)
  return 0.5 * jaroWinkler(a, b) + 0.5 * (1 - edits / longer)
}

interface LetterComparison {
  similarity: number
  /** Edits, counting a first letter outside the romanisation groups as one more. */
  edits: number
  withinBudget: boolean
}

function compareLetters(a: NameToken, b: NameToken): LetterComparison {
  let best: LetterComparison = { similarity: 0, edits: Number.POSITIVE_INFINITY, withinBudget: false }
  for (const x of spellings(a)) {
    for (const y of spellings(b)) {
      const longer = Math.max(x.length, y.length)
      const edits = editDistance(x, y, longer) + (sameFirstLetterGroup(x, y) ? 0 : 1)
      const similarity = letterSimilarity(x, y)
      const withinBudget = edits <= typoBudget(longer)
      if (Number(withinBudget) > Number(best.withinBudget) || (withinBudget === best.withinBudget && similarity > best.similarity)) {
        best = { similarity, edits, withinBudget }
      }
    }
  }
  return best
}

/** Spellings for equality: also the particle-joined forms, which are too loose for letter similarity. */
function spellingsForEquality(token: NameToken): string[] {
  return [...spellings(token), ...token.joinedForms]
}

function sharedSpelling(a: NameToken, b: NameToken): string | null {
  const other = new Set(spellingsForEquality(b))
  return spellingsForEquality(a).find((s) => other.has(s)) ?? null
}

const round2 = (n: number): string => n.toFixed(2)

/** Compares two tokens. Symmetric: compareTokens(a, b).score === compareTokens(b, a).score. */
export function compareTokens(a: NameToken, b: NameToken): TokenSimilarity {
  const pair = `${a.written} ~ ${b.written}`
  if (a.text === b.text) return { score: 1, kind: 'exact', detail: `${pair} (same spelling)` }

  const shared = sharedSpelling(a, b)
  if (shared !== null) {
    return { score: VARIANT_SCORE, kind: 'spelling-variant', detail: `${pair} (both can be written ${shared})` }
  }

  if (a.isInitial || b.isInitial) {
    const [initial, full] = a.isInitial ? [a, b] : [b, a]
    if (!full.isInitial && full.text.startsWith(initial.text)) {
      return { score: INITIAL_SCORE, kind: 'initial', detail: `${pair} (initial)` }
    }
    return { score: 0, kind: 'different', detail: `${pair} (different initial)` }
  }

  if (a.familyKey !== null && a.familyKey === b.familyKey) {
    return { score: FAMILY_SCORE, kind: 'spelling-family', detail: `${pair} (spelling family ${a.familyKey})` }
  }

  const letters = compareLetters(a, b)
  if (a.familyKey !== null && b.familyKey !== null) {
    return {
      score: letters.similarity * DIFFERENT_NAMES_FACTOR,
      kind: 'different-names',
      detail: `${pair} (different names: ${a.familyKey} and ${b.familyKey})`,
    }
  }

  const asFamilyName = a.role === 'family' || b.role === 'family'
  if (areGenderedForms(a.text, b.text, asFamilyName)) {
    return { score: GENDERED_FORM_SCORE, kind: 'gendered-form', detail: `${pair} (masculine and feminine forms)` }
  }

  const phoneticAllowed =
    a.phonetic === b.phonetic &&
    Math.min(a.text.length, b.text.length) >= PHONETIC_MIN_LENGTH &&
    letters.similarity >= PHONETIC_MIN_LETTERS
  if (phoneticAllowed) {
    const score = 0.5 + 0.5 * letters.similarity
    return { score, kind: 'phonetic', detail: `${pair} (sound alike: ${a.phonetic}; letters ${round2(letters.similarity)})` }
  }
  if (letters.withinBudget) {
    return { score: letters.similarity, kind: 'similar', detail: `${pair} (${letters.edits} edit(s), letters ${round2(letters.similarity)})` }
  }
  return {
    score: letters.similarity * BEYOND_TYPO_BUDGET_FACTOR,
    kind: 'different',
    detail: `${pair} (${letters.edits} edits: more than a typo in a name this long)`,
  }
}

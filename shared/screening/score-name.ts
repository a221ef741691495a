// Name against name: align tokens regardless of order, then weigh what agrees, what disagrees
// and what is simply absent. The distinction that matters for border lists:
// - a part present on both sides that does not match (MARIA vs MARIO) is a CONFLICT: full weight, no credit;
// - a part present on one side only (a middle name, a second surname) is MISSING: small weight,
//   because lists and documents routinely drop them.
// Family-name parts weigh more than given names (nomenklatura logic-v2 uses ×1.3 too).
// Every contribution is a MatchFeature; matched parts' contributions add up to the name score.
import type { MatchFeature, NameScore } from './types'
import { spellingFamilyOf } from './name-families'
import type { NameToken, NormalisedName } from './normalise-name'
import { nicknameTargets } from './nicknames'
import { phoneticCode } from './phonetic-code'
import { describeTokenMeasure, letterSimilarity, measureTokens, type TokenMeasure } from './token-similarity'

export const DEFAULT_FAMILY_NAME_WEIGHT = 1.3
/** Token pairs scoring below this are not the same name part. */
export const MATCH_FLOOR = 0.75
/**
 * Weight of a part found in one name only, relative to a conflicting part (1): absence is weak
 * evidence. 0.25 rather than 0.3: with two middle names or a nasab chain dropped (AHMED MOHAMMED
 * ALI AL-ZAHRANI / AHMED AL-ZAHRANI) 0.3 fell under the threshold; on the tuning pairs recall
 * goes from 0.996 to 1.0 with precision unchanged (0.992), and the first held-out set gains recall too.
 */
export const MISSING_PART_WEIGHT = 0.25
/**
 * The first given name is the person's own name (in Arabic chains the next ones are the father's
 * and grandfather's): lists drop middle names, not the first one. Missing, it weighs like a conflict,
 * so SALEH, ALI ABDULLAH is not SALEH, AHMED ALI ABDULLAH (his son).
 */
export const FIRST_GIVEN_NAME_MISSING_WEIGHT = 1
export const INITIAL_WEIGHT = 0.5
/** One matching part out of several cannot make a confident match on its own. */
export const SINGLE_PART_CAP = 0.7
export const ORDER_SWAP_PENALTY = 0.03
/**
 * Given names in a different order are a different name (ALI REZA / REZA ALI, MIN SEO / SEO MIN):
 * compound given names change meaning when reordered. Free text with unknown roles is exempt.
 */
export const GIVEN_NAMES_REORDERED_PENALTY = 0.25
/** Two adjacent parts are joined when together they spell the other side's part this well (MOHAMMAD REZA ~ MOHAMMADREZA). */
const COMPOUND_JOIN_MIN = 0.9

export interface NameScoreOptions {
  familyNameWeight?: number
}

interface AlignedPair {
  a: NameToken
  b: NameToken
  similarity: TokenMeasure
  /** Positions of a and b in the token lists aligned. */
  i: number
  j: number
}

function joinTokens(first: NameToken, second: NameToken): NameToken {
  const text = first.text + second.text
  return {
    written: `${first.written} ${second.written}`,
    text,
    alternatives: [],
    joinedForms: [],
    role: first.role,
    familyKey: spellingFamilyOf(text),
    phonetic: phoneticCode(text),
    isInitial: false,
    nicknameOf: nicknameTargets(text),
  }
}

/**
 * letterSimilarity(x, y) can reach COMPOUND_JOIN_MIN only if the lengths are close: Jaro-Winkler
 * is at most 1 and the edit distance at least the length difference, so the similarity is at most
 * 0.5 + 0.5 × (1 − difference / longer). When even that bound (with a margin for rounding) is
 * below the threshold, the comparison is certainly false and the costly letterSimilarity is
 * skipped. Skipping changes nothing: the call has no side effects.
 */
function mayReachJoinMin(x: string, y: string): boolean {
  const longer = Math.max(x.length, y.length)
  if (longer === 0) return true
  const bound = 0.5 + 0.5 * (1 - Math.abs(x.length - y.length) / longer)
  return bound + 1e-9 >= COMPOUND_JOIN_MIN
}

/** Joins adjacent parts of `side` that the other name writes as one word. */
function joinCompounds(side: readonly NameToken[], other: readonly NameToken[]): readonly NameToken[] {
  let result: NameToken[] | null = null // allocated only once a compound is joined: usually `side` comes back as is
  for (let i = 0; i < side.length; i++) {
    const first = side[i] as NameToken
    const second = side[i + 1]
    if (second !== undefined && !first.isInitial && !second.isInitial && first.role === second.role) {
      const joined = first.text + second.text
      let spelledAsOne = false
      for (const o of other) {
        if (
          !o.isInitial &&
          o.text !== first.text &&
          o.text !== second.text &&
          mayReachJoinMin(joined, o.text) &&
          letterSimilarity(joined, o.text) >= COMPOUND_JOIN_MIN &&
          letterSimilarity(first.text, o.text) < COMPOUND_JOIN_MIN
        ) {
          spelledAsOne = true
          break
        }
      }
      if (spelledAsOne) {
        result ??= side.slice(0, i)
        result.push(joinTokens(first, second))
        i++
        continue
      }
    }
    result?.push(first)
  }
  // Callers only read the result (never mutate it), so returning `side` itself is safe.
  return result ?? side
}

function roleCode(a: NameToken, b: NameToken | null): string {
  // Same answer as collecting the roles in an array and asking `includes`, without the array.
  if (a.role === 'family' || b?.role === 'family') return 'family-name'
  if (a.role === 'given' || b?.role === 'given') return 'given-name'
  return 'name-part'
}

/** measureTokens of every token of one name (rows) against every token of the other (columns), row-major. */
interface Comparisons {
  similarities: TokenMeasure[]
  columns: number
}

/**
 * Greedy best-first alignment: repeatedly the best pair of unused tokens. Ties go to pairs sharing
 * a role, then to pairs at the same position, then to the earlier pair (a-major), so identical
 * names align in order (ANNA ANNA) and explanations read naturally. The same pairs, in the same
 * order, as sorting every candidate pair and taking those still free; names have a handful of
 * parts, so scanning beats allocating and sorting the candidates.
 * a[i] and b[j] were compared as comparisons' row rowsA[i] and column columnsB[j] (null: the
 * same positions); the caller passes comparisons computed once for both alignments.
 */
function align(a: readonly NameToken[], b: readonly NameToken[], minimum: number, comparisons: Comparisons, rowsA: readonly number[] | null, columnsB: readonly number[] | null): AlignedPair[] {
  const usedA = new Uint8Array(a.length)
  const usedB = new Uint8Array(b.length)
  const pairs: AlignedPair[] = []
  for (;;) {
    let bestI = -1
    let bestJ = -1
    let best: TokenMeasure | undefined
    let bestSameRole = 0
    let bestOffset = 0
    for (let i = 0; i < a.length; i++) {
      if (usedA[i] === 1) continue
      const ta = a[i] as NameToken
      const row = rowsA === null ? i : (rowsA[i] as number)
      for (let j = 0; j < b.length; j++) {
        if (usedB[j] === 1) continue
        const column = columnsB === null ? j : (columnsB[j] as number)
        const similarity = comparisons.similarities[row * comparisons.columns + column] as TokenMeasure
        if (similarity.score < minimum) continue
        const sameRole = ta.role === (b[j] as NameToken).role ? 1 : 0
        const offset = Math.abs(i - j)
        if (
          best === undefined ||
          similarity.score > best.score ||
          (similarity.score === best.score && (sameRole > bestSameRole || (sameRole === bestSameRole && offset < bestOffset)))
        ) {
          bestI = i
          bestJ = j
          best = similarity
          bestSameRole = sameRole
          bestOffset = offset
        }
      }
    }
    if (best === undefined) return pairs
    // By position: a word written twice (ANNA ANNA) is two parts, even when both are one memoised token object.
    usedA[bestI] = 1
    usedB[bestJ] = 1
    pairs.push({ a: a[bestI] as NameToken, b: b[bestJ] as NameToken, similarity: best, i: bestI, j: bestJ })
  }
}

/** Matched given-name pairs in the order of name a, when two of them appear in opposite orders in name b; else null. */
function reorderedGivenNames(matched: readonly AlignedPair[], a: readonly NameToken[], b: readonly NameToken[]): AlignedPair[] | null {
  // Fewer than two matched given-name pairs cannot be in different orders: answer before sorting.
  let givenPairs = 0
  for (const p of matched) if (p.a.role === 'given' && p.b.role === 'given') givenPairs++
  if (givenPairs < 2) return null
  const given = matched
    .filter((p) => p.a.role === 'given' && p.b.role === 'given')
    .sort((x, y) => a.indexOf(x.a) - a.indexOf(y.a))
  for (let i = 1; i < given.length; i++) {
    if (b.indexOf((given[i] as AlignedPair).b) < b.indexOf((given[i - 1] as AlignedPair).b)) return given
  }
  return null
}

/** 'ALI REZA vs REZA ALI' for reordered given names. */
function describeReordered(given: readonly AlignedPair[], a: readonly NameToken[], b: readonly NameToken[]): string {
  const written = (side: 'a' | 'b'): string =>
    [...given].sort((x, y) => (side === 'a' ? a.indexOf(x.a) - a.indexOf(y.a) : b.indexOf(x.b) - b.indexOf(y.b))).map((p) => p[side].written).join(' ')
  return `${written('a')} vs ${written('b')}`
}

function tokenWeight(t: NameToken, familyWeight: number): number {
  return t.isInitial ? INITIAL_WEIGHT : t.role === 'family' ? familyWeight : 1
}

function pairWeightOf(p: AlignedPair, familyWeight: number): number {
  return Math.max(tokenWeight(p.a, familyWeight), tokenWeight(p.b, familyWeight))
}

function firstGivenOf(tokens: readonly NameToken[]): NameToken | undefined {
  for (const t of tokens) if (t.role === 'given') return t
  return undefined
}

/** The two first given names (either may be undefined), compared by identity as the former Set did. */
interface FirstGiven {
  a: NameToken | undefined
  b: NameToken | undefined
}

function isFirstGiven(t: NameToken, firstGiven: FirstGiven): boolean {
  return t === firstGiven.a || t === firstGiven.b
}

function missingWeightOf(t: NameToken, firstGiven: FirstGiven, familyWeight: number): number {
  return isFirstGiven(t, firstGiven) && !t.isInitial
    ? FIRST_GIVEN_NAME_MISSING_WEIGHT * tokenWeight(t, familyWeight)
    : MISSING_PART_WEIGHT * tokenWeight(t, familyWeight)
}

// The helpers above are module functions rather than closures created on every call: scoreNames
// runs for every candidate name, and a closure per call (plus, under tsx/esbuild keepNames, a
// defineProperty for its name) was a measurable share of its cost. Same arithmetic, same order.

/**
 * Two names aligned and scored, before any words: what every comparison needs. nameScoreOf reads
 * the score; explainAlignment words it for the officer. Both come from this one computation, so
 * an explained score is always the score that was compared with the threshold.
 */
interface NameAlignment {
  score: number
  familyWeight: number
  setAside: readonly string[]
  /** Empty when a name has nothing comparable. */
  a: readonly NameToken[]
  b: readonly NameToken[]
  matched: AlignedPair[]
  conflicts: AlignedPair[]
  missing: NameToken[]
  firstGiven: FirstGiven
  denominator: number
  /** The score before the single-part cap, when it was capped. */
  capped: boolean
  swapped: AlignedPair | undefined
  reordered: AlignedPair[] | null
}

function alignNames(first: NormalisedName, second: NormalisedName, options: NameScoreOptions): NameAlignment {
  const familyWeight = options.familyNameWeight ?? DEFAULT_FAMILY_NAME_WEIGHT
  const setAside = first.setAside.length === 0 && second.setAside.length === 0 ? [] : [...first.setAside, ...second.setAside]
  const firstGiven: FirstGiven = { a: undefined, b: undefined }
  if (first.tokens.length === 0 || second.tokens.length === 0) {
    return { score: 0, familyWeight, setAside, a: [], b: [], matched: [], conflicts: [], missing: [], firstGiven, denominator: 0, capped: false, swapped: undefined, reordered: null }
  }

  const a = joinCompounds(first.tokens, second.tokens)
  const b = joinCompounds(second.tokens, a)
  // Every a × b comparison, computed once: the second alignment (conflicts among the parts left
  // over) reuses them. measureTokens is pure, so reusing its result gives what a second call would.
  const comparisons: Comparisons = { similarities: new Array<TokenMeasure>(a.length * b.length), columns: b.length }
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) comparisons.similarities[i * b.length + j] = measureTokens(a[i] as NameToken, b[j] as NameToken)
  }
  const matched = align(a, b, MATCH_FLOOR, comparisons, null, null)
  const matchedA = new Uint8Array(a.length)
  const matchedB = new Uint8Array(b.length)
  for (const p of matched) {
    matchedA[p.i] = 1
    matchedB[p.j] = 1
  }
  const leftAIndices: number[] = []
  const leftBIndices: number[] = []
  const leftA: NameToken[] = []
  const leftB: NameToken[] = []
  for (let i = 0; i < a.length; i++) {
    if (matchedA[i] === 1) continue
    leftAIndices.push(i)
    leftA.push(a[i] as NameToken)
  }
  for (let j = 0; j < b.length; j++) {
    if (matchedB[j] === 1) continue
    leftBIndices.push(j)
    leftB.push(b[j] as NameToken)
  }
  // Positions (and so the offsets that break ties) are within leftA/leftB; only the comparison is
  // looked up at the tokens' original positions.
  const conflicts = align(leftA, leftB, Number.NEGATIVE_INFINITY, comparisons, leftAIndices, leftBIndices)
  const conflictA = new Uint8Array(leftA.length)
  const conflictB = new Uint8Array(leftB.length)
  for (const p of conflicts) {
    conflictA[p.i] = 1
    conflictB[p.j] = 1
  }
  const missing: NameToken[] = []
  leftA.forEach((t, k) => conflictA[k] === 0 && missing.push(t))
  leftB.forEach((t, k) => conflictB[k] === 0 && missing.push(t))

  firstGiven.a = firstGivenOf(a)
  firstGiven.b = firstGivenOf(b)
  let matchedWeight = 0
  for (const p of matched) matchedWeight += pairWeightOf(p, familyWeight)
  let conflictWeight = 0
  for (const p of conflicts) conflictWeight += pairWeightOf(p, familyWeight)
  let missingTotal = 0
  for (const t of missing) missingTotal += missingWeightOf(t, firstGiven, familyWeight)
  const denominator = matchedWeight + conflictWeight + missingTotal

  // Matched shares summed left to right from 0, as the features list them (conflicting and
  // missing parts contribute 0).
  let score = 0
  for (const p of matched) score += (pairWeightOf(p, familyWeight) * p.similarity.score) / denominator
  const capped = matched.length === 1 && Math.max(a.length, b.length) >= 2 && score > SINGLE_PART_CAP
  if (capped) score = SINGLE_PART_CAP
  let swapped: AlignedPair | undefined
  for (const p of matched) {
    if (p.a.role !== 'unknown' && p.b.role !== 'unknown' && p.a.role !== p.b.role) {
      swapped = p
      break
    }
  }
  if (swapped !== undefined) score -= ORDER_SWAP_PENALTY
  const reordered = reorderedGivenNames(matched, a, b)
  if (reordered !== null) score -= GIVEN_NAMES_REORDERED_PENALTY
  return { score: Math.min(1, Math.max(0, score)), familyWeight, setAside, a, b, matched, conflicts, missing, firstGiven, denominator, capped, swapped, reordered }
}

/** The features of an alignment: every contribution, in words; the matched shares add up to its score. */
function explainAlignment(n: NameAlignment): NameScore {
  const aside: MatchFeature[] =
    n.setAside.length > 0 ? [{ code: 'name-particle-ignored', contribution: 0, detail: `${n.setAside.join(', ')} set aside (particles or titles)` }] : []
  if (n.a.length === 0) {
    return { score: 0, features: [{ code: 'name-empty', contribution: 0, detail: 'a name has nothing comparable in Latin or Cyrillic letters' }, ...aside] }
  }
  const { familyWeight, denominator, firstGiven } = n
  const ofDenominator = ` of ${denominator.toFixed(2)}`
  const features: MatchFeature[] = []
  let sum = 0
  for (const p of n.matched) {
    const w = pairWeightOf(p, familyWeight)
    const contribution = (w * p.similarity.score) / denominator
    sum += contribution
    features.push({
      code: `${roleCode(p.a, p.b)}-${p.similarity.kind}`,
      contribution,
      detail: `${describeTokenMeasure(p.a, p.b, p.similarity)}, weight ${w.toFixed(2)}${ofDenominator}`,
    })
  }
  for (const p of n.conflicts) {
    features.push({
      code: `${roleCode(p.a, p.b)}-mismatch`,
      contribution: 0,
      detail: `${describeTokenMeasure(p.a, p.b, p.similarity)}: not the same name part, no credit (weight ${pairWeightOf(p, familyWeight).toFixed(2)}${ofDenominator})`,
    })
  }
  for (const t of n.missing) {
    features.push({
      code: `${roleCode(t, null)}-missing`,
      contribution: 0,
      detail: `${t.written} appears in one name only${isFirstGiven(t, firstGiven) ? ' and is the first given name' : ''}, no credit (weight ${missingWeightOf(t, firstGiven, familyWeight).toFixed(2)}${ofDenominator})`,
    })
  }
  if (n.capped) {
    features.push({ code: 'name-single-part', contribution: SINGLE_PART_CAP - sum, detail: `only one name part matches; capped at ${SINGLE_PART_CAP}` })
  }
  if (n.swapped !== undefined) {
    const p = n.swapped
    features.push({ code: 'name-order-swapped', contribution: -ORDER_SWAP_PENALTY, detail: `${p.a.written} is a ${p.a.role} name on one side and a ${p.b.role} name on the other` })
  }
  if (n.reordered !== null) {
    features.push({ code: 'given-names-reordered', contribution: -GIVEN_NAMES_REORDERED_PENALTY, detail: `given names in a different order: ${describeReordered(n.reordered, n.a, n.b)}` })
  }
  return { score: n.score, features: [...features, ...aside] }
}

/** Scores two normalised names, with the features that made the score. Order of arguments only changes the wording. */
export function scoreNames(first: NormalisedName, second: NormalisedName, options: NameScoreOptions = {}): NameScore {
  return explainAlignment(alignNames(first, second, options))
}

/** scoreNames' score alone, without wording the features: for the many names that are compared and not shown. */
export function nameScoreOf(first: NormalisedName, second: NormalisedName, options: NameScoreOptions = {}): number {
  return alignNames(first, second, options).score
}

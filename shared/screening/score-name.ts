// Name against name: align tokens regardless of order, then weigh what agrees, what disagrees
// and what is simply absent. The distinction that matters for border lists:
// - a part present on both sides that does not match (MARIA vs MARIO) is a CONFLICT: full weight, no credit;
// - a part present on one side only (a middle name, a second surname) is MISSING: small weight,
//   because lists and documents routinely drop them.
// Family-name parts weigh more than given names (nomenklatura logic-v2 uses ×1.3 too).
// Every contribution is a MatchFeature; matched parts' contributions add up to the name score.
import type { MatchFeature, NameScore } from './types'
import { spellingFamilyOf } from './name-families'
import type { NamePartRole, NameToken, NormalisedName } from './normalise-name'
import { phoneticCode } from './phonetic-code'
import { compareTokens, letterSimilarity, type TokenSimilarity } from './token-similarity'

export const DEFAULT_FAMILY_NAME_WEIGHT = 1.3
/** Token pairs scoring below this are not the same name part. */
export const MATCH_FLOOR = 0.75
/** Weight of a part found in one name only, relative to a conflicting part (1): absence is weak evidence. */
export const MISSING_PART_WEIGHT = 0.3
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
  similarity: TokenSimilarity
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
  }
}

/** Joins adjacent parts of `side` that the other name writes as one word. */
function joinCompounds(side: readonly NameToken[], other: readonly NameToken[]): NameToken[] {
  const result: NameToken[] = []
  for (let i = 0; i < side.length; i++) {
    const first = side[i] as NameToken
    const second = side[i + 1]
    if (second !== undefined && !first.isInitial && !second.isInitial && first.role === second.role) {
      const joined = first.text + second.text
      const spelledAsOne = other.some(
        (o) =>
          !o.isInitial &&
          o.text !== first.text &&
          o.text !== second.text &&
          letterSimilarity(joined, o.text) >= COMPOUND_JOIN_MIN &&
          letterSimilarity(first.text, o.text) < COMPOUND_JOIN_MIN,
      )
      if (spelledAsOne) {
        result.push(joinTokens(first, second))
        i++
        continue
      }
    }
    result.push(first)
  }
  return result
}

function roleCode(a: NameToken, b: NameToken | null): string {
  const roles: NamePartRole[] = b === null ? [a.role] : [a.role, b.role]
  if (roles.includes('family')) return 'family-name'
  if (roles.includes('given')) return 'given-name'
  return 'name-part'
}

/**
 * Greedy best-first alignment. Ties go to pairs sharing a role, then to pairs at the same
 * position, so identical names align in order (ANNA ANNA) and explanations read naturally.
 */
function align(a: readonly NameToken[], b: readonly NameToken[], minimum: number): AlignedPair[] {
  const candidates: Array<AlignedPair & { offset: number }> = []
  a.forEach((ta, i) => b.forEach((tb, j) => candidates.push({ a: ta, b: tb, similarity: compareTokens(ta, tb), offset: Math.abs(i - j) })))
  candidates.sort(
    (x, y) =>
      y.similarity.score - x.similarity.score ||
      Number(y.a.role === y.b.role) - Number(x.a.role === x.b.role) ||
      x.offset - y.offset,
  )
  const usedA = new Set<NameToken>()
  const usedB = new Set<NameToken>()
  const pairs: AlignedPair[] = []
  for (const candidate of candidates) {
    if (candidate.similarity.score < minimum || usedA.has(candidate.a) || usedB.has(candidate.b)) continue
    usedA.add(candidate.a)
    usedB.add(candidate.b)
    pairs.push(candidate)
  }
  return pairs
}

/** 'ALI REZA vs REZA ALI' when two matched given names appear in opposite orders, else null. */
function reorderedGivenNames(matched: readonly AlignedPair[], a: readonly NameToken[], b: readonly NameToken[]): string | null {
  const given = matched
    .filter((p) => p.a.role === 'given' && p.b.role === 'given')
    .sort((x, y) => a.indexOf(x.a) - a.indexOf(y.a))
  for (let i = 1; i < given.length; i++) {
    if (b.indexOf((given[i] as AlignedPair).b) < b.indexOf((given[i - 1] as AlignedPair).b)) {
      const written = (side: 'a' | 'b'): string =>
        [...given].sort((x, y) => (side === 'a' ? a.indexOf(x.a) - a.indexOf(y.a) : b.indexOf(x.b) - b.indexOf(y.b))).map((p) => p[side].written).join(' ')
      return `${written('a')} vs ${written('b')}`
    }
  }
  return null
}

/** Scores two normalised names. Order of arguments only changes how details are worded. */
export function scoreNames(first: NormalisedName, second: NormalisedName, options: NameScoreOptions = {}): NameScore {
  const familyWeight = options.familyNameWeight ?? DEFAULT_FAMILY_NAME_WEIGHT
  const weight = (t: NameToken): number => (t.isInitial ? INITIAL_WEIGHT : t.role === 'family' ? familyWeight : 1)
  const pairWeight = (p: AlignedPair): number => Math.max(weight(p.a), weight(p.b))

  const setAside = [...first.setAside, ...second.setAside]
  const aside: MatchFeature[] =
    setAside.length > 0
      ? [{ code: 'name-particle-ignored', contribution: 0, detail: `${setAside.join(', ')} set aside (particles or titles)` }]
      : []
  if (first.tokens.length === 0 || second.tokens.length === 0) {
    return { score: 0, features: [{ code: 'name-empty', contribution: 0, detail: 'a name has nothing comparable in Latin or Cyrillic letters' }, ...aside] }
  }

  const a = joinCompounds(first.tokens, second.tokens)
  const b = joinCompounds(second.tokens, a)
  const matched = align(a, b, MATCH_FLOOR)
  const leftA = a.filter((t) => !matched.some((p) => p.a === t))
  const leftB = b.filter((t) => !matched.some((p) => p.b === t))
  const conflicts = align(leftA, leftB, Number.NEGATIVE_INFINITY)
  const missing = [...leftA, ...leftB].filter((t) => !conflicts.some((p) => p.a === t || p.b === t))

  const firstGiven = new Set([a.find((t) => t.role === 'given'), b.find((t) => t.role === 'given')])
  const missingWeight = (t: NameToken): number =>
    firstGiven.has(t) && !t.isInitial ? FIRST_GIVEN_NAME_MISSING_WEIGHT * weight(t) : MISSING_PART_WEIGHT * weight(t)
  const denominator =
    matched.reduce((sum, p) => sum + pairWeight(p), 0) +
    conflicts.reduce((sum, p) => sum + pairWeight(p), 0) +
    missing.reduce((sum, t) => sum + missingWeight(t), 0)
  const share = (w: number): string => `weight ${w.toFixed(2)} of ${denominator.toFixed(2)}`

  const features: MatchFeature[] = []
  for (const p of matched) {
    features.push({
      code: `${roleCode(p.a, p.b)}-${p.similarity.kind}`,
      contribution: (pairWeight(p) * p.similarity.score) / denominator,
      detail: `${p.similarity.detail}, ${share(pairWeight(p))}`,
    })
  }
  for (const p of conflicts) {
    features.push({
      code: `${roleCode(p.a, p.b)}-mismatch`,
      contribution: 0,
      detail: `${p.similarity.detail}: not the same name part, no credit (${share(pairWeight(p))})`,
    })
  }
  for (const t of missing) {
    features.push({
      code: `${roleCode(t, null)}-missing`,
      contribution: 0,
      detail: `${t.written} appears in one name only${firstGiven.has(t) ? ' and is the first given name' : ''}, no credit (${share(missingWeight(t))})`,
    })
  }

  let score = features.reduce((sum, f) => sum + f.contribution, 0)
  if (matched.length === 1 && Math.max(a.length, b.length) >= 2 && score > SINGLE_PART_CAP) {
    features.push({
      code: 'name-single-part',
      contribution: SINGLE_PART_CAP - score,
      detail: `only one name part matches; capped at ${SINGLE_PART_CAP}`,
    })
    score = SINGLE_PART_CAP
  }
  const swapped = matched.find((p) => p.a.role !== 'unknown' && p.b.role !== 'unknown' && p.a.role !== p.b.role)
  if (swapped !== undefined) {
    features.push({
      code: 'name-order-swapped',
      contribution: -ORDER_SWAP_PENALTY,
      detail: `${swapped.a.written} is a ${swapped.a.role} name on one side and a ${swapped.b.role} name on the other`,
    })
    score -= ORDER_SWAP_PENALTY
  }
  const reordered = reorderedGivenNames(matched, a, b)
  if (reordered !== null) {
    features.push({
      code: 'given-names-reordered',
      contribution: -GIVEN_NAMES_REORDERED_PENALTY,
      detail: `given names in a different order: ${reordered}`,
    })
    score -= GIVEN_NAMES_REORDERED_PENALTY
  }
  return { score: Math.min(1, Math.max(0, score)), features: [...features, ...aside] }
}

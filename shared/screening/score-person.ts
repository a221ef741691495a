// A traveller against one listed person: the best of the person's names (primary and aliases),
// then birth date, nationality and sex as qualifiers. Scores are 0..1 and every contribution is a
// MatchFeature the officer can read; the contributions add up to the score (before clamping).
import { BIRTH_DATE_CONTRIBUTIONS, compareBirthDates } from './birth-date'
import { normaliseName, normalisePersonName, type NormalisedName } from './normalise-name'
import { compareNationality, compareSex, QUALIFIER_CONTRIBUTIONS } from './person-qualifiers'
import { nameScoreOf, scoreNames } from './score-name'
import type { ListedPerson, MatchFeature, NameScore, PersonMatch, PersonQuery, ScoreOptions } from './types'

/**
 * At or above this a candidate is a match to show the officer. Chosen on
 * resources/screening/name-pairs.csv (pair-quality.test.ts): F1 is best and flat from 0.78 to
 * 0.85 (now precision 99.2%, recall 100% at 0.8); 0.8 sits at the low end of that plateau because
 * a missed listed person costs more than an officer's second look. yente's 0.7 costs 3 more false
 * positives on that set. The last held-out set agrees: recall falls above 0.8, precision barely
 * moves below it. Only names are scored there: qualifiers move a person's score by −0.5..+0.15
 * around it.
 */
export const DEFAULT_PERSON_THRESHOLD = 0.8

/**
 * Below this name score, positive qualifiers are not counted: a shared birth date, nationality or
 * sex must never be what makes a match.
 */
export const QUALIFIER_NAME_FLOOR = 0.6

/**
 * Name-only score for two names written 'SURNAME, Given Names' or as free text. Symmetric:
 * the arguments are put in a fixed order before scoring.
 */
export function scorePersonName(a: string, b: string, options: ScoreOptions = {}): NameScore {
  const [first, second] = a <= b ? [a, b] : [b, a]
  return scoreNames(normaliseName(first), normaliseName(second), options)
}

function qualifierFeatures(query: PersonQuery, person: ListedPerson, nameScore: number): MatchFeature[] {
  const qualifiers = [
    compareBirthDates(query.birthDate, person.birthDate),
    compareNationality(query.nationality, person.nationalities),
    compareSex(query.sex, person.sex),
  ]
  // A loop rather than .map with an arrow: no closure per candidate (this runs for every one).
  for (let i = 0; i < qualifiers.length; i++) {
    const q = qualifiers[i] as MatchFeature
    if (q.contribution > 0 && nameScore < QUALIFIER_NAME_FLOOR) {
      qualifiers[i] = { ...q, contribution: 0, detail: `${q.detail} (not counted: the names are too different)` }
    }
  }
  return qualifiers
}

export function scorePerson(query: PersonQuery, person: ListedPerson, options: ScoreOptions = {}): PersonMatch {
  return scorePersonAs(normalisePersonName(query.surname, query.givenNames), query, person, options)
}

/** The most qualifiers can add to a name score (same birth date, nationality and sex). */
export const MAX_QUALIFIER_GAIN = BIRTH_DATE_CONTRIBUTIONS.exact + QUALIFIER_CONTRIBUTIONS.nationalityMatch + QUALIFIER_CONTRIBUTIONS.sexMatch

/**
 * The best score of the person's names against the traveller's (primary name first; the first of
 * equal scores wins), without wording anything. `scored` (one map per traveller) keeps each
 * listed name's score: namesakes and shared aliases repeat among one traveller's candidates.
 */
export function bestNameOf(queryName: NormalisedName, person: ListedPerson, options: ScoreOptions = {}, scored?: Map<string, number>): { index: number; score: number } | null {
  let best: { index: number; score: number } | null = null
  for (let index = 0; index < person.names.length; index++) {
    const name = person.names[index] as string
    let score = scored?.get(name)
    if (score === undefined) {
      score = nameScoreOf(queryName, normaliseName(name), options)
      scored?.set(name, score)
    }
    if (best === null || score > best.score) best = { index, score }
  }
  return best
}

/**
 * scorePerson with the traveller's name normalised once by the caller, for screening one traveller
 * against many candidates; `scored` as in bestNameOf.
 */
export function scorePersonAs(queryName: NormalisedName, query: PersonQuery, person: ListedPerson, options: ScoreOptions = {}, scored?: Map<string, number>): PersonMatch {
  const best = bestNameOf(queryName, person, options, scored)
  if (best === null) {
    return { person, score: 0, matchedName: '', features: [{ code: 'name-none-listed', contribution: 0, detail: 'the listed person has no name' }] }
  }
  // Only the chosen name is worded: its score is the one bestNameOf compared (same computation).
  const name = person.names[best.index] as string
  const chosen = { name, index: best.index, result: scoreNames(queryName, normaliseName(name), options) }

  const features: MatchFeature[] = [...chosen.result.features]
  if (person.names.length > 1) {
    features.unshift({
      code: chosen.index === 0 ? 'name-primary' : 'name-alias',
      contribution: 0,
      detail: `best of ${person.names.length} listed names: ${chosen.index === 0 ? 'the primary name' : `alias ${chosen.index}`} "${chosen.name}"`,
    })
  }
  const qualifiers = options.useQualifiers === false ? [] : qualifierFeatures(query, person, chosen.result.score)
  features.push(...qualifiers)
  let total = chosen.result.score
  for (const q of qualifiers) total += q.contribution // in order, as the former reduce
  return { person, score: Math.min(1, Math.max(0, total)), matchedName: chosen.name, features }
}

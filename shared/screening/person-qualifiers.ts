// Nationality and sex as qualifiers: they confirm or contradict a name match but never make one.
// A mismatch counts only when both sides state a value (nomenklatura's country_mismatch rule):
// lists are often silent, and silence is not evidence.
import type { MatchFeature } from './types'

export const QUALIFIER_CONTRIBUTIONS = {
  nationalityMatch: 0.03,
  nationalityMismatch: -0.15,
  sexMatch: 0.02,
  sexMismatch: -0.15,
} as const

/** ICAO codes that name the same state as an ISO code: D is Germany; the British classes are the UK. */
const SAME_STATE: Readonly<Record<string, string>> = {
  D: 'DEU',
  GBD: 'GBR',
  GBN: 'GBR',
  GBO: 'GBR',
  GBP: 'GBR',
  GBS: 'GBR',
}

/** 'D<<' → 'DEU', 'gbd' → 'GBR'; '' when nothing is left. */
export function normaliseNationality(code: string): string {
  const letters = code.toUpperCase().replace(/[^A-Z]/g, '')
  return SAME_STATE[letters] ?? letters
}

export function compareNationality(query: string | null, listed: readonly string[]): MatchFeature {
  const q = normaliseNationality(query ?? '')
  // Distinct non-empty codes in first-seen order (what [...new Set(filtered)] gave), without the
  // intermediate arrays and Set: a person lists one to three nationalities.
  const l: string[] = []
  for (const code of listed) {
    const c = normaliseNationality(code)
    if (c !== '' && !l.includes(c)) l.push(c)
  }
  if (q === '' || l.length === 0) {
    return { code: 'nationality-unknown', contribution: 0, detail: `nationality not compared (${q === '' ? 'traveller' : 'list'} has none)` }
  }
  if (l.includes(q)) {
    return { code: 'nationality-match', contribution: QUALIFIER_CONTRIBUTIONS.nationalityMatch, detail: `nationality ${q} is listed` }
  }
  return {
    code: 'nationality-mismatch',
    contribution: QUALIFIER_CONTRIBUTIONS.nationalityMismatch,
    detail: `nationality ${q}; list has ${l.join(', ')}`,
  }
}

function normaliseSex(value: string | null): 'M' | 'F' | null {
  const v = value?.trim().toUpperCase() ?? ''
  if (v === 'M' || v === 'MALE') return 'M'
  if (v === 'F' || v === 'FEMALE') return 'F'
  return null // 'X', '<', unspecified
}

export function compareSex(query: string | null, listed: 'M' | 'F' | null): MatchFeature {
  const q = normaliseSex(query)
  if (q === null || listed === null) {
    return { code: 'sex-unknown', contribution: 0, detail: `sex not compared (${q === null ? 'traveller' : 'list'} has none or X)` }
  }
  if (q === listed) return { code: 'sex-match', contribution: QUALIFIER_CONTRIBUTIONS.sexMatch, detail: `same sex ${q}` }
  return { code: 'sex-mismatch', contribution: QUALIFIER_CONTRIBUTIONS.sexMismatch, detail: `sex ${q}; list has ${listed}` }
}

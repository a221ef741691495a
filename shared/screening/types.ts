// The shapes screening works with, shared by the list store (electron/services/screening)
// and the pure matching logic (this folder).

/** A person as an alert list holds them. */
export interface ListedPerson {
  listId: string
  recordId: string
  /** Primary name first, then aliases, as written in the source. */
  names: string[]
  /** Possibly partial: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  birthDate: string | null
  /** ISO 3166 alpha-3 / ICAO codes. */
  nationalities: string[]
  sex: 'M' | 'F' | null
  reason: string
  /** e.g. INTERPOL red notice, national wanted, flagged. */
  noticeType: string | null
  photoRef: string | null
}

/** A traveller as the document presents them. */
export interface PersonQuery {
  surname: string
  givenNames: string
  /** ISO YYYY-MM-DD or null. */
  birthDate: string | null
  nationality: string | null
  sex: string | null
}

/** One reason a score is what it is; the officer sees these. */
export interface MatchFeature {
  /** Stable code the UI translates, e.g. `family-name`, `birth-date-exact`, `nationality-mismatch`. */
  code: string
  /** Contribution to the score (may be negative). */
  contribution: number
  /** Human-readable detail in English for logs and the CLI, e.g. "MOHAMMED ~ MUHAMMAD (spelling family)". */
  detail: string
}

export interface PersonMatch {
  person: ListedPerson
  /** 0..1 */
  score: number
  /** The list name (primary or alias) that matched best. */
  matchedName: string
  features: MatchFeature[]
}

/** A name-only comparison: the score and every reason behind it. */
export interface NameScore {
  /** 0..1 */
  score: number
  features: MatchFeature[]
}

/** Tuning for scorePerson; every field is optional and has a documented default. */
export interface ScoreOptions {
  /** Weight of a family-name part relative to a given name (default 1.3). */
  familyNameWeight?: number
  /** Let birth date, nationality and sex raise or lower the score (default true). */
  useQualifiers?: boolean
}

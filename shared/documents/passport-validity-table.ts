// Longest validity an issuer gives a passport, per ISO alpha-3 issuer. Used by 'validity-too-long':
// the issue date is not in the MRZ, so the check is "expiry lies further ahead than the maximum
// validity allows from today". Only issuers we are confident about are listed; all others get
// the default. Minors: when the holder is younger than `underAge` today, the passport was issued
// to a minor, so the minor maximum applies (the largest of the issuer's minor tiers).

export interface PassportValidityRule {
  /** ISO 3166-1 alpha-3 of the issuing state ('DEU' for Germany's 'D'). */
  issuer: string
  adultYears: number
  minor?: { underAge: number; years: number }
}

/** Doc 9303 sets no maximum; ten years is the common ceiling (reference §5.2, Arg0s check_expiry). */
export const DEFAULT_PASSPORT_VALIDITY_YEARS = 10

export const PASSPORT_VALIDITY_RULES: readonly PassportValidityRule[] = [
  { issuer: 'AUS', adultYears: 10, minor: { underAge: 16, years: 5 } },
  { issuer: 'AUT', adultYears: 10, minor: { underAge: 12, years: 5 } },
  { issuer: 'BEL', adultYears: 7, minor: { underAge: 18, years: 5 } },
  { issuer: 'CAN', adultYears: 10, minor: { underAge: 16, years: 5 } },
  { issuer: 'CHE', adultYears: 10, minor: { underAge: 18, years: 5 } },
  { issuer: 'CHN', adultYears: 10, minor: { underAge: 16, years: 5 } },
  { issuer: 'DEU', adultYears: 10, minor: { underAge: 24, years: 6 } }, // Passgesetz: under 24 → 6 years
  { issuer: 'ESP', adultYears: 10, minor: { underAge: 30, years: 5 } }, // under 30 → 5 years
  { issuer: 'FRA', adultYears: 10, minor: { underAge: 18, years: 5 } },
  { issuer: 'GBR', adultYears: 10, minor: { underAge: 16, years: 5 } },
  { issuer: 'IND', adultYears: 10, minor: { underAge: 18, years: 5 } },
  { issuer: 'IRL', adultYears: 10, minor: { underAge: 18, years: 5 } },
  { issuer: 'ITA', adultYears: 10, minor: { underAge: 18, years: 5 } },
  { issuer: 'JPN', adultYears: 10, minor: { underAge: 18, years: 5 } },
  { issuer: 'NLD', adultYears: 10, minor: { underAge: 18, years: 5 } },
  { issuer: 'NZL', adultYears: 10, minor: { underAge: 16, years: 5 } },
  { issuer: 'POL', adultYears: 10, minor: { underAge: 13, years: 5 } },
  { issuer: 'USA', adultYears: 10, minor: { underAge: 16, years: 5 } },
]

// Document-number formats per issuer and document code (reference §5.6). A mismatch is a warning,
// never a hit: series change and this table only lists what we are confident about.
// `issuer` is the ISO alpha-3 of the state ('DEU' for Germany's 'D'); `documentCodes` are exact MRZ
// document codes with fillers removed ('P' for 'P<', 'I' for 'I<'), so a pattern for ordinary
// passports never judges diplomatic ('PD') or other documents.

export interface DocumentNumberPattern {
  issuer: string
  documentCodes: readonly string[]
  /** Tested against the whole number as the parser gives it (no check digit, TD1 overflow reassembled). */
  pattern: RegExp
  /** Where the format comes from, and how sure we are. */
  source: string
}

export const DOCUMENT_NUMBER_PATTERNS: readonly DocumentNumberPattern[] = [
  {
    issuer: 'AUT',
    documentCodes: ['ID'],
    pattern: /^[0-9]{9}$/,
    source:
      'reference §5.6 (Rust mrz-parser: line 1 from column 6 matches [0-9]{10}, i.e. 9 digits + check digit); not verified',
  },
  {
    issuer: 'AUT',
    documentCodes: ['P'],
    pattern: /^[A-Z][0-9]{7}$/,
    source: 'one letter + 7 digits; fairly sure',
  },
  {
    issuer: 'BEL',
    documentCodes: ['ID'],
    pattern: /^[0-9]{12}$/,
    source:
      'reference §1.2 Belgian vector 600001795015 (12-digit eID number, TD1 overflow); the mrz-parser pattern quoted in §5.6 contradicts it',
  },
  {
    issuer: 'BEL',
    documentCodes: ['P'],
    pattern: /^[A-Z]{2}[0-9]{6}$/,
    source: 'two letters + 6 digits; fairly sure',
  },
  {
    issuer: 'BGR',
    documentCodes: ['ID'],
    pattern: /^([0-9]{9}|[A-Z]{2}[0-9]{7})$/,
    source:
      'reference §5.6 (mrz-parser: 9 digits + check digit); the two-letter form for cards issued since 2024 is assumed',
  },
  {
    issuer: 'CAN',
    documentCodes: ['P'],
    pattern: /^[A-Z]{2}[0-9]{6}$/,
    source: 'two letters + 6 digits; sure',
  },
  {
    issuer: 'DEU',
    documentCodes: ['P', 'ID'],
    pattern: /^[CFGHJKLMNPRTVWXYZ0-9]{9}$/,
    source: 'nine characters, digits and consonants without B, D, Q, S (specimens C01X00T47, C11T002JM); sure',
  },
  {
    issuer: 'FRA',
    documentCodes: ['P'],
    pattern: /^[0-9]{2}[A-Z]{2}[0-9]{5}$/,
    source: '2 digits + 2 letters + 5 digits; sure',
  },
  {
    issuer: 'GBR',
    documentCodes: ['P'],
    pattern: /^[0-9]{9}$/,
    source: '9 digits; sure',
  },
  {
    issuer: 'IND',
    documentCodes: ['P'],
    pattern: /^[A-Z][0-9]{7}$/,
    source: 'one letter + 7 digits; sure',
  },
  {
    issuer: 'ITA',
    documentCodes: ['P'],
    pattern: /^[A-Z]{2}[0-9]{7}$/,
    source: 'two letters + 7 digits; sure',
  },
  {
    issuer: 'NLD',
    documentCodes: ['P', 'I'],
    pattern: /^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$/,
    source: 'since 2014: 2 letters, 6 letters or digits, 1 digit, never the letter O; sure',
  },
  {
    issuer: 'POL',
    documentCodes: ['P'],
    pattern: /^[A-Z]{2}[0-9]{7}$/,
    source: 'two letters + 7 digits; sure',
  },
  {
    issuer: 'POL',
    documentCodes: ['ID'],
    pattern: /^[A-Z]{3}[0-9]{6}$/,
    source: 'three letters + 6 digits; sure',
  },
  {
    issuer: 'USA',
    documentCodes: ['P'],
    pattern: /^([0-9]{9}|[A-Z][0-9]{8})$/,
    source: '9 digits, or a letter + 8 digits since 2021; sure',
  },
]

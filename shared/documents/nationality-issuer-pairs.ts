// Issuer/nationality pairs that differ by design on ordinary passports, so
// 'nationality-differs-from-issuer' stays quiet for them. British variants (GBN… vs GBR) and
// Germany's D vs DEU are handled by the state table (isoStateOfCode), not here.

export const EXPECTED_ISSUER_NATIONALITY_PAIRS: ReadonlyArray<{ issuer: string; nationality: string }> = [
  { issuer: 'HKG', nationality: 'CHN' }, // Hong Kong SAR passports: Chinese nationality
  { issuer: 'MAC', nationality: 'CHN' }, // Macao SAR passports: Chinese nationality
]

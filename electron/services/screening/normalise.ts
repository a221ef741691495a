// Screening v0 compares normalised keys exactly. Fuzzy names, transliteration
// and OCR-confusion candidates come with the screening issue.

/** Document numbers: upper case, letters and digits only (MRZ fillers, spaces, dashes dropped). */
export function documentNumberKey(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** Issuer codes: `D<<` and `D` are Germany; fillers dropped. */
export function issuerKey(code: string): string {
  return code.toUpperCase().replace(/[^A-Z]/g, '')
}

/** Names: diacritics removed, upper case, any run of non-letters is one space. */
export function nameKey(surname: string, givenNames: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toUpperCase()
      .replace(/[^A-Z]+/g, ' ')
      .trim()
  return `${clean(surname)}|${clean(givenNames)}`
}

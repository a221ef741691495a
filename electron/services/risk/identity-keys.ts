// How the risk history recognises the same document and the same person across
// crossings: exact keys after light normalisation (fuzzy identity is the alert
// lists' job, not the risk profiles').
export { documentNumberKey, issuerKey } from '../../../shared/screening/document-candidates'

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

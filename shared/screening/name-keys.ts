// Retrieval keys for a name: the list store indexes every listed name under these keys and looks
// a traveller up by the same keys, so candidate retrieval is an indexed SQL lookup. Recall matters
// here; precision comes from scoring (score-person.ts).
//
// Per significant name part (particles, titles and initials excluded):
// - `p:` its phonetic code (phonetic-code.ts), and the codes of its other spellings (transliteration
//   variants, particle-joined VANDERBERG, glued-article-free ZAHRANI) when they differ;
// - `f:` its spelling-family key (name-families.ts) when the name is in the table, which bridges
//   spellings the phonetic code splits (IBRAHIM / IBRAGIM, ELENA / YELENA, MEHMET / MAGOMED);
// - for a given-name nickname (nicknames.ts), the keys of the formal names it stands for.
// Keys ignore roles and order, so swapped names and missing middle names still share the keys of
// the parts they have in common; a typo changes the key of one part only, so any other part still
// meets. What is NOT covered: a name whose every part is misspelled, or a single-part name with a
// typo in a consonant.
//
// Size/recall trade-off: about 2–4 keys per part, capped at MAX_NAME_KEYS (family-name parts
// first). Per-part keys are not selective for common names (p:MHMT holds every Mohammed and
// Mahmoud), so the store should rank candidates by the number of keys they share and score the
// top ones; adding per-part typo keys (deletion neighbourhoods) would multiply the index ~8×
// for the rare case of every part misspelled.
import { normaliseName, type NameToken } from './normalise-name'
import { phoneticCode } from './phonetic-code'

export const MAX_NAME_KEYS = 12

function keysOfToken(token: NameToken): string[] {
  const keys = new Set<string>()
  for (const spelling of [token.text, ...token.alternatives, ...token.joinedForms]) {
    const code = phoneticCode(spelling)
    if (code !== '') keys.add(`p:${code}`)
  }
  if (token.familyKey !== null) keys.add(`f:${token.familyKey}`)
  // A nickname meets its formal names (SASHA → the ALEKSANDR family), in both directions: a
  // family identity is the f: key the formal name has, a bare name its phonetic code.
  if (token.role !== 'family') {
    for (const identity of token.nicknameOf) {
      if (identity.startsWith('=')) {
        const code = phoneticCode(identity.slice(1))
        if (code !== '') keys.add(`p:${code}`)
      } else keys.add(`f:${identity}`)
    }
  }
  return [...keys]
}

/** Index keys of a name ('SURNAME, Given Names' or free text), family-name parts first, at most MAX_NAME_KEYS. */
export function nameIndexKeys(name: string): string[] {
  // Whole names are not memoised (an import indexes millions once each); their words are.
  const tokens = normaliseName(name).tokens.filter((t) => !t.isInitial)
  const ordered = [...tokens.filter((t) => t.role === 'family'), ...tokens.filter((t) => t.role !== 'family')]
  // Round-robin over parts so a long first part cannot use up the budget alone.
  const perToken = ordered.map(keysOfToken)
  const keys = new Set<string>()
  for (let round = 0; keys.size < MAX_NAME_KEYS && perToken.some((k) => k.length > round); round++) {
    for (const tokenKeys of perToken) {
      const key = tokenKeys[round]
      if (key !== undefined && keys.size < MAX_NAME_KEYS) keys.add(key)
    }
  }
  return [...keys]
}

// Nicknames (hypocoristics) of given names: SASHA for ALEKSANDR or ALEKSANDRA, PEPE for JOSE,
// BILL for WILLIAM. Lists and documents carry the formal name; a traveller, an informant's report
// or an alias list may carry the short one, and no spelling rule links them. The table
// (nickname-data.ts) says which formal names each nickname stands for; here each nickname gets
// the identities of those names: their spelling-family key when the name is in the families
// table, else the name itself, so SASHA meets ALEXANDER, ALEKSANDR and OLEKSANDR alike.
import { NICKNAMES } from './nickname-data'
import { spellingFamilyOf } from './name-families'

/** The identity a name part is compared by: its spelling family, else its own letters. */
export function nameIdentity(text: string, familyKey: string | null): string {
  return familyKey ?? `=${text}`
}

const NONE: readonly string[] = []

/** Identities of the formal names each nickname (MRZ letters) stands for, built once. */
const targetsByNickname: ReadonlyMap<string, readonly string[]> = (() => {
  const targets = new Map<string, Set<string>>()
  for (const { nickname, fullNames } of NICKNAMES) {
    const set = targets.get(nickname) ?? new Set<string>()
    for (const full of fullNames) set.add(nameIdentity(full, spellingFamilyOf(full)))
    targets.set(nickname, set)
  }
  return new Map([...targets].map(([nickname, set]) => [nickname, [...set]]))
})()

/** The identities of the formal names `text` is a nickname of (none for most names). */
export function nicknameTargets(text: string): readonly string[] {
  return targetsByNickname.get(text) ?? NONE
}

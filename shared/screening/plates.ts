// Licence plates as read by an ANPR camera or typed by an officer against listed plates (stolen
// vehicles, wanted persons' cars). Plates carry no check digit, so the usual errors get through:
// look-alike characters (O/0, I/1, B/8, S/5, Z/2) and one character missed, added or misread.

/** Look-alike letters folded onto the digit they are confused with. */
export const PLATE_CONFUSIONS: Readonly<Record<string, string>> = { O: '0', I: '1', B: '8', S: '5', Z: '2' }

export type PlateMatchKind = 'exact' | 'confusable' | 'one-edit' | 'none'

export interface PlateMatch {
  match: PlateMatchKind
  detail: string
}

/** Upper case, diacritics removed, letters and digits only: 'b-ab 123' → 'BAB123'. */
export function normalisePlate(plate: string): string {
  return plate.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** The normalised plate with look-alike letters folded onto digits: 'BO 5123' → '805123'. */
export function foldPlateConfusions(plate: string): string {
  return [...normalisePlate(plate)].map((c) => PLATE_CONFUSIONS[c] ?? c).join('')
}

/** Position-by-position look-alike swaps between two equal-length plates, for the explanation. */
function lookAlikeSwaps(read: string, listed: string): string {
  const swaps: string[] = []
  for (let i = 0; i < read.length; i++) {
    if (read[i] !== listed[i]) swaps.push(`${read[i]} for ${listed[i]} at ${i + 1}`)
  }
  return swaps.join(', ')
}

/** The single substitution, insertion or deletion turning `read` into `listed`, or null. */
function oneEdit(read: string, listed: string): string | null {
  if (Math.abs(read.length - listed.length) > 1) return null
  let i = 0
  while (i < read.length && i < listed.length && read[i] === listed[i]) i++
  if (read.length === listed.length) {
    return read.slice(i + 1) === listed.slice(i + 1) ? `${read[i]} read for ${listed[i]} at ${i + 1}` : null
  }
  if (read.length > listed.length) {
    return read.slice(i + 1) === listed.slice(i) ? `extra ${read[i]} read at ${i + 1}` : null
  }
  return read.slice(i) === listed.slice(i + 1) ? `${listed[i]} missing at ${i + 1}` : null
}

/** Compares a read plate with a listed one: exact, look-alike characters only, or one edit apart (after folding). */
export function matchPlate(read: string, listed: string): PlateMatch {
  const r = normalisePlate(read)
  const l = normalisePlate(listed)
  if (r === '' || l === '') return { match: 'none', detail: 'empty plate' }
  if (r === l) return { match: 'exact', detail: `same plate ${l}` }
  const fr = foldPlateConfusions(r)
  const fl = foldPlateConfusions(l)
  if (fr === fl) return { match: 'confusable', detail: `${r} vs ${l}: look-alike characters (${lookAlikeSwaps(r, l)})` }
  const edit = oneEdit(fr, fl)
  if (edit !== null) return { match: 'one-edit', detail: `${r} vs ${l}: one character apart (${edit}, look-alikes folded)` }
  return { match: 'none', detail: `${r} vs ${l}: different plates` }
}

/**
 * Index keys: the folded plate and every one-character deletion of it, in one key space. Two
 * plates one substitution, insertion or deletion apart (after folding) always share a key
 * (symmetric deletion neighbourhood); an 8-character plate gives at most 9 keys.
 */
export function plateIndexKeys(plate: string): string[] {
  const folded = foldPlateConfusions(plate)
  if (folded === '') return []
  const keys = new Set([`plate:${folded}`])
  for (let i = 0; i < folded.length; i++) keys.add(`plate:${folded.slice(0, i)}${folded.slice(i + 1)}`)
  return [...keys]
}

// Normalised keys the list files are indexed by. Lookups normalise their input with the same
// functions, so a list record and a presented document meet on equal keys. The key functions
// themselves belong to the matching logic in shared/screening; every list file records a
// fingerprint of the ones it was built with, so a file indexed with an older version of them is
// recognised (status: staleKeys) and re-keyed (rebuildKeys, or the next delta).
import { documentConfusionKey, documentNumberKey, issuerKey } from '../../../../shared/screening/document-candidates'
import { nameIndexKeys } from '../../../../shared/screening/name-keys'
import { normalisePlate, plateIndexKeys } from '../../../../shared/screening/plates'
import { countryCode } from './country-codes'
import type { KeyFunctions } from './list-file'
import type { ListKind } from './types'

export { documentConfusionKey, documentNumberKey, nameIndexKeys, normalisePlate, plateIndexKeys }

/** The key functions lists are built and searched with. */
export const KEY_FUNCTIONS: KeyFunctions = { confusion: documentConfusionKey, name: nameIndexKeys, plate: plateIndexKeys }

/** Issuing state: upper-case ICAO/ISO alpha-3; `D`/`D<<` → DEU, alpha-2 converted. '' when unknown. */
export function documentIssuerKey(issuer: string | null | undefined): string {
  if (!issuer) return ''
  const letters = issuerKey(issuer)
  return countryCode(letters) ?? letters
}

const TYPE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/PASS|PASAPORTE|PASSAPORTO|PASZPORT/, 'P'],
  [/VISA|VISUM/, 'V'],
  [/IDENT|^ID|CARD|CARTE|AUSWEIS|^CNI$|NATIONALID/, 'I'],
]

/**
 * Document type class: P passport, I identity card (ICAO TD1 first letters A, C and I), V visa,
 * another ICAO first letter as is, '' unknown. Lists write `P`, `PP`, `ID`, `passport`,
 * `national ID card`…; the MRZ writes its document code.
 */
export function documentTypeKey(type: string | null | undefined): string {
  if (!type) return ''
  const t = type.toUpperCase().replace(/[^A-Z]/g, '')
  if (t === '') return ''
  if (t.length <= 2) {
    const first = t[0]!
    return first === 'A' || first === 'C' ? 'I' : first
  }
  for (const [re, key] of TYPE_WORDS) if (re.test(t)) return key
  return ''
}

/** VIN: upper case, letters and digits only. */
export function vinKey(vin: string): string {
  return vin.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** FNV-1a over a probe run, so a file built with another key function is recognised. */
function fingerprint(values: readonly string[]): string {
  let h = 0x811c9dc5
  for (const v of values) {
    for (let i = 0; i < v.length; i++) {
      h ^= v.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
    h ^= 0x1f
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

const CONFUSION_PROBES = ['ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'O0I1L1B8S5Z2G6Q0D0U0V0', 'C7X9PL220', 'TR0044187']
const NAME_PROBES = [
  'HOXHA, Arben',
  'Dragan Kovačević',
  'MOHAMMED bin Salman AL-SAUD',
  "O'Neill-Smith, Mary Ann",
  'Ivan Ivanovich PETROV',
  'Иван Петров',
  'Zhang Wei',
  'AL BEN ALI, Isa Ben Tarif',
  'Jean-Luc Müller Schäfer',
  'ABDUL RAHMAN, Yelena',
  'X',
]
const PLATE_PROBES = ['B-AB 123', 'BO 5123', 'ZG 1234-IS', 'KA12 ODS', 'W-12345X']

/** Fingerprint of the key function a list of this kind is indexed with. */
export function keysFingerprint(kind: ListKind, fns: KeyFunctions = KEY_FUNCTIONS): string {
  if (kind === 'documents') return fingerprint(CONFUSION_PROBES.map(fns.confusion))
  const fn = kind === 'persons' ? fns.name : fns.plate
  return fingerprint((kind === 'persons' ? NAME_PROBES : PLATE_PROBES).flatMap((n) => [...fn(n)].sort().concat('|')))
}

// Printed name (typed by the officer from the data page) against the MRZ name. Both sides are
// brought to MRZ form; the printed side may be spelled any plausible way (name-variants.ts).
import { nameSegments, segmentForms, type NameSegment } from './name-segments'
import { matchesSomeSpelling } from './segment-matcher'

/** A name as one string ('MÜLLER, Hans', 'MUELLER<<HANS', 'Hans Müller') or as its two parts. */
export type NameInput = string | { surname: string; givenNames: string }

export interface NameComparison {
  match: 'exact' | 'variant' | 'different'
  /** For 'variant': the MRZ name the printed name matched, as written ('MULLER<<HANS'). */
  variant?: string
  /** For 'variant': the MRZ name stops part-way because the name field was full. */
  truncated?: boolean
}

/** Name field lengths of TD1 (30), TD2/MRV-B (31) and TD3/MRV-A (39): a name this long may be cut. */
const FULL_NAME_FIELD_LENGTHS: readonly number[] = [30, 31, 39]

interface NameParts {
  surname: string
  givenNames: string
}

/** Surname and given names if the input says which is which, else null (a plain list of words). */
function splitName(name: NameInput): NameParts | null {
  if (typeof name !== 'string') return name
  for (const separator of ['<<', ',']) {
    const at = name.indexOf(separator)
    if (at !== -1) return { surname: name.slice(0, at), givenNames: name.slice(at + separator.length) }
  }
  // An MRZ-form name without '<<' is a primary identifier only (Doc 9303 Part 3 §4.6).
  if (name.includes('<') || !/\s/.test(name.trim())) return { surname: name, givenNames: '' }
  return null
}

function boundarySegment(boundary: string): NameSegment {
  return { standard: boundary, optional: boundary, alternatives: [] }
}

/** Segments of the whole name; the surname/given-names boundary is '<<', or '<' when not compared. */
function fullNameSegments(parts: NameParts, keepBoundary: boolean): NameSegment[] {
  const surname = nameSegments(parts.surname)
  const givenNames = nameSegments(parts.givenNames)
  if (givenNames.length === 0) return surname
  return [...surname, boundarySegment(keepBoundary ? '<<' : '<'), ...givenNames]
}

/** MRZ form of a name with the surname/given-names boundary as '<<' (or '<' when flattened). */
function mrzForm(parts: NameParts, keepBoundary: boolean): string {
  return fullNameSegments(parts, keepBoundary)
    .map((segment) => segment.standard)
    .join('')
    .replace(/<+$/, '')
}

/**
 * Words typed given-names-first ('Hans Peter Müller') moved into MRZ order (surname first),
 * taking as many trailing words as the MRZ surname has. Null when that changes nothing.
 */
function surnameFirst(printed: NameSegment[], mrzSurname: string): NameSegment[] | null {
  const words: NameSegment[][] = [[]]
  for (const segment of printed) {
    if (segment.standard === '<') words.push([])
    else words[words.length - 1]?.push(segment)
  }
  const surnameWords = mrzSurname.split('<').filter((word) => word !== '').length
  if (surnameWords === 0 || words.length <= surnameWords) return null
  const reordered = [...words.slice(-surnameWords), ...words.slice(0, -surnameWords)]
  return reordered.flatMap((word, index) => (index === 0 ? word : [boundarySegment('<'), ...word]))
}

/**
 * 'exact': the Doc 9303 transliteration of the printed name is the MRZ name.
 * 'variant': another plausible spelling is (MÜLLER vs MULLER, UXX forms, national practice), the
 * words were typed given names first, or the MRZ is a full-length field that cut the name short.
 * The surname/given-names split is compared only when both sides state it (two parts, a comma,
 * or '<<'); otherwise the words are compared in order.
 */
export function compareNameWithMrz(printedName: NameInput, mrzName: NameInput): NameComparison {
  const printedParts = splitName(printedName)
  const mrzParts = splitName(mrzName) ?? { surname: typeof mrzName === 'string' ? mrzName : '', givenNames: '' }
  const keepBoundary = printedParts !== null && splitName(mrzName) !== null
  const printed = fullNameSegments(printedParts ?? { surname: String(printedName), givenNames: '' }, keepBoundary)
  const mrz = mrzForm(mrzParts, keepBoundary)
  // Reported as written on the document, even when the comparison ignored the '<<' boundary.
  const mrzAsWritten = mrzForm(mrzParts, true)

  if (mrz === '' || printed.length === 0) return { match: 'different' }
  if (printed.map((segment) => segment.standard).join('') === mrz) return { match: 'exact' }

  const candidates = [printed]
  const reordered = printedParts === null ? surnameFirst(printed, mrzForm({ ...mrzParts, givenNames: '' }, true)) : null
  if (reordered !== null) candidates.push(reordered)

  for (const candidate of candidates) {
    if (matchesSomeSpelling(candidate.map(segmentForms), mrz, { allowTruncation: false })) {
      return { match: 'variant', variant: mrzAsWritten }
    }
  }
  if (!FULL_NAME_FIELD_LENGTHS.includes(mrzAsWritten.length)) return { match: 'different' }
  for (const candidate of candidates) {
    if (matchesSomeSpelling(candidate.map(segmentForms), mrz, { allowTruncation: true })) {
      return { match: 'variant', variant: mrzAsWritten, truncated: true }
    }
  }
  return { match: 'different' }
}

// Document numbers against listed (stolen, lost, revoked) documents. Exact keys find the listed
// document; confusion keys also find it when the reader or the officer mistook a look-alike
// character, as a lower-confidence candidate the officer confirms on the page.
//
// The confusion set: the six digit/letter pairs the MRZ reader already treats as look-alikes
// (shared/documents/ocr-lookalikes.ts: 0/O, 1/I, 2/Z, 5/S, 6/G, 8/B), plus Q and D, which in
// OCR-B on worn or glared pages lose the tail or the corners and read as O/0. Letter/letter pairs
// (U/V, M/N, C/G) are left out: they would merge too many unrelated numbers for the gain.
// Folding goes towards the digit, so a key is the same whichever side was misread.

export const DOCUMENT_OCR_CONFUSIONS: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  I: '1',
  Z: '2',
  S: '5',
  G: '6',
  B: '8',
}

export interface DocumentNumberDifference {
  /** 1-based position in the normalised number. */
  position: number
  /** The character read there ('' when the read number is shorter). */
  read: string
  /** The listed character there ('' when the listed number is shorter). */
  listed: string
}

export interface DocumentNumberComparison {
  match: 'exact' | 'ocr-confusable' | 'none'
  differences: DocumentNumberDifference[]
}

/** Upper case, letters and digits only (MRZ fillers, spaces, dashes dropped): 'c01x-00t47' → 'C01X00T47'. */
export function documentNumberKey(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** Issuing-state codes as keys: upper case, letters only (`D<<` → `D`, `bgr` → `BGR`). */
export function issuerKey(code: string): string {
  return code.toUpperCase().replace(/[^A-Z]/g, '')
}

/** documentNumberKey with look-alike letters folded onto digits: 'C0IX00T47' and 'C01X00T47' → 'C01X00T47'. */
export function documentConfusionKey(number: string): string {
  return [...documentNumberKey(number)].map((c) => DOCUMENT_OCR_CONFUSIONS[c] ?? c).join('')
}

function differencesOf(read: string, listed: string): DocumentNumberDifference[] {
  const differences: DocumentNumberDifference[] = []
  for (let i = 0; i < Math.max(read.length, listed.length); i++) {
    const r = read[i] ?? ''
    const l = listed[i] ?? ''
    if (r !== l) differences.push({ position: i + 1, read: r, listed: l })
  }
  return differences
}

/** Exact, differing only by OCR look-alikes (same length), or different; with the positions that differ. */
export function compareDocumentNumbers(read: string, listed: string): DocumentNumberComparison {
  const r = documentNumberKey(read)
  const l = documentNumberKey(listed)
  const differences = differencesOf(r, l)
  if (r !== '' && differences.length === 0) return { match: 'exact', differences }
  if (r !== '' && documentConfusionKey(r) === documentConfusionKey(l)) return { match: 'ocr-confusable', differences }
  return { match: 'none', differences }
}

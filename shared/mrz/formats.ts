// MRZ formats and their field layouts, kept as data so parser and builder share one source of truth.
// Columns are 0-based; the comments give the 1-based positions of Doc 9303 (reference §1.2).

/** MRV-A/MRV-B are the visa formats of Doc 9303 Part 7 (2×44 and 2×36, first letter 'V'). */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRV-A' | 'MRV-B'

export type MrzFieldName =
  | 'documentCode'
  | 'issuingState'
  | 'name'
  | 'documentNumber'
  | 'nationality'
  | 'birthDate'
  | 'sex'
  | 'expiryDate'
  | 'optionalData1'
  | 'optionalData2'
  | 'personalNumber'
  | 'composite'

/** What a field may contain; decides which content rule (and issue code) applies. */
export type MrzFieldKind = 'alpha' | 'numeric' | 'alnum' | 'date' | 'sex' | 'name' | 'code'

/** A run of characters on one line. */
export interface MrzRange {
  line: number
  start: number
  length: number
}

export interface MrzFieldLayout {
  name: Exclude<MrzFieldName, 'composite'>
  line: number
  start: number
  length: number
  /** Column of the field's own check digit, always on the same line in every format. */
  checkDigitColumn?: number
  kind: MrzFieldKind
}

export interface MrzCompositeLayout {
  /** Ranges covered by the composite check digit, in the order they are summed. */
  ranges: MrzRange[]
  line: number
  column: number
}

export interface MrzFormatLayout {
  format: MrzFormat
  lineCount: number
  lineLength: number
  fields: MrzFieldLayout[]
  /** null for visas: MRV-A/B have no composite check digit (reference §1.2). */
  composite: MrzCompositeLayout | null
}

const TD3_LAYOUT: MrzFormatLayout = {
  format: 'TD3',
  lineCount: 2,
  lineLength: 44,
  fields: [
    { name: 'documentCode', line: 0, start: 0, length: 2, kind: 'code' }, // L1 1–2
    { name: 'issuingState', line: 0, start: 2, length: 3, kind: 'alpha' }, // L1 3–5
    { name: 'name', line: 0, start: 5, length: 39, kind: 'name' }, // L1 6–44
    { name: 'documentNumber', line: 1, start: 0, length: 9, checkDigitColumn: 9, kind: 'alnum' }, // L2 1–9, 10
    { name: 'nationality', line: 1, start: 10, length: 3, kind: 'alpha' }, // L2 11–13
    { name: 'birthDate', line: 1, start: 13, length: 6, checkDigitColumn: 19, kind: 'date' }, // L2 14–19, 20
    { name: 'sex', line: 1, start: 20, length: 1, kind: 'sex' }, // L2 21
    { name: 'expiryDate', line: 1, start: 21, length: 6, checkDigitColumn: 27, kind: 'date' }, // L2 22–27, 28
    { name: 'personalNumber', line: 1, start: 28, length: 14, checkDigitColumn: 42, kind: 'alnum' }, // L2 29–42, 43
  ],
  // L2 44 over L2 1–10 + 14–20 + 22–43
  composite: {
    ranges: [
      { line: 1, start: 0, length: 10 },
      { line: 1, start: 13, length: 7 },
      { line: 1, start: 21, length: 22 },
    ],
    line: 1,
    column: 43,
  },
}

const TD2_LAYOUT: MrzFormatLayout = {
  format: 'TD2',
  lineCount: 2,
  lineLength: 36,
  fields: [
    { name: 'documentCode', line: 0, start: 0, length: 2, kind: 'code' }, // L1 1–2
    { name: 'issuingState', line: 0, start: 2, length: 3, kind: 'alpha' }, // L1 3–5
    { name: 'name', line: 0, start: 5, length: 31, kind: 'name' }, // L1 6–36
    { name: 'documentNumber', line: 1, start: 0, length: 9, checkDigitColumn: 9, kind: 'alnum' }, // L2 1–9, 10
    { name: 'nationality', line: 1, start: 10, length: 3, kind: 'alpha' }, // L2 11–13
    { name: 'birthDate', line: 1, start: 13, length: 6, checkDigitColumn: 19, kind: 'date' }, // L2 14–19, 20
    { name: 'sex', line: 1, start: 20, length: 1, kind: 'sex' }, // L2 21
    { name: 'expiryDate', line: 1, start: 21, length: 6, checkDigitColumn: 27, kind: 'date' }, // L2 22–27, 28
    { name: 'optionalData1', line: 1, start: 28, length: 7, kind: 'alnum' }, // L2 29–35
  ],
  // L2 36 over L2 1–10 + 14–20 + 22–35
  composite: {
    ranges: [
      { line: 1, start: 0, length: 10 },
      { line: 1, start: 13, length: 7 },
      { line: 1, start: 21, length: 14 },
    ],
    line: 1,
    column: 35,
  },
}

const TD1_LAYOUT: MrzFormatLayout = {
  format: 'TD1',
  lineCount: 3,
  lineLength: 30,
  fields: [
    { name: 'documentCode', line: 0, start: 0, length: 2, kind: 'code' }, // L1 1–2
    { name: 'issuingState', line: 0, start: 2, length: 3, kind: 'alpha' }, // L1 3–5
    // L1 6–14, 15. A '<' at 15 means the number overflows into optional data 1 (see td1-overflow.ts).
    { name: 'documentNumber', line: 0, start: 5, length: 9, checkDigitColumn: 14, kind: 'alnum' },
    { name: 'optionalData1', line: 0, start: 15, length: 15, kind: 'alnum' }, // L1 16–30
    { name: 'birthDate', line: 1, start: 0, length: 6, checkDigitColumn: 6, kind: 'date' }, // L2 1–6, 7
    { name: 'sex', line: 1, start: 7, length: 1, kind: 'sex' }, // L2 8
    { name: 'expiryDate', line: 1, start: 8, length: 6, checkDigitColumn: 14, kind: 'date' }, // L2 9–14, 15
    { name: 'nationality', line: 1, start: 15, length: 3, kind: 'alpha' }, // L2 16–18
    { name: 'optionalData2', line: 1, start: 18, length: 11, kind: 'alnum' }, // L2 19–29
    { name: 'name', line: 2, start: 0, length: 30, kind: 'name' }, // L3 1–30
  ],
  // L2 30 over L1 6–30 + L2 1–7 + L2 9–15 + L2 19–29
  composite: {
    ranges: [
      { line: 0, start: 5, length: 25 },
      { line: 1, start: 0, length: 7 },
      { line: 1, start: 8, length: 7 },
      { line: 1, start: 18, length: 11 },
    ],
    line: 1,
    column: 29,
  },
}

// Visas (Doc 9303 Part 7): line 2 matches TD3/TD2 up to position 28, then only optional data.
const MRV_A_LAYOUT: MrzFormatLayout = {
  format: 'MRV-A',
  lineCount: 2,
  lineLength: 44,
  fields: [
    { name: 'documentCode', line: 0, start: 0, length: 2, kind: 'code' }, // L1 1–2
    { name: 'issuingState', line: 0, start: 2, length: 3, kind: 'alpha' }, // L1 3–5
    { name: 'name', line: 0, start: 5, length: 39, kind: 'name' }, // L1 6–44
    { name: 'documentNumber', line: 1, start: 0, length: 9, checkDigitColumn: 9, kind: 'alnum' }, // L2 1–9, 10
    { name: 'nationality', line: 1, start: 10, length: 3, kind: 'alpha' }, // L2 11–13
    { name: 'birthDate', line: 1, start: 13, length: 6, checkDigitColumn: 19, kind: 'date' }, // L2 14–19, 20
    { name: 'sex', line: 1, start: 20, length: 1, kind: 'sex' }, // L2 21
    { name: 'expiryDate', line: 1, start: 21, length: 6, checkDigitColumn: 27, kind: 'date' }, // L2 22–27, 28
    { name: 'optionalData1', line: 1, start: 28, length: 16, kind: 'alnum' }, // L2 29–44
  ],
  composite: null,
}

const MRV_B_LAYOUT: MrzFormatLayout = {
  format: 'MRV-B',
  lineCount: 2,
  lineLength: 36,
  fields: [
    { name: 'documentCode', line: 0, start: 0, length: 2, kind: 'code' }, // L1 1–2
    { name: 'issuingState', line: 0, start: 2, length: 3, kind: 'alpha' }, // L1 3–5
    { name: 'name', line: 0, start: 5, length: 31, kind: 'name' }, // L1 6–36
    { name: 'documentNumber', line: 1, start: 0, length: 9, checkDigitColumn: 9, kind: 'alnum' }, // L2 1–9, 10
    { name: 'nationality', line: 1, start: 10, length: 3, kind: 'alpha' }, // L2 11–13
    { name: 'birthDate', line: 1, start: 13, length: 6, checkDigitColumn: 19, kind: 'date' }, // L2 14–19, 20
    { name: 'sex', line: 1, start: 20, length: 1, kind: 'sex' }, // L2 21
    { name: 'expiryDate', line: 1, start: 21, length: 6, checkDigitColumn: 27, kind: 'date' }, // L2 22–27, 28
    { name: 'optionalData1', line: 1, start: 28, length: 8, kind: 'alnum' }, // L2 29–36
  ],
  composite: null,
}

export const MRZ_LAYOUTS: Readonly<Record<MrzFormat, MrzFormatLayout>> = {
  TD1: TD1_LAYOUT,
  TD2: TD2_LAYOUT,
  TD3: TD3_LAYOUT,
  'MRV-A': MRV_A_LAYOUT,
  'MRV-B': MRV_B_LAYOUT,
}

/** Visas share the TD3/TD2 shapes; only the first letter tells them apart. */
function isVisa(lines: readonly string[]): boolean {
  return lines[0]?.charAt(0) === 'V'
}

/**
 * Format from the shape of the lines and, for the two-line shapes, the first letter:
 * 3×30 TD1; 2×44 MRV-A if it starts with 'V', else TD3; 2×36 MRV-B if it starts with 'V', else TD2.
 * Content is not judged here: a 2×44 starting with 'I' is still TD3, with a bad document code.
 */
export function detectMrzFormat(lines: string[]): MrzFormat | null {
  for (const layout of [TD1_LAYOUT, TD2_LAYOUT, TD3_LAYOUT]) {
    if (lines.length === layout.lineCount && lines.every((line) => line.length === layout.lineLength)) {
      if (layout === TD3_LAYOUT && isVisa(lines)) return 'MRV-A'
      if (layout === TD2_LAYOUT && isVisa(lines)) return 'MRV-B'
      return layout.format
    }
  }
  return null
}

// What a framed reader's decoded text becomes: a document (shape right, every
// character in the MRZ charset; `checkDigitsPassed` from parseMrz) or an
// incomplete read. Shared by the RTE, HID and bridge drivers so every reader
// goes through the same MRZ validation as the plain-text detector. Pure.
import { parseMrz } from '../../shared/mrz'

const MRZ_CHARSET = /^[A-Z0-9<]+$/

/** Line count per line length: TD1 3×30, TD2/MRV-B 2×36, TD3/MRV-A 2×44. */
const SHAPES: ReadonlyMap<number, number> = new Map([
  [30, 3],
  [36, 2],
  [44, 2],
])

/** One run without separators: 2×44, 3×30 or 2×36 characters. */
const RUN_SHAPES: ReadonlyMap<number, number> = new Map([
  [88, 44],
  [90, 30],
  [72, 36],
])

export type MrzLinesVerdict =
  | { type: 'document'; lines: string[]; checkDigitsPassed: boolean }
  | { type: 'incomplete'; reason: 'partial-line' | 'noise'; detail: string }

/**
 * Splits MRZ text into lines: on CR, LF or CRLF, or, when the text is one run
 * of 88, 90 or 72 characters, into 2×44, 3×30 or 2×36. Surrounding spaces are
 * trimmed and empty lines dropped.
 */
export function splitMrzText(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
  if (lines.length === 1) {
    const only = lines[0]!
    const width = RUN_SHAPES.get(only.length)
    if (width !== undefined) {
      const out: string[] = []
      for (let i = 0; i < only.length; i += width) out.push(only.slice(i, i + width))
      return out
    }
  }
  return lines
}

/**
 * Decides what complete, already de-framed lines are. Empty lines are
 * ignored (3M's blank top line of a 2-line document). Never reports a
 * document whose shape or charset is wrong, and never reports check digits
 * as passed unless parseMrz says the whole MRZ is valid.
 */
export function classifyMrzLines(input: readonly string[], validate: (lines: string[]) => boolean = mrzIsValid): MrzLinesVerdict {
  const lines = input.filter((l) => l.length > 0)
  if (lines.length === 0) return { type: 'incomplete', reason: 'noise', detail: 'no-mrz' }
  const length = lines[0]!.length
  const count = SHAPES.get(length)
  if (count === undefined || lines.length !== count || lines.some((l) => l.length !== length)) {
    return { type: 'incomplete', reason: 'partial-line', detail: 'wrong-shape' }
  }
  // A character the reader could not read (`_`, `?`, lower case…) is not an
  // MRZ: ask for a re-read rather than show a document with a hole in it.
  if (lines.some((l) => !MRZ_CHARSET.test(l))) return { type: 'incomplete', reason: 'partial-line', detail: 'unreadable-characters' }
  return { type: 'document', lines, checkDigitsPassed: validate(lines) }
}

/** parseMrz's verdict; a validator that throws never yields a valid read (nor crashes the driver). */
export function mrzIsValid(lines: string[], onError?: (error: unknown) => void): boolean {
  try {
    return parseMrz(lines).valid === true
  } catch (error) {
    onError?.(error)
    return false
  }
}

/**
 * Swipe readers often send the same read twice; an identical read within
 * `windowMs` of the last one is a duplicate (as MrzFrameDetector does). A
 * later re-read of the same document is not.
 */
export class ReadDeduplicator {
  private last: { key: string; at: number } | null = null

  constructor(private readonly windowMs = 2000) {}

  /** True when this read repeats the previous one within the window; otherwise remembers it. */
  isDuplicate(lines: readonly string[], at: number): boolean {
    const key = lines.join('\n')
    if (this.last && this.last.key === key && at - this.last.at >= 0 && at - this.last.at < this.windowMs) return true
    this.last = { key, at }
    return false
  }

  reset(): void {
    this.last = null
  }
}

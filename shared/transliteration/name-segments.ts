// A name as a sequence of segments, each with its possible MRZ spellings. Doc 9303 Part 3 §4.6:
// spaces and hyphens become '<', apostrophes are dropped; a '<' already in the input is kept, so
// MRZ-formatted names ('ERIKSSON<<ANNA<MARIA') pass through unchanged.
import { spellingOptionsOf, type SpellingOptions } from './spelling-options'

export type NameSegment = SpellingOptions

const SEPARATOR: NameSegment = { standard: '<', optional: '<', alternatives: [] }
const FILLER: NameSegment = { standard: '<', optional: '<', alternatives: [] }

/** Spaces and every dash/hyphen variant: one '<' per run. */
const SEPARATOR_CHARS = /^[\s\-\u2010-\u2015\u2212]$/u

/**
 * Segments of the name. Characters without an MRZ spelling (apostrophes, punctuation, digits,
 * unsupported scripts) are dropped before separators are merged, so 'A . B' gives 'A<B'.
 */
export function nameSegments(name: string): NameSegment[] {
  const segments: Array<NameSegment | 'separator'> = []
  for (const char of name.normalize('NFC').trim()) {
    if (char === '<') segments.push(FILLER)
    else if (SEPARATOR_CHARS.test(char)) segments.push('separator')
    else {
      for (const upper of char.toUpperCase()) {
        const options = spellingOptionsOf(upper)
        if (options !== null) segments.push(options)
      }
    }
  }
  return mergeSeparators(segments)
}

/** A run of separators is one '<'; separators at either end (left after dropping) go. */
function mergeSeparators(segments: Array<NameSegment | 'separator'>): NameSegment[] {
  const merged: NameSegment[] = []
  let pendingSeparator = false
  for (const segment of segments) {
    if (segment === 'separator') {
      pendingSeparator = merged.length > 0
      continue
    }
    if (pendingSeparator && segment !== FILLER) merged.push(SEPARATOR)
    pendingSeparator = false
    merged.push(segment)
  }
  return merged
}

/** Every distinct spelling of a segment: standard, then real-world alternatives, then the rare optional form. */
export function segmentForms(segment: NameSegment): string[] {
  return [...new Set([segment.standard, ...segment.alternatives, segment.optional])]
}

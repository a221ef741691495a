// Name field rules of Doc 9303 Part 3 §4.6: SURNAME<<GIVEN<NAMES, padded with '<'.
import { padWithFillers, stripTrailingFillers } from './fillers'

export interface MrzName {
  surname: string
  givenNames: string
}

/** Runs of '<' inside a name part separate words. */
function fillersToSpaces(part: string): string {
  return part.replace(/<+/g, ' ').trim()
}

/**
 * Splits at the first '<<': surname before, given names after.
 * Without '<<' the whole field is the surname (a primary identifier only).
 */
export function splitMrzName(raw: string): MrzName {
  const text = stripTrailingFillers(raw)
  const separator = text.indexOf('<<')
  if (separator === -1) return { surname: fillersToSpaces(text), givenNames: '' }
  return {
    surname: fillersToSpaces(text.slice(0, separator)),
    givenNames: fillersToSpaces(text.slice(separator + 2)),
  }
}

/**
 * One name part in MRZ form: upper case, spaces and hyphens → '<', apostrophes dropped.
 * Transliteration (Ä→AE, Cyrillic…) is the caller's job; leftovers are rejected by the builder.
 */
export function toMrzNamePart(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/['\u2019`]/g, '')
    .replace(/[\s-]+/g, '<')
}

/** Full name field: SURNAME<<GIVEN<NAMES, truncated to the field (Doc 9303 allows truncation) and padded. */
export function toMrzNameField(surname: string, givenNames: string, length: number): string {
  const primary = toMrzNamePart(surname)
  const secondary = toMrzNamePart(givenNames)
  const full = secondary === '' ? primary : `${primary}<<${secondary}`
  return padWithFillers(full.slice(0, length), length)
}

// Every plausible MRZ spelling of a name, for matching a printed name against an MRZ or a list.
import { nameSegments, segmentForms } from './name-segments'

/** Long Cyrillic names multiply quickly (two forms per letter); beyond this the rarest are left out. */
export const MAX_NAME_VARIANTS = 256

/**
 * Spellings in order of distance from the standard: the Doc 9303 form first, then those that
 * change one letter, then two… 'MÜLLER' → ['MUELLER', 'MULLER', 'MUXXLLER'].
 */
export function mrzNameVariants(name: string, limit: number = MAX_NAME_VARIANTS): string[] {
  const segments = nameSegments(name)
  const standard = segments.map((segment) => segment.standard)
  const choices = segments.map((segment) => segmentForms(segment).slice(1))
  const variable = choices.flatMap((forms, index) => (forms.length > 0 ? [index] : []))

  const variants = new Set<string>([standard.join('')])
  for (let changes = 1; changes <= variable.length && variants.size < limit; changes++) {
    addVariantsWithChanges(standard, choices, variable, changes, variants, limit)
  }
  return [...variants]
}

/** Adds spellings that differ from the standard in exactly `changes` positions, in position order. */
function addVariantsWithChanges(
  standard: readonly string[],
  choices: readonly string[][],
  variable: readonly number[],
  changes: number,
  variants: Set<string>,
  limit: number,
): void {
  const spelling = [...standard]
  const visit = (startAt: number, remaining: number): void => {
    if (variants.size >= limit) return
    if (remaining === 0) {
      variants.add(spelling.join(''))
      return
    }
    for (let v = startAt; v <= variable.length - remaining; v++) {
      const position = variable[v] as number
      for (const form of choices[position] ?? []) {
        spelling[position] = form
        visit(v + 1, remaining - 1)
        if (variants.size >= limit) break
      }
      spelling[position] = standard[position] ?? ''
    }
  }
  visit(0, changes)
}

// Does a text equal some spelling of a segment sequence? Dynamic programming over (segment,
// position) instead of listing the variants, so long names are never cut off.

export interface SegmentMatchOptions {
  /** Accept a text that stops part-way: the MRZ name field was full and cut the name short. */
  allowTruncation: boolean
}

export function matchesSomeSpelling(
  forms: ReadonlyArray<readonly string[]>,
  text: string,
  options: SegmentMatchOptions,
): boolean {
  const failed = new Set<number>()
  const match = (segment: number, position: number): boolean => {
    if (position === text.length) return segment === forms.length || options.allowTruncation
    if (segment === forms.length) return false
    const key = segment * (text.length + 1) + position
    if (failed.has(key)) return false
    for (const form of forms[segment] ?? []) {
      if (text.startsWith(form, position)) {
        if (match(segment + 1, position + form.length)) return true
      } else if (options.allowTruncation && form.startsWith(text.slice(position))) {
        return true // the text ends inside this form
      }
    }
    failed.add(key)
    return false
  }
  return match(0, 0)
}

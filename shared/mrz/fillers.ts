// The filler '<' pads every MRZ field; these helpers add and remove it.

/** A loop, not /<+$/: it runs for every field of every parse, and the regex backtracks on each '<' run. */
export function stripTrailingFillers(s: string): string {
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 60) end-- // '<'
  return end === s.length ? s : s.slice(0, end)
}

export function padWithFillers(s: string, length: number): string {
  return s.padEnd(length, '<')
}

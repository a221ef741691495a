// The filler '<' pads every MRZ field; these helpers add and remove it.

export function stripTrailingFillers(s: string): string {
  return s.replace(/<+$/, '')
}

export function padWithFillers(s: string, length: number): string {
  return s.padEnd(length, '<')
}

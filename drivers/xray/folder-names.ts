// Names the driver makes from what a scanner wrote: a scan id or file name
// turned into one safe folder name under processed/ or quarantine/.

/** Letters, digits, dot, dash and underscore only; never empty, never `.`/`..`, at most 100 characters. */
export function safeFolderName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 100)
  return cleaned.length === 0 ? 'unnamed' : cleaned
}

/** `name`, or `name-2`, `name-3`… : the first not in `taken`. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  for (let i = 2; ; i++) if (!taken.has(`${name}-${i}`)) return `${name}-${i}`
}

/** The sidecar's base name: `scan-1.json` → `scan-1`. */
export const sidecarBase = (sidecar: string) => sidecar.replace(/\.json$/i, '')

/**
 * Files that belong with a sidecar by name (`scan-1-high.png`, `scan-1.low.tif`,
 * `scan-1_high.png.part`): its base followed by `.`, `-` or `_`.
 */
export function belongsToSidecar(file: string, sidecar: string): boolean {
  const base = sidecarBase(sidecar)
  return file !== sidecar && file.length > base.length && file.startsWith(base) && '.-_'.includes(file[base.length]!)
}

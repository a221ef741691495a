// Keyboard-wedge document readers "type" the MRZ as a burst of key presses.
// This pure decoder tells a scanner from a person by inter-key timing, and
// decodes the burst in a way that survives keyboard layouts: first from what
// the OS says was typed (`key`), and if that is not MRZ text, from the physical
// keys (`code`) as a US-layout scanner sends them (AZERTY/QWERTZ hosts).

export interface WedgeKey {
  key: string
  code: string
  shiftKey: boolean
  time: number
}

export interface WedgeOptions {
  /** Keys closer than this belong to one burst. People rarely type two keys this fast; scanners do it always. */
  maxInterKeyMs?: number
  /** A burst shorter than this is a person after all. */
  minBurst?: number
}

export type KeyVerdict =
  /** Not part of a burst (yet): let the key through. */
  | { kind: 'pass' }
  /** Part of a burst: swallow the key (never let a scanner type into a form field). */
  | { kind: 'swallow' }

export interface BurstResult {
  /** The burst was a scanner: MRZ lines decoded, and whether the physical-key fallback was needed. */
  scanner: boolean
  lines: string[]
  decodedBy: 'key' | 'code' | null
  /** For a person: the keys swallowed while undecided, as text to give back to the focused field. */
  replay: string
  /** For a person: each fast run of keys (first key included), to replay as key presses when no field had focus. */
  personRuns: WedgeKey[][]
  /** For a scanner: how many characters of the burst's first key reached the field before the burst was recognised. */
  leakedKeys: number
}

const MRZ_CHAR = /^[A-Z0-9<]$/
const US_CODE: Record<string, string> = { IntlBackslash: '<' }
for (let i = 0; i < 26; i++) US_CODE[`Key${String.fromCharCode(65 + i)}`] = String.fromCharCode(65 + i)
for (let i = 0; i < 10; i++) {
  US_CODE[`Digit${i}`] = String(i)
  US_CODE[`Numpad${i}`] = String(i)
}

const isEnter = (k: WedgeKey) => k.key === 'Enter' || k.code === 'Enter' || k.code === 'NumpadEnter'

function byKey(k: WedgeKey): string | null {
  const c = k.key.length === 1 ? k.key.toUpperCase() : ''
  return MRZ_CHAR.test(c) ? c : null
}

function byCode(k: WedgeKey): string | null {
  if (k.code === 'Comma' && k.shiftKey) return '<' // US layout: Shift+, is <
  return US_CODE[k.code] ?? null
}

export class WedgeDecoder {
  private keys: WedgeKey[] = []
  /** Runs of keys that turned out to be a person, not yet given back. */
  private orphans: WedgeKey[][] = []
  private readonly maxGap: number
  private readonly minBurst: number

  constructor(options: WedgeOptions = {}) {
    this.maxGap = options.maxInterKeyMs ?? 35
    this.minBurst = options.minBurst ?? 12
  }

  /** Feed every keydown (no modifiers other than Shift). */
  key(k: WedgeKey): KeyVerdict {
    const last = this.keys.at(-1)
    if (last && k.time - last.time > this.maxGap) {
      // Too slow: the candidate so far was a person; its swallowed keys go back at the next settle.
      if (this.keys.length >= 2) this.orphans.push(this.keys)
      this.keys = []
    }
    this.keys.push(k)
    return this.keys.length >= 2 ? { kind: 'swallow' } : { kind: 'pass' }
  }

  get empty(): boolean {
    return this.keys.length === 0
  }

  /** No key for a while: settle the burst. */
  settle(validate: (lines: string[]) => boolean): BurstResult | null {
    const keys = this.keys
    const orphans = this.orphans
    this.keys = []
    this.orphans = []
    if (keys.length < this.minBurst) {
      // A person typing fast: give back what was swallowed (all but the first key of each run, which went through).
      const runs = keys.length >= 2 ? [...orphans, keys] : orphans
      if (runs.length === 0) return null
      return { scanner: false, lines: [], decodedBy: null, replay: runs.map(replayOf).join(''), personRuns: runs, leakedKeys: 0 }
    }
    const decode = (f: (k: WedgeKey) => string | null) => {
      const lines: string[] = []
      let line = ''
      for (const k of keys) {
        if (isEnter(k)) {
          if (line) lines.push(line)
          line = ''
          continue
        }
        const c = f(k)
        if (c === null) return null
        line += c
      }
      if (line) lines.push(line)
      return lines
    }
    const asTyped = decode(byKey)
    const asPhysical = decode(byCode)
    const first = keys[0]!
    const leaked = first.key.length === 1 ? 1 : 0
    if (asTyped && validate(asTyped)) return { scanner: true, lines: asTyped, decodedBy: 'key', replay: '', personRuns: [], leakedKeys: leaked }
    if (asPhysical && validate(asPhysical)) return { scanner: true, lines: asPhysical, decodedBy: 'code', replay: '', personRuns: [], leakedKeys: leaked }
    return { scanner: true, lines: asTyped ?? asPhysical ?? [], decodedBy: asTyped ? 'key' : asPhysical ? 'code' : null, replay: '', personRuns: [], leakedKeys: leaked }
  }
}

/** What a person typed in a candidate, minus its first key (which was let through). */
function replayOf(keys: readonly WedgeKey[]): string {
  return keys
    .slice(1)
    .map((k) => (k.key.length === 1 ? k.key : ''))
    .join('')
}

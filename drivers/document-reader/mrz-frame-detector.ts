// Finds complete MRZs in a reader's byte stream (documents-and-readers.md §3):
// strip framing/control bytes, map `_` to `<`, split on CR/LF, keep a window of
// candidate lines shaped 3×30, 2×36 or 2×44, emit at once when every check
// digit passes, otherwise hold the candidate until the stream goes quiet
// (`flush`), because a better line may still arrive. Pure: no timers, no I/O.
import { parseMrz } from '../../shared/mrz'

export type DetectorEvent =
  | { type: 'document'; lines: string[]; raw: Uint8Array; checkDigitsPassed: boolean }
  | { type: 'incomplete'; reason: 'partial-line' | 'noise'; raw: Uint8Array }

const CR = 0x0d
const LF = 0x0a
const MRZ_LINE = /^[A-Z0-9<]+$/
const LINE_LENGTHS = new Set([30, 36, 44])
/** A line at least this long and in the MRZ charset is taken for a cut-off MRZ line, not noise. */
const PARTIAL_MIN = 10

export interface FrameDetectorOptions {
  now?: () => number
  /** Swipe readers often send the same read twice; identical reads inside this window are dropped. */
  dedupeMs?: number
}

export class MrzFrameDetector {
  private current: number[] = []
  private raw: number[] = []
  private window: string[] = []
  private held: string[] | null = null
  private junk: 'none' | 'noise' | 'partial-line' = 'none'
  private lastEmitted: { key: string; at: number } | null = null
  private readonly now: () => number
  private readonly dedupeMs: number

  constructor(options: FrameDetectorOptions = {}) {
    this.now = options.now ?? Date.now
    this.dedupeMs = options.dedupeMs ?? 2000
  }

  push(bytes: Uint8Array): DetectorEvent[] {
    const out: DetectorEvent[] = []
    for (const b of bytes) {
      this.raw.push(b)
      if (b === CR || b === LF) {
        this.endLine(out)
      } else if (b === 0x5f) {
        this.current.push(0x3c) // 3M pads lines with `_`
      } else if (b >= 0x20 && b < 0x7f) {
        this.current.push(b)
      }
      // other control bytes (SOH, STX, ETX, FS, GS, …) are framing: dropped
    }
    return out
  }

  /** The stream went quiet: settle whatever is pending. */
  flush(): DetectorEvent[] {
    const out: DetectorEvent[] = []
    if (this.current.length > 0) this.endLine(out)
    if (this.held) {
      this.emitDocument(this.held, false, out)
    } else if (this.junk !== 'none' || this.window.length > 0) {
      out.push({ type: 'incomplete', reason: this.window.length > 0 ? 'partial-line' : this.junkReason(), raw: this.takeRaw() })
    }
    this.reset()
    return out
  }

  /** Forget everything pending (device closed or unplugged mid-read). */
  reset(): void {
    this.current = []
    this.raw = []
    this.window = []
    this.held = null
    this.junk = 'none'
  }

  get hasPending(): boolean {
    return this.current.length > 0 || this.window.length > 0 || this.held !== null || this.junk !== 'none'
  }

  private junkReason(): 'partial-line' | 'noise' {
    return this.junk === 'partial-line' ? 'partial-line' : 'noise'
  }

  private endLine(out: DetectorEvent[]): void {
    const line = String.fromCharCode(...this.current).trim()
    this.current = []
    if (line.length === 0) return // CRLF, or 3M's empty leading line
    if (!MRZ_LINE.test(line) || !LINE_LENGTHS.has(line.length)) {
      // Anything else breaks a frame in progress.
      const looksPartial = MRZ_LINE.test(line) && line.length >= PARTIAL_MIN
      if (looksPartial || this.window.length > 0) this.junk = 'partial-line'
      else if (this.junk === 'none') this.junk = 'noise'
      this.window = []
      if (this.held) this.emitDocument(this.held, false, out)
      return
    }
    if (this.window.length > 0 && this.window[0]!.length !== line.length) this.window = []
    this.window.push(line)
    const size = line.length === 30 ? 3 : 2
    if (this.window.length > size) this.window.shift()
    if (this.window.length < size) return

    const candidate = [...this.window]
    if (parseMrz(candidate).valid) {
      this.emitDocument(candidate, true, out)
      return
    }
    // Not valid yet: maybe the window started one line early; the next line decides.
    if (this.held) this.emitDocument(this.held, false, out)
    this.held = candidate
  }

  private emitDocument(lines: string[], passed: boolean, out: DetectorEvent[]): void {
    const key = lines.join('\n')
    const at = this.now()
    const raw = this.takeRaw()
    this.window = []
    this.held = null
    this.junk = 'none'
    if (this.lastEmitted && this.lastEmitted.key === key && at - this.lastEmitted.at < this.dedupeMs) return
    this.lastEmitted = { key, at }
    out.push({ type: 'document', lines, raw, checkDigitsPassed: passed })
  }

  private takeRaw(): Uint8Array {
    const raw = Uint8Array.from(this.raw)
    this.raw = []
    return raw
  }
}

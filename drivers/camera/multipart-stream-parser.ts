// Incremental MIME multipart parser, pure (no I/O): it frames an MJPEG
// stream (`multipart/x-mixed-replace`) and, fed a whole body, an ANPR
// camera's `multipart/form-data` post. Chunks may split anywhere (inside a
// delimiter, a header line, a CRLF). A part with a usable Content-Length is
// emitted as soon as its bytes are in (waiting for the next delimiter would add
// a whole frame interval of latency); without one, the body runs to the next
// delimiter. Malformed parts are skipped and reported, never guessed at.

import { ByteAccumulator } from './byte-accumulator'

const CR = 0x0d
const LF = 0x0a
const DASH = 0x2d

export type MultipartHeaders = Readonly<Record<string, string>>

export type BadPartReason =
  /** A header block longer than the limit, or a header line without a colon. */
  | 'bad-headers'
  /** The part is larger than the limit; its bytes were discarded up to the next delimiter. */
  | 'too-large'
  /** A part with no body bytes at all. */
  | 'empty'
  /** After a Content-Length body, the next delimiter was not where the length said (a wrong length, or junk between parts). */
  | 'length-mismatch'
  /** The input ended inside a part (only from `finish()`). */
  | 'truncated'

export type MultipartEvent =
  | { type: 'part'; headers: MultipartHeaders; body: Uint8Array }
  | { type: 'bad-part'; reason: BadPartReason; bytes: number }
  /** The closing delimiter (`--boundary--`): nothing more belongs to the stream. */
  | { type: 'end' }

export interface MultipartParserOptions {
  /** Largest body accepted; bigger parts are skipped as `too-large`. Default 16 MiB. */
  maxPartBytes?: number
  /** Largest header block accepted. Default 8 KiB. */
  maxHeaderBytes?: number
}

type State =
  /** Looking for a delimiter; everything before it is discarded. */
  | 'seek'
  /** Just after `--boundary`: `--` (close) or padding up to the line end. */
  | 'after-delimiter'
  | 'headers'
  | 'body-length'
  | 'body-scan'
  /** After a Content-Length body: an optional CRLF, then the next delimiter must follow. */
  | 'after-body'
  | 'closed'

/** The boundary parameter of a `multipart/*` Content-Type, or null. */
export function boundaryFromContentType(contentType: string | undefined): string | null {
  if (!contentType || !/^\s*multipart\//i.test(contentType)) return null
  const m = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^;\s]{1,200}))/i.exec(contentType)
  const boundary = m?.[1] ?? m?.[2]
  return boundary ? boundary : null
}

/** A header value's `key=value` parameters (Content-Disposition's name and filename). */
export function headerParams(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!value) return out
  for (const m of value.matchAll(/;\s*([A-Za-z0-9_*-]+)\s*=\s*(?:"([^"]*)"|([^;]*))/g)) {
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '').trim()
  }
  return out
}

export class MultipartStreamParser {
  private readonly bytes = new ByteAccumulator()
  /** View of the unconsumed bytes, refreshed after every append and consume. */
  private buf: Buffer = this.bytes.view()
  private state: State = 'seek'
  /** The boundary without the leading dashes some cameras put in the header value (`boundary=--myboundary`). */
  private readonly core: Buffer
  private readonly maxPartBytes: number
  private readonly maxHeaderBytes: number
  /** The next delimiter may sit at offset 0 of the buffer (start of input, or right after a part). */
  private lineStart = true
  private scanFrom = 0
  private headers: MultipartHeaders = {}
  private bodyLength = 0
  private skipped = 0

  constructor(boundary: string, options: MultipartParserOptions = {}) {
    const core = boundary.replace(/^-+/, '')
    if (core.length === 0 || core.length > 200) throw new Error('multipart boundary must be 1-200 characters')
    this.core = Buffer.from(core, 'latin1')
    this.maxPartBytes = options.maxPartBytes ?? 16 * 1024 * 1024
    this.maxHeaderBytes = options.maxHeaderBytes ?? 8 * 1024
  }

  /** Parts skipped as malformed so far. */
  get skippedParts(): number {
    return this.skipped
  }

  /** True while a part has started but is not complete (for stall detection). */
  get midPart(): boolean {
    return this.state === 'body-length' || this.state === 'body-scan' || (this.state === 'headers' && this.buf.length > 0)
  }

  /** Bytes held waiting for more input. */
  get bufferedBytes(): number {
    return this.buf.length
  }

  push(chunk: Uint8Array): MultipartEvent[] {
    if (this.state === 'closed' || chunk.length === 0) return []
    this.bytes.append(chunk)
    this.buf = this.bytes.view()
    const events: MultipartEvent[] = []
    while (this.step(events)) {
      /* each step consumes input or changes state */
    }
    return events
  }

  /** The input ended: a part left open is reported as truncated. */
  finish(): MultipartEvent[] {
    const events: MultipartEvent[] = []
    if (this.midPart || (this.state === 'after-delimiter' && this.buf.length > 0)) this.bad(events, 'truncated', this.buf.length)
    this.bytes.clear()
    this.buf = this.bytes.view()
    this.state = 'closed'
    return events
  }

  private step(events: MultipartEvent[]): boolean {
    switch (this.state) {
      case 'seek':
        return this.seek()
      case 'after-delimiter':
        return this.afterDelimiter(events)
      case 'headers':
        return this.readHeaders(events)
      case 'body-length':
        return this.readLengthBody(events)
      case 'body-scan':
        return this.scanBody(events)
      case 'after-body':
        return this.afterBody(events)
      case 'closed':
        return false
    }
  }

  private seek(): boolean {
    const found = this.findDelimiter(this.scanFrom, this.lineStart)
    if (!found) {
      // Keep only what could be the start of a delimiter split across chunks.
      const keep = this.core.length + 64
      if (this.buf.length > keep) {
        this.bytes.keepLast(keep)
        this.buf = this.bytes.view()
        this.lineStart = false
      }
      this.scanFrom = Math.max(0, this.buf.length - this.core.length)
      return false
    }
    this.consume(found.after)
    this.state = 'after-delimiter'
    return true
  }

  private afterDelimiter(events: MultipartEvent[]): boolean {
    if (this.buf.length < 2) return false
    if (this.buf[0] === DASH && this.buf[1] === DASH) {
      events.push({ type: 'end' })
      this.state = 'closed'
      this.bytes.clear()
      this.buf = this.bytes.view()
      return false
    }
    const lf = this.buf.indexOf(LF)
    if (lf === -1) {
      if (this.buf.length > 1024) return this.resync(events, 'bad-headers', this.buf.length)
      return false
    }
    this.consume(lf + 1)
    this.state = 'headers'
    return true
  }

  private readHeaders(events: MultipartEvent[]): boolean {
    const headers: Record<string, string> = {}
    let pos = 0
    for (;;) {
      const lf = this.buf.indexOf(LF, pos)
      if (lf === -1) {
        if (this.buf.length > this.maxHeaderBytes) return this.resync(events, 'bad-headers', this.buf.length)
        return false
      }
      const end = lf > pos && this.buf[lf - 1] === CR ? lf - 1 : lf
      const line = this.buf.toString('latin1', pos, end)
      pos = lf + 1
      if (line === '') break
      const colon = line.indexOf(':')
      if (colon <= 0) return this.resync(events, 'bad-headers', pos)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      if (pos > this.maxHeaderBytes) return this.resync(events, 'bad-headers', pos)
    }
    this.consume(pos)
    this.headers = headers
    const length = headers['content-length']
    if (length !== undefined && /^\d{1,10}$/.test(length)) {
      this.bodyLength = Number(length)
      if (this.bodyLength > this.maxPartBytes) return this.resync(events, 'too-large', this.bodyLength)
      this.state = 'body-length'
    } else {
      this.state = 'body-scan'
      this.scanFrom = 0
    }
    return true
  }

  private readLengthBody(events: MultipartEvent[]): boolean {
    if (this.buf.length < this.bodyLength) return false
    const body = this.buf.subarray(0, this.bodyLength)
    this.consume(this.bodyLength)
    if (body.length === 0) this.bad(events, 'empty', 0)
    else events.push({ type: 'part', headers: this.headers, body: new Uint8Array(body) })
    this.state = 'after-body'
    return true
  }

  private afterBody(events: MultipartEvent[]): boolean {
    let i = 0
    if (this.buf[i] === CR) i++
    if (i < this.buf.length && this.buf[i] === LF) i++
    let dashes = 0
    while (i + dashes < this.buf.length && this.buf[i + dashes] === DASH) dashes++
    const coreAt = i + dashes
    const available = this.buf.length - coreAt
    if (available < this.core.length) {
      // Not enough to decide yet, unless what is there already cannot be a delimiter.
      const prefixOk = (dashes > 0 || coreAt === this.buf.length) && this.buf.subarray(coreAt).equals(this.core.subarray(0, available))
      if (prefixOk && this.buf.length < 256) return false
    } else if (dashes >= 2 && this.buf.subarray(coreAt, coreAt + this.core.length).equals(this.core)) {
      this.consume(coreAt + this.core.length)
      this.state = 'after-delimiter'
      return true
    }
    // The Content-Length lied (or junk follows): find the next delimiter.
    this.bad(events, 'length-mismatch', 0)
    this.state = 'seek'
    this.lineStart = false
    this.scanFrom = 0
    return true
  }

  private scanBody(events: MultipartEvent[]): boolean {
    const found = this.findDelimiter(this.scanFrom, false)
    if (!found) {
      if (this.buf.length > this.maxPartBytes) return this.resync(events, 'too-large', this.buf.length)
      this.scanFrom = Math.max(0, this.buf.length - this.core.length)
      return false
    }
    const body = this.buf.subarray(0, found.lineStart)
    if (body.length === 0) this.bad(events, 'empty', 0)
    else events.push({ type: 'part', headers: this.headers, body: new Uint8Array(body) })
    this.consume(found.after)
    this.state = 'after-delimiter'
    return true
  }

  /**
   * The next `--boundary` at a line start, from `from`. Accepts extra leading
   * dashes (a header value `boundary=--x` written on the wire as `--x` or `----x`).
   * `lineStart` is where the CR/LF before it begins, i.e. where a scanned body ends.
   */
  private findDelimiter(from: number, atLineStart: boolean): { lineStart: number; after: number } | null {
    let i = from
    for (;;) {
      const at = this.buf.indexOf(this.core, i)
      if (at === -1) return null
      let d = at
      while (d > 0 && this.buf[d - 1] === DASH) d--
      if (at - d >= 2) {
        if (d === 0 && atLineStart) return { lineStart: 0, after: at + this.core.length }
        if (d > 0 && this.buf[d - 1] === LF) {
          let lineStart = d - 1
          if (lineStart > 0 && this.buf[lineStart - 1] === CR) lineStart--
          return { lineStart, after: at + this.core.length }
        }
      }
      i = at + 1
    }
  }

  /** Skip a malformed part: report it, then discard up to the next delimiter. */
  private resync(events: MultipartEvent[], reason: BadPartReason, bytes: number): boolean {
    this.bad(events, reason, bytes)
    this.state = 'seek'
    this.lineStart = false
    this.scanFrom = 0
    return true
  }

  private bad(events: MultipartEvent[], reason: BadPartReason, bytes: number): void {
    this.skipped++
    events.push({ type: 'bad-part', reason, bytes })
  }

  private consume(n: number): void {
    this.bytes.consume(n)
    this.buf = this.bytes.view()
    this.scanFrom = 0
    this.lineStart = true
  }
}

/** A complete multipart body (an HTTP POST), parsed in one go. */
export function parseMultipartBody(
  body: Uint8Array,
  boundary: string,
  options: MultipartParserOptions = {},
): { parts: Array<{ headers: MultipartHeaders; body: Uint8Array }>; bad: BadPartReason[]; closed: boolean } {
  const parser = new MultipartStreamParser(boundary, options)
  const events = [...parser.push(body), ...parser.finish()]
  const parts: Array<{ headers: MultipartHeaders; body: Uint8Array }> = []
  const bad: BadPartReason[] = []
  let closed = false
  for (const e of events) {
    if (e.type === 'part') parts.push({ headers: e.headers, body: e.body })
    else if (e.type === 'bad-part') bad.push(e.reason)
    else closed = true
  }
  return { parts, bad, closed }
}

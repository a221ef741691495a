// Streams a text file as numbered lines with bounded memory: a UTF-8 BOM is dropped, a chunk that
// is not valid UTF-8 is decoded line by line and each invalid line as Latin-1 (Windows-1252, what
// "Latin-1" files written on Windows really are), gzip is inflated, and a line longer than the cap
// is skipped and reported instead of being buffered.
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { createGunzip } from 'node:zlib'
import type { Readable } from 'node:stream'

/** A CSV row longer than this is not a list record. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024
/** One FtM entity per line: a well-documented company or person can run to a few hundred KiB. */
export const DEFAULT_MAX_ENTITY_LINE_BYTES = 4 * 1024 * 1024
const CHUNK_BYTES = 1024 * 1024

export interface TextFileInfo {
  totalBytes: number
  gzip: boolean
  bom: boolean
  /** Lines that were not valid UTF-8 and were decoded as Latin-1 (the first 100). */
  latin1Lines: number[]
  latin1LineCount: number
  /** SHA-256 of the file as stored (compressed if it is). */
  sha256: string
}

export type LineEvent =
  | { kind: 'line'; no: number; text: string }
  /** A line over the cap: its bytes were discarded, never held. */
  | { kind: 'too-long'; no: number; bytes: number }

// Windows-1252 for 0x80-0x9F (Node 20's TextDecoder('windows-1252') decodes those as C1 controls,
// i.e. as ISO-8859-1); the five unassigned bytes stay C1 controls.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Bytes as Windows-1252, what files called "Latin-1" that were written on Windows really are. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text
}

/** Raised for a file that is not text at all; the import fails whatever the bad-row policy. */
export class NotTextError extends Error {}

export interface ReadLinesOptions {
  maxLineBytes?: number
  /** Called after each chunk with the bytes of the file read so far. */
  onBytes?: (bytesRead: number, totalBytes: number) => void
  /** Lets a caller stop early (too many errors). */
  shouldStop?: () => boolean
}

/** Sniffs the first bytes for formats that are not text and would otherwise show up as a flood of bad rows. */
export function sniffFile(path: string): { gzip: boolean } {
  const fd = openSync(path, 'r')
  const head = Buffer.alloc(4096)
  let n: number
  try {
    n = readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  const b = head.subarray(0, n)
  if (b[0] === 0x1f && b[1] === 0x8b) return { gzip: true }
  checkTextHead(b)
  return { gzip: false }
}

function checkTextHead(b: Buffer): void {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    throw new NotTextError('The file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 and import again.')
  }
  if (b.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') throw new NotTextError('The file is a ZIP archive; extract the list file from it first.')
  if (b.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') throw new NotTextError('The file is an SQLite database, not a list export.')
  const nul = b.indexOf(0)
  if (nul >= 0) throw new NotTextError(`The file is not text: it holds a NUL byte at offset ${nul} (binary, or UTF-16 without a byte-order mark).`)
}

/**
 * Calls `onLine` for every line (synchronously, chunk by chunk, so a caller can insert rows
 * without an await per line). Line numbers count from 1 and include empty lines.
 */
export async function readLines(path: string, onLine: (event: LineEvent) => void, options: ReadLinesOptions = {}): Promise<TextFileInfo> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
  const { gzip } = sniffFile(path)
  const totalBytes = statSync(path).size
  const hash = createHash('sha256')
  const raw = createReadStream(path, { highWaterMark: CHUNK_BYTES })
  let rawBytes = 0
  const countRaw = (chunk: Buffer) => {
    rawBytes += chunk.length
    hash.update(chunk)
  }
  let input: Readable = raw
  if (gzip) {
    // The compressed bytes are what the progress bar and the hash measure.
    raw.on('data', (c: Buffer | string) => countRaw(typeof c === 'string' ? Buffer.from(c) : c))
    input = raw.pipe(createGunzip())
    raw.on('error', (e) => input.destroy(e))
  }

  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  const info: TextFileInfo = { totalBytes, gzip, bom: false, latin1Lines: [], latin1LineCount: 0, sha256: '' }

  let lineNo = 0
  // Bytes of the current, unfinished line (≤ maxLineBytes). In an object: closures assign it.
  const st: { carry: Buffer | null } = { carry: null }
  let skipping = 0 // > 0: inside an over-long line, this many bytes dropped so far
  let first = true
  let headChecked = !gzip // plain files were sniffed already; inflated content is checked on its first chunk

  const emitDecoded = (bytes: Buffer, lineCount: number) => {
    // `bytes` holds `lineCount` complete lines, each ending in \n.
    let text: string
    try {
      text = utf8.decode(bytes)
    } catch {
      emitLineByLine(bytes)
      return
    }
    let start = 0
    for (let i = 0; i < lineCount; i++) {
      const nl = text.indexOf('\n', start)
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl
      onLine({ kind: 'line', no: ++lineNo, text: text.slice(start, end) })
      start = nl + 1
    }
  }
  const emitLineByLine = (bytes: Buffer) => {
    let start = 0
    while (start < bytes.length) {
      let nl = bytes.indexOf(10, start)
      if (nl < 0) nl = bytes.length
      let end = nl
      if (end > start && bytes[end - 1] === 13) end--
      const lineBytes = bytes.subarray(start, end)
      lineNo++
      let text: string
      try {
        text = utf8.decode(lineBytes)
      } catch {
        text = decodeWindows1252(lineBytes)
        info.latin1LineCount++
        if (info.latin1Lines.length < 100) info.latin1Lines.push(lineNo)
      }
      onLine({ kind: 'line', no: lineNo, text })
      start = nl + 1
    }
  }

  const onChunk = (chunkIn: Buffer) => {
    let chunk = chunkIn
    if (first) {
      first = false
      if (!headChecked) {
        checkTextHead(chunk.subarray(0, 4096))
        headChecked = true
      }
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        info.bom = true
        chunk = chunk.subarray(3)
      }
    }
    let pos = 0
    if (skipping > 0) {
      const nl = chunk.indexOf(10)
      if (nl < 0) {
        skipping += chunk.length
        return
      }
      onLine({ kind: 'too-long', no: ++lineNo, bytes: skipping + nl })
      skipping = 0
      pos = nl + 1
    }
    // Find the last newline; everything before it is complete lines.
    const lastNl = chunk.lastIndexOf(10)
    if (lastNl < pos) {
      // No line ends in this chunk: it all joins the carry.
      const rest = chunk.subarray(pos)
      const carried = (st.carry?.length ?? 0) + rest.length
      if (carried > maxLineBytes) {
        skipping = carried
        st.carry = null
      } else {
        st.carry = st.carry ? Buffer.concat([st.carry, rest]) : Buffer.from(rest)
      }
      return
    }
    // The first line of this chunk finishes the carry.
    const firstNl = chunk.indexOf(10, pos)
    if (st.carry) {
      const len = st.carry.length + (firstNl - pos)
      if (len > maxLineBytes) {
        onLine({ kind: 'too-long', no: ++lineNo, bytes: len })
      } else {
        const joined = Buffer.concat([st.carry, chunk.subarray(pos, firstNl + 1)])
        emitDecoded(joined, 1)
      }
      st.carry = null
      pos = firstNl + 1
    }
    // Complete lines in [pos, lastNl]: emit runs of normal lines in one decode, over-long ones as events.
    let runStart = pos
    let runLines = 0
    let lineStart = pos
    while (lineStart <= lastNl) {
      const nl = chunk.indexOf(10, lineStart)
      if (nl - lineStart > maxLineBytes) {
        if (runLines > 0) emitDecoded(chunk.subarray(runStart, lineStart), runLines)
        onLine({ kind: 'too-long', no: ++lineNo, bytes: nl - lineStart })
        runStart = nl + 1
        runLines = 0
      } else {
        runLines++
      }
      lineStart = nl + 1
    }
    if (runLines > 0) emitDecoded(chunk.subarray(runStart, lastNl + 1), runLines)
    const rest = chunk.subarray(lastNl + 1)
    if (rest.length > maxLineBytes) skipping = rest.length
    else if (rest.length > 0) st.carry = Buffer.from(rest)
  }

  for await (const c of input) {
    if (!gzip) countRaw(c as Buffer)
    onChunk(c as Buffer)
    options.onBytes?.(rawBytes, totalBytes)
    if (options.shouldStop?.()) {
      raw.destroy()
      input.destroy()
      info.sha256 = ''
      return info
    }
  }
  if (skipping > 0) onLine({ kind: 'too-long', no: ++lineNo, bytes: skipping })
  else if (st.carry && st.carry.length > 0) emitLineByLine(st.carry)
  options.onBytes?.(rawBytes, totalBytes)
  info.sha256 = hash.digest('hex')
  return info
}

// What a format parser hands its rows to. The importer implements it on top of a list-file
// builder; the parsers only read, map and report.
import type { ListFileBuilder } from './list-file'
import type { KindRow } from './records'
import type { TextFileInfo } from './text-lines'
import type { ListKind, RowProblem } from './types'

export interface SourceSink {
  kind: ListKind
  /** Where the list comes from (for reasons derived from it, e.g. "Listed by OpenSanctions"). */
  sourceName: string
  maxLineBytes: number
  /** The list file being built (FtM stages its links in temp tables of it). */
  builder: ListFileBuilder
  add(row: KindRow, line: number): void
  /** A row that cannot be imported (fails the import, or is skipped under skipBadRows). */
  bad(problem: RowProblem): void
  /** The file as a whole cannot be imported (no header, not JSON…): fails whatever the policy. */
  fatal(problem: RowProblem): void
  /** A row read (good or bad), for progress. */
  row(): void
  note(message: string): void
  bytes(read: number, total: number): void
  /** true once so many rows are bad that reading on is pointless. */
  stop(): boolean
}

export interface SourceResult {
  file: TextFileInfo
  /** Run on the build file after duplicates are resolved (FtM: apply staged links). */
  finish?: () => void
}

/** C0 controls (other than tab), and the replacement character a broken decoder leaves: signs of a corrupted line. */
// eslint-disable-next-line no-control-regex
export const CORRUPT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/

export function tooLongMessage(bytes: number, max: number): string {
  return `line is ${bytes} bytes long, over the ${max}-byte limit (skipped unread)`
}

// Public shapes of the alert-list store. The person shape is the agreed `ListedPerson`.
import type { ListedPerson } from '../../../../shared/screening/types'

export type ListKind = 'documents' | 'persons' | 'vehicles'
export const LIST_KINDS: readonly ListKind[] = ['documents', 'persons', 'vehicles']

export type ImportFormat = 'csv' | 'ftm' | 'interpol' | 'delta'
export const IMPORT_FORMATS: readonly ImportFormat[] = ['csv', 'ftm', 'interpol', 'delta']

/** A list version in force: what a screening result records it used. */
export interface ActiveListVersion {
  listId: string
  kind: ListKind
  name: string
  version: string
  importedAt: string
  recordCount: number
  /** Per-list score threshold for person matching (0..1); null = the screening default. */
  matchThreshold: number | null
}

export interface ListStatus extends ActiveListVersion {
  source: string
  format: ImportFormat
  baseVersion: string | null
  importedBy: string
  file: string
  fileBytes: number
  sourceSha256: string
  /**
   * The file was indexed with another `nameIndexKeys` / `documentConfusionKey` than this build
   * has: lookups may miss until `rebuildKeys(listId)` (or a re-import) has run.
   */
  staleKeys: boolean
  /** Earlier versions, newest first (their files are gone; kept for the audit trail). */
  history: Array<{ version: string; importedAt: string; retiredAt: string | null; recordCount: number }>
}

// ---- records as they are stored ------------------------------------------------------------

export interface DocumentRecord {
  recordId: string
  /** As listed (display); `numberKey` is what it is matched by. */
  number: string
  numberKey: string
  /** As listed, e.g. P, ID, passport; '' when the list does not say. */
  type: string
  /** P, I, V, other ICAO first letter, or '' (see documentTypeKey). */
  typeKey: string
  /** Issuing state, ISO/ICAO alpha-3; '' when the list does not say (matches any issuer). */
  issuer: string
  reason: string
  /** Further columns of the source (reported date, holder…), when there were any. */
  details: Record<string, unknown> | null
}

export interface VehicleRecord {
  recordId: string
  /** As listed. */
  plate: string | null
  /** normalisePlate(plate). */
  plateKey: string | null
  /** Registration country, alpha-3; null when unknown. */
  country: string | null
  vin: string | null
  make: string | null
  model: string | null
  colour: string | null
  reason: string
  details: Record<string, unknown> | null
}

export type PersonRecord = Omit<ListedPerson, 'listId'> & { details: Record<string, unknown> | null }

// ---- lookups ----------------------------------------------------------------------------------

export interface DocumentCandidate extends DocumentRecord {
  listId: string
  listVersion: string
  /**
   * `exact`: same normalised number (and issuer, when both sides have one).
   * `confusion`: the numbers differ but fold to the same confusion key (O/0, I/1, B/8, S/5, Z/2,
   * G/6): a possible misread or a forger's look-alike, for the officer to compare.
   */
  match: 'exact' | 'confusion'
  /** false when the presented and the listed type are both known and differ (P vs I). */
  typeAgrees: boolean
}

/** A `ListedPerson` (assignable where one is expected) with what retrieval knows about it. */
export interface PersonCandidate extends ListedPerson {
  listVersion: string
  /** The query keys this person is indexed under. */
  sharedKeys: string[]
  /** Sum of the inverse document frequencies of the shared keys: an ordering, not a match score. */
  retrievalScore: number
  details: Record<string, unknown> | null
}

export interface PersonCandidates {
  candidates: PersonCandidate[]
  /**
   * true when some key was so common that only part of its postings was read: raise the
   * number of query keys (or the limit) if recall on such names matters.
   */
  truncated: boolean
}

export interface VehicleCandidate extends VehicleRecord {
  listId: string
  listVersion: string
  matchedOn: Array<'plate' | 'vin'>
  /** The plate keys of the query this vehicle is indexed under (all of them: the same plate). */
  sharedKeys: string[]
}

export interface SearchHit {
  listId: string
  kind: ListKind
  listVersion: string
  recordId: string
  matchedOn: string
  /** One line for a result table. */
  summary: string
  record: DocumentRecord | PersonRecord | VehicleRecord
}

// ---- import -----------------------------------------------------------------------------------

export type ImportPhase = 'reading' | 'indexing' | 'built' | 'registered' | 'done'

export interface ImportProgress {
  phase: ImportPhase
  bytesRead: number
  totalBytes: number
  /** Rows read from the source so far (good and bad). */
  rows: number
  elapsedMs: number
}

export interface RowProblem {
  line: number
  message: string
  recordId?: string
}

export interface ImportOptions {
  listId: string
  kind: ListKind
  format: ImportFormat
  /** Who imports: written to the audit log. */
  actor: string
  name?: string
  source?: string
  /** Default: the import time, e.g. 20261125T161500Z. */
  version?: string
  /** Import the good rows and report the bad ones (default: any bad row fails the import). */
  skipBadRows?: boolean
  /** Delta only: fail unless this is the version in force. */
  baseVersion?: string
  /** A full import normally may not shrink the list below half its current size (truncated file?). */
  allowShrink?: boolean
  /** A full import normally may not produce an empty list. */
  allowEmpty?: boolean
  matchThreshold?: number | null
  maxLineBytes?: number
  onProgress?: (progress: ImportProgress) => void
  /** Test seam: called as each phase starts. */
  onPhase?: (phase: ImportPhase) => void
}

export interface ImportReport {
  ok: boolean
  listId: string
  kind: ListKind
  format: ImportFormat
  version: string
  previousVersion: string | null
  recordCount: number
  rowsRead: number
  /** Delta: what it did. */
  delta?: { added: number; changed: number; removed: number }
  /** Why the import failed (ok = false), in the order found. */
  errors: RowProblem[]
  /** Rows left out under skipBadRows (ok = true). */
  skipped: RowProblem[]
  /** Counts beyond the first 1,000 listed problems. */
  moreErrors: number
  moreSkipped: number
  /** Not failures: Latin-1 lines, ignored columns or entities, a delimiter other than comma… */
  notes: string[]
  source: { file: string; bytes: number; sha256: string; gzip: boolean; bom: boolean; latin1LineCount: number; latin1Lines: number[] }
  durationMs: number
}

// The messages between MatcherPool and its workers.
import type { ProbeFinger, SearchCandidate, SearchOptions } from './search-index'

export type MatcherRequest =
  | { type: 'add'; id: number; subjectIds: string[]; fingerPositions: Uint8Array; packedTemplates: Float32Array }
  | { type: 'search'; id: number; probe: ProbeFinger[]; options: SearchOptions }

export type MatcherReply =
  | { type: 'added'; id: number; size: number }
  | { type: 'searched'; id: number; candidates: SearchCandidate[] }
  | { type: 'failed'; id: number; message: string }

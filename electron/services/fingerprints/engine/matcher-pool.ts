// 1:N search off the main thread: the gallery is split by subject across worker threads (so each
// worker can fuse a subject's fingers on its own), every search goes to all workers at once and the
// ranked answers are merged. A worker that dies fails every pending and later request with
// MatcherWorkerCrashedError instead of leaving callers waiting forever.
import type { Worker } from 'node:worker_threads'
import type { MatcherReply, MatcherRequest } from './matcher-messages'
import type { GalleryFinger, ProbeFinger, SearchCandidate, SearchOptions } from './search-index'
import { packTemplates } from './template-packing'
import { startWorker } from './typescript-worker'

export class MatcherWorkerCrashedError extends Error {
  override readonly name = 'MatcherWorkerCrashedError'
}

export interface MatcherPoolOptions {
  /** Worker threads (default 2). */
  workers?: number
  /**
   * The worker script. Default: fingerprint-worker.ts beside this file when running from source
   * (under tsx or vitest), fingerprint-worker.js beside the bundle in the built app
   * (out/main/fingerprint-worker.js, a separate electron-vite entry).
   */
  workerScript?: string | URL
  /** Node options for the workers (a .ts script gets tsx's loader registered either way). */
  execArgv?: string[]
}

interface Pending {
  resolve: (reply: MatcherReply) => void
  reject: (error: Error) => void
}

export function defaultWorkerScript(): URL {
  const fromSource = import.meta.url.endsWith('.ts')
  // Built from a variable so the bundler leaves the path alone rather than inlining the file.
  const name = `fingerprint-worker.${fromSource ? 'ts' : 'js'}`
  // In the bundle this code may sit in a shared chunk (out/main/chunks/…); the entry is one level up.
  const inChunk = !fromSource && /\/chunks\/[^/]*$/.test(import.meta.url)
  return new URL(inChunk ? `../${name}` : name, import.meta.url)
}

export class MatcherPool {
  private readonly workers: Worker[] = []
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private crashed: MatcherWorkerCrashedError | null = null
  private closing = false
  private enrolled = 0

  constructor(options: MatcherPoolOptions = {}) {
    const count = options.workers ?? 2
    if (!(count >= 1)) throw new RangeError(`a matcher pool needs at least one worker, got ${count}`)
    const script = options.workerScript ?? defaultWorkerScript()
    const execArgv = options.execArgv ?? []
    for (let k = 0; k < count; k++) {
      const worker = startWorker(script, { execArgv })
      worker.on('message', (reply: MatcherReply) => {
        const waiting = this.pending.get(reply.id)
        this.pending.delete(reply.id)
        waiting?.resolve(reply)
      })
      worker.on('error', (error) => this.fail(k, `fingerprint matcher worker ${k} crashed: ${error.message}`))
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(k, `fingerprint matcher worker ${k} exited unexpectedly (exit code ${code})`)
      })
      this.workers.push(worker)
    }
  }

  /** Enrolled fingers across all workers. */
  get size(): number {
    return this.enrolled
  }

  /** Enrols fingers; all fingers of one subject land on the same worker. */
  async add(fingers: readonly GalleryFinger[]): Promise<void> {
    const shares: GalleryFinger[][] = this.workers.map(() => [])
    for (const finger of fingers) shares[workerFor(finger.subjectId, this.workers.length)]!.push(finger)
    await Promise.all(
      shares.map((share, k) => {
        if (share.length === 0) return undefined
        const packedTemplates = packTemplates(share.map((f) => f.template))
        return this.request(k, {
          type: 'add',
          id: 0,
          subjectIds: share.map((f) => f.subjectId),
          fingerPositions: Uint8Array.from(share, (f) => f.fingerPosition),
          packedTemplates,
        }, [packedTemplates.buffer as ArrayBuffer])
      }),
    )
    this.enrolled += fingers.length
  }

  async search(probe: readonly ProbeFinger[], options: SearchOptions = {}): Promise<SearchCandidate[]> {
    const replies = await Promise.all(this.workers.map((_, k) => this.request(k, { type: 'search', id: 0, probe: [...probe], options })))
    const merged = replies.flatMap((reply) => (reply.type === 'searched' ? reply.candidates : []))
    merged.sort((a, b) => b.score - a.score || (a.subjectId < b.subjectId ? -1 : 1))
    return merged.slice(0, options.maxCandidates ?? 10)
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.terminate()))
    this.fail(-1, 'the fingerprint matcher pool was closed')
  }

  private request(worker: number, message: MatcherRequest, transfer: ArrayBuffer[] = []): Promise<MatcherReply> {
    if (this.crashed) return Promise.reject(this.crashed)
    const id = this.nextId++
    return new Promise<MatcherReply>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (reply) => (reply.type === 'failed' ? reject(new Error(`fingerprint matcher worker ${worker}: ${reply.message}`)) : resolve(reply)),
        reject,
      })
      this.workers[worker]!.postMessage({ ...message, id }, transfer)
    })
  }

  /** Marks the pool broken and rejects everything still waiting. */
  private fail(worker: number, message: string): void {
    this.crashed ??= new MatcherWorkerCrashedError(message)
    for (const [id, waiting] of this.pending) {
      this.pending.delete(id)
      waiting.reject(this.crashed)
    }
    if (worker >= 0 && !this.closing) {
      // The other workers hold only part of the gallery now: searching them would silently miss subjects.
      this.closing = true
      for (const w of this.workers) void w.terminate()
    }
  }
}

/** Stable worker choice per subject (FNV-1a of the id). */
function workerFor(subjectId: string, workers: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < subjectId.length; i++) {
    hash ^= subjectId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % workers
}

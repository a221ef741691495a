// The enrolled prints of listed persons, searchable 1:N. With worker threads
// the engine's MatcherPool keeps comparisons off the main loop; without (a
// built app whose worker bundle is missing, or tests that want speed) the
// engine's SearchIndex runs in-process after yielding to the event loop, which
// suits the small galleries a post holds (see the report for the numbers).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MatcherPool, defaultWorkerScript } from '../engine/matcher-pool'
import { SearchIndex, type GalleryFinger, type ProbeFinger, type SearchCandidate, type SearchOptions } from '../engine/search-index'

export interface WatchlistGallery {
  readonly size: number
  readonly runsOffMainThread: boolean
  search(probe: readonly ProbeFinger[], options: SearchOptions): Promise<SearchCandidate[]>
  close(): Promise<void>
}

/** A gallery subject names the list and the record: "listId\u0000recordId". */
export const subjectOf = (listId: string, recordId: string) => `${listId}\u0000${recordId}`
export function listRecordOf(subjectId: string): { listId: string; recordId: string } {
  const [listId = '', recordId = ''] = subjectId.split('\u0000')
  return { listId, recordId }
}

class InProcessGallery implements WatchlistGallery {
  readonly runsOffMainThread = false
  private readonly index = new SearchIndex()

  constructor(fingers: readonly GalleryFinger[]) {
    this.index.add(fingers)
  }

  get size(): number {
    return this.index.size
  }

  async search(probe: readonly ProbeFinger[], options: SearchOptions): Promise<SearchCandidate[]> {
    await new Promise((resolve) => setImmediate(resolve)) // let pending I/O and events go first
    return this.index.search(probe, options)
  }

  async close(): Promise<void> {}
}

class PooledGallery implements WatchlistGallery {
  readonly runsOffMainThread = true
  constructor(
    private readonly pool: MatcherPool,
    readonly size: number,
  ) {}

  search(probe: readonly ProbeFinger[], options: SearchOptions): Promise<SearchCandidate[]> {
    return this.pool.search(probe, options)
  }

  close(): Promise<void> {
    return this.pool.close()
  }
}

/** Whether the matcher workers' script is where the pool looks for it. */
export function matcherWorkersAvailable(): boolean {
  try {
    return existsSync(fileURLToPath(defaultWorkerScript()))
  } catch {
    return false
  }
}

/** `workers` 0 = in-process; otherwise a pool when its worker script exists, else in-process. */
export async function openGallery(fingers: readonly GalleryFinger[], workers: number): Promise<WatchlistGallery> {
  if (workers <= 0 || fingers.length === 0 || !matcherWorkersAvailable()) return new InProcessGallery(fingers)
  const pool = new MatcherPool({ workers })
  try {
    await pool.add(fingers)
  } catch (err) {
    await pool.close().catch(() => undefined)
    throw err
  }
  return new PooledGallery(pool, fingers.length)
}

export function inProcessGallery(fingers: readonly GalleryFinger[]): WatchlistGallery {
  return new InProcessGallery(fingers)
}

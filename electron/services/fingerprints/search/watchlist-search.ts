// 1:N search of a traveller's captured fingers against the prints enrolled
// for persons on the alert lists in force. The per-comparison threshold comes
// from a target FPIR for the gallery's size (engine/fpir-threshold.ts) and is
// applied to the fused score (the sum over the traveller's fingers), so a
// candidate is returned only when its fingers together are that unlikely to
// be a stranger's. Candidates are raised for the officer to review, never
// decided on; the search, its threshold and every candidate are audited in
// the same transaction.
import type { AuditLog } from '../../audit/audit-log'
import type { Logger } from '../../../../drivers/core/driver'
import type { FingerprintEngine } from '../engine/fingerprint-engine'
import { thresholdForFpir } from '../engine/fpir-threshold'
import type { GalleryFinger, ProbeFinger } from '../engine/search-index'
import type { FingerprintRepository } from '../fingerprint-repository'
import type { ListEnrolments } from '../enrolment/list-enrolments'
import { inProcessGallery, listRecordOf, openGallery, subjectOf, type WatchlistGallery } from './watchlist-gallery'

export const DEFAULT_TARGET_FPIR = 0.001

export interface ListedPersons {
  /** The persons lists in force, with their versions. */
  activePersonLists(): Array<{ listId: string; version: string }>
  /** The record as listed, for the officer; null when the list no longer holds it. */
  record(listId: string, recordId: string): Record<string, string> | null
}

export interface SearchOutcome {
  status: 'done' | 'failed' | 'no-gallery'
  galleryFingers: number
  targetFpir: number
  threshold: number | null
  message: string | null
  raised: number
}

export class WatchlistSearch {
  private gallery: { gallery: WatchlistGallery; key: string; unreadable: number } | null = null

  constructor(
    private readonly deps: {
      audit: AuditLog
      repo: FingerprintRepository
      engine: FingerprintEngine
      enrolments: ListEnrolments
      persons: ListedPersons
      log: Logger
      now: () => Date
      /** Matcher worker threads (0 = in-process). */
      workers: number
      targetFpir?: number
    },
  ) {}

  get targetFpir(): number {
    return this.deps.targetFpir ?? DEFAULT_TARGET_FPIR
  }

  async run(crossingId: number, actor: string): Promise<SearchOutcome> {
    const targetFpir = this.targetFpir
    const failed = (message: string): SearchOutcome => {
      this.deps.audit.transaction(() => this.deps.audit.append({ actor, action: 'fingerprint.search-failed', subject: `crossing:${crossingId}`, details: { message } }))
      return { status: 'failed', galleryFingers: this.gallery?.gallery.size ?? 0, targetFpir, threshold: null, message, raised: 0 }
    }
    let probe: ProbeFinger[]
    try {
      probe = this.probeOf(crossingId)
    } catch (err) {
      return failed(err instanceof Error ? err.message : String(err))
    }
    const lists = this.deps.persons.activePersonLists()
    const { gallery, unreadable } = await this.galleryFor(lists)
    if (gallery.size === 0) return { status: 'no-gallery', galleryFingers: 0, targetFpir, threshold: null, message: null, raised: 0 }
    const threshold = thresholdForFpir(targetFpir, gallery.size)
    let found
    try {
      found = await gallery.search(probe, { maxCandidates: 10, minScore: threshold })
    } catch (err) {
      // A crashed worker pool must not lose the search: run it here instead, and rebuild the pool next time.
      this.deps.log.error('fingerprint search workers failed; searching in-process', { error: err instanceof Error ? err.message : String(err) })
      await this.dropGallery()
      const local = inProcessGallery(this.galleryFingers(lists).fingers)
      found = await local.search(probe, { maxCandidates: 10, minScore: threshold })
    }
    const versions = new Map(lists.map((l) => [l.listId, l.version]))
    const at = this.deps.now().toISOString()
    const raised = this.deps.audit.transaction(() => {
      const searchId = this.deps.repo.insertSearch({ crossingId, galleryFingers: gallery.size, targetFpir, threshold, probePositions: probe.map((p) => p.fingerPosition), engine: this.engineName, by: actor, at })
      let n = 0
      for (const c of found) {
        const { listId, recordId } = listRecordOf(c.subjectId)
        const record = this.deps.persons.record(listId, recordId)
        if (!record) continue // enrolled for a record the list no longer holds
        const fingers = c.fingers.map((f) => ({ position: f.fingerPosition, score: round(f.score) }))
        const id = this.deps.repo.insertCandidate({ searchId, crossingId, listId, listVersion: versions.get(listId) ?? '?', recordId, score: round(c.score), threshold: round(threshold), fingers, record, at })
        this.deps.audit.append({ actor, action: 'fingerprint.candidate-raised', subject: `fingerprint-candidate:${id}`, details: { crossing: crossingId, list: listId, listVersion: versions.get(listId), record: recordId, score: round(c.score), threshold: round(threshold), fingers } })
        n++
      }
      this.deps.audit.append({
        actor,
        action: 'fingerprint.searched',
        subject: `crossing:${crossingId}`,
        details: { galleryFingers: gallery.size, targetFpir, threshold: round(threshold), probe: probe.map((p) => p.fingerPosition), candidates: n, unreadableEnrolments: unreadable, offMainThread: gallery.runsOffMainThread },
      })
      return n
    })
    const message = unreadable > 0 ? `${unreadable} enrolled template(s) could not be read and were left out of the search.` : null
    return { status: 'done', galleryFingers: gallery.size, targetFpir, threshold, message, raised }
  }

  async close(): Promise<void> {
    await this.dropGallery()
  }

  private get engineName(): string {
    return `${this.deps.engine.name} ${this.deps.engine.version}`
  }

  /** The traveller's stored templates; a corrupt one is a clear error, not a crash. */
  private probeOf(crossingId: number): ProbeFinger[] {
    const rows = this.deps.repo.capturesFor(crossingId)
    if (rows.length === 0) throw new Error('No fingers captured for this crossing.')
    return rows.map((r) => {
      try {
        return { fingerPosition: r.position, template: this.deps.engine.importTemplate(r.template) }
      } catch (err) {
        throw new Error(`The stored template of finger ${r.position} (capture ${r.id}) is corrupt and cannot be searched: ${err instanceof Error ? err.message : String(err)}. Capture the finger again.`, { cause: err })
      }
    })
  }

  private galleryFingers(lists: Array<{ listId: string }>): { fingers: GalleryFinger[]; unreadable: number } {
    const fingers: GalleryFinger[] = []
    let unreadable = 0
    for (const e of this.deps.repo.enrolments(lists.map((l) => l.listId))) {
      try {
        fingers.push({ subjectId: subjectOf(e.list_id, e.record_id), fingerPosition: e.position, template: this.deps.engine.importTemplate(e.template) })
      } catch (err) {
        unreadable++
        this.deps.log.warn('enrolled fingerprint template unreadable; left out of the gallery', { list: e.list_id, record: e.record_id, position: e.position, error: err instanceof Error ? err.message : String(err) })
      }
    }
    return { fingers, unreadable }
  }

  private async galleryFor(lists: Array<{ listId: string; version: string }>): Promise<{ gallery: WatchlistGallery; unreadable: number }> {
    const key = `${this.deps.enrolments.changes}|${lists.map((l) => `${l.listId}@${l.version}`).join(',')}`
    if (this.gallery?.key === key) return this.gallery
    await this.dropGallery()
    const { fingers, unreadable } = this.galleryFingers(lists)
    let gallery: WatchlistGallery
    try {
      gallery = await openGallery(fingers, this.deps.workers)
    } catch (err) {
      this.deps.log.error('fingerprint matcher workers did not start; searching in-process', { error: err instanceof Error ? err.message : String(err) })
      gallery = inProcessGallery(fingers)
    }
    this.gallery = { gallery, key, unreadable }
    return this.gallery
  }

  private async dropGallery(): Promise<void> {
    const g = this.gallery
    this.gallery = null
    await g?.gallery.close().catch(() => undefined)
  }
}

const round = (n: number) => Math.round(n * 10) / 10

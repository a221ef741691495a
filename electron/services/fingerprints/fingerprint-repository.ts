// Prepared statements for the fingerprint tables (migration 007). Callers own
// the transaction (AuditLog.transaction) so a capture, a search or an
// officer's action commits together with its audit entry or not at all.
import type { Db } from '../../store/database'
import type { FingerprintCandidateView } from '../../../shared/domain/fingerprints'

export interface NewCapture {
  crossingId: number
  position: number
  slapPosition: number | null
  device: string
  quality: number
  feedback: string
  measures: Record<string, number>
  overrideReason: string | null
  template: Uint8Array
  templateFormat: string
  engine: string
  imagePng: Uint8Array
  width: number
  height: number
  ppi: number
  by: string
  at: string
}

export interface CaptureRow {
  id: number
  crossing_id: number
  position: number
  slap_position: number | null
  device: string
  quality: number
  feedback: string
  override_reason: string | null
  template: Uint8Array
  image_png: Uint8Array
  width: number
  height: number
  ppi: number
  captured_by: string
  captured_at: string
}

export interface EnrolmentRow {
  list_id: string
  record_id: string
  position: number
  template: Uint8Array
}

interface CandidateRow {
  id: number
  list_id: string
  list_version: string
  record_id: string
  score: number
  threshold: number
  fingers: string
  record: string
  status: FingerprintCandidateView['status']
  dismiss_reason: string | null
  acted_by: string | null
  acted_at: string | null
}

export class FingerprintRepository {
  constructor(private readonly db: Db) {}

  insertCapture(c: NewCapture): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO fingerprint_captures (crossing_id, position, slap_position, device, quality, feedback, measures, override_reason, template, template_format, engine, image_png, width, height, ppi, captured_by, captured_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(c.crossingId, c.position, c.slapPosition, c.device, Math.round(c.quality), c.feedback, JSON.stringify(c.measures), c.overrideReason, c.template, c.templateFormat, c.engine, c.imagePng, c.width, c.height, c.ppi, c.by, c.at).lastInsertRowid,
    )
  }

  /** The crossing's captures, the newest per finger position (a recapture replaces an earlier one). */
  capturesFor(crossingId: number): CaptureRow[] {
    return this.db
      .prepare(
        `SELECT * FROM fingerprint_captures WHERE id IN (SELECT MAX(id) FROM fingerprint_captures WHERE crossing_id = ? GROUP BY position) ORDER BY id`,
      )
      .all(crossingId) as CaptureRow[]
  }

  /** For tests and repair tools: replace a stored template's bytes. */
  setCaptureTemplate(captureId: number, template: Uint8Array): void {
    this.db.prepare('UPDATE fingerprint_captures SET template = ? WHERE id = ?').run(template, captureId)
  }

  upsertEnrolment(e: { listId: string; recordId: string; position: number; template: Uint8Array; source: string; by: string; at: string }): void {
    this.db
      .prepare(
        `INSERT INTO fingerprint_enrolments (list_id, record_id, position, template, source, enrolled_by, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (list_id, record_id, position) DO UPDATE SET template = excluded.template, source = excluded.source, enrolled_by = excluded.enrolled_by, enrolled_at = excluded.enrolled_at`,
      )
      .run(e.listId, e.recordId, e.position, e.template, e.source, e.by, e.at)
  }

  enrolments(listIds: readonly string[]): EnrolmentRow[] {
    if (listIds.length === 0) return []
    return this.db
      .prepare(`SELECT list_id, record_id, position, template FROM fingerprint_enrolments WHERE list_id IN (${listIds.map(() => '?').join(',')}) ORDER BY list_id, record_id, position`)
      .all(...listIds) as EnrolmentRow[]
  }

  enrolmentCount(listId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM fingerprint_enrolments WHERE list_id = ?').get(listId) as { n: number }).n
  }

  insertSearch(s: { crossingId: number; galleryFingers: number; targetFpir: number; threshold: number; probePositions: number[]; engine: string; by: string; at: string }): number {
    return Number(
      this.db
        .prepare('INSERT INTO fingerprint_searches (crossing_id, gallery_fingers, target_fpir, threshold, probe_positions, engine, searched_by, searched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(s.crossingId, s.galleryFingers, s.targetFpir, s.threshold, JSON.stringify(s.probePositions), s.engine, s.by, s.at).lastInsertRowid,
    )
  }

  insertCandidate(c: { searchId: number; crossingId: number; listId: string; listVersion: string; recordId: string; score: number; threshold: number; fingers: Array<{ position: number; score: number }>; record: Record<string, string>; at: string }): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO fingerprint_candidates (search_id, crossing_id, list_id, list_version, record_id, score, threshold, fingers, record, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'candidate', ?)`,
        )
        .run(c.searchId, c.crossingId, c.listId, c.listVersion, c.recordId, c.score, c.threshold, JSON.stringify(c.fingers), JSON.stringify(c.record), c.at).lastInsertRowid,
    )
  }

  candidatesFor(crossingId: number): FingerprintCandidateView[] {
    return (this.db.prepare('SELECT * FROM fingerprint_candidates WHERE crossing_id = ? ORDER BY score DESC, id').all(crossingId) as CandidateRow[]).map(toCandidate)
  }

  candidate(id: number): (FingerprintCandidateView & { crossingId: number }) | null {
    const row = this.db.prepare('SELECT * FROM fingerprint_candidates WHERE id = ?').get(id) as (CandidateRow & { crossing_id: number }) | undefined
    return row ? { ...toCandidate(row), crossingId: row.crossing_id } : null
  }

  /** Confirmed candidates of a crossing go to second line with it. Returns their ids. */
  referConfirmed(crossingId: number, by: string, at: string): number[] {
    const ids = (this.db.prepare("SELECT id FROM fingerprint_candidates WHERE crossing_id = ? AND status = 'confirmed'").all(crossingId) as { id: number }[]).map((r) => r.id)
    for (const id of ids) this.db.prepare("UPDATE fingerprint_candidates SET status = 'referred', acted_by = ?, acted_at = ? WHERE id = ?").run(by, at, id)
    return ids
  }

  setCandidateStatus(id: number, status: 'confirmed' | 'dismissed', by: string, at: string, reason: string | null): void {
    this.db.prepare('UPDATE fingerprint_candidates SET status = ?, acted_by = ?, acted_at = ?, dismiss_reason = ? WHERE id = ?').run(status, by, at, reason, id)
  }
}

function toCandidate(r: CandidateRow): FingerprintCandidateView {
  return {
    id: r.id,
    listId: r.list_id,
    listVersion: r.list_version,
    recordId: r.record_id,
    score: r.score,
    threshold: r.threshold,
    fingers: JSON.parse(r.fingers) as FingerprintCandidateView['fingers'],
    record: JSON.parse(r.record) as Record<string, string>,
    status: r.status,
    dismissReason: r.dismiss_reason,
    actedBy: r.acted_by,
    actedAt: r.acted_at,
  }
}

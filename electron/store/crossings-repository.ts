// Prepared statements for crossings and everything hanging off them. Callers
// own the transaction (through AuditLog.transaction) so a crossing and its
// audit entries commit together or not at all.
import type { Db } from './database'
import type { Alert, AlertStatus, CrossingSummary, Decision, DocumentCheck, HitQueueRow, OverallResult } from '../../shared/domain/inspection'

export interface NewCrossing {
  at: string
  lane: string
  startedBy: string
  traveller: { surname: string; givenNames: string; nationality: string; birthDate: string | null; sex: string }
  document: {
    documentCode: string
    documentNumber: string
    issuingState: string
    expiryDate: string | null
    format: string | null
    mrz: string
    mrzValid: boolean
    source: 'reader' | 'manual'
    device: string | null
  }
  overall: OverallResult
  checks: DocumentCheck[]
}

interface AlertRow {
  id: number
  list: 'documents' | 'persons' | 'vehicles'
  list_id: string | null
  score: number | null
  confidence: 'exact' | 'high' | 'low' | null
  features: string
  outcome: string | null
  list_version: string
  list_record_id: string
  reason: string
  matched_on: string
  record: string
  status: AlertStatus
  dismiss_reason: string | null
  acted_by: string | null
  acted_at: string | null
}

export interface NewAlert {
  crossingId: number
  screeningId: number
  list: string
  listId: string
  listVersion: string
  listRecordId: string
  reason: string
  matchedOn: string[]
  record: Record<string, string>
  score: number | null
  confidence: 'exact' | 'high' | 'low' | null
  features: Alert['features']
  at: string
}

export class CrossingsRepository {
  constructor(private readonly db: Db) {}

  insertCrossing(c: NewCrossing): number {
    const t = c.traveller
    const travellerId = this.db
      .prepare('INSERT INTO travellers (surname, given_names, nationality, birth_date, sex, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(t.surname, t.givenNames, t.nationality, t.birthDate, t.sex, c.at).lastInsertRowid
    const d = c.document
    const documentId = this.db
      .prepare(
        'INSERT INTO documents (traveller_id, document_code, document_number, issuing_state, expiry_date, format, mrz, mrz_valid, source, reader_device, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(travellerId, d.documentCode, d.documentNumber, d.issuingState, d.expiryDate, d.format, d.mrz, d.mrzValid ? 1 : 0, d.source, d.device, c.at).lastInsertRowid
    return Number(
      this.db
        .prepare("INSERT INTO crossings (traveller_id, document_id, lane, started_at, started_by, status, overall, checks) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)")
        .run(travellerId, documentId, c.lane, c.at, c.startedBy, c.overall, JSON.stringify(c.checks)).lastInsertRowid,
    )
  }

  insertScreening(crossingId: number, list: string, listId: string, listVersion: string, matchCount: number, at: string): number {
    return Number(
      this.db
        .prepare('INSERT INTO screening_results (crossing_id, list, list_id, list_version, match_count, screened_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(crossingId, list, listId, listVersion, matchCount, at).lastInsertRowid,
    )
  }

  insertAlert(a: NewAlert): number {
    return Number(
      this.db
        .prepare(
          "INSERT INTO alerts (crossing_id, screening_result_id, list, list_id, list_version, list_record_id, reason, matched_on, record, status, created_at, score, confidence, features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'candidate', ?, ?, ?, ?)",
        )
        .run(
          a.crossingId,
          a.screeningId,
          a.list,
          a.listId,
          a.listVersion,
          a.listRecordId,
          a.reason,
          JSON.stringify(a.matchedOn),
          JSON.stringify(a.record),
          a.at,
          a.score,
          a.confidence,
          JSON.stringify(a.features),
        ).lastInsertRowid,
    )
  }

  alertsFor(crossingId: number): Alert[] {
    return (this.db.prepare('SELECT * FROM alerts WHERE crossing_id = ? ORDER BY id').all(crossingId) as AlertRow[]).map(toAlert)
  }

  /** The supervisor's queue: alerts since `since` (ISO), newest first, with their crossing. */
  hitQueue(since: string, status: Alert['status'] | 'all'): HitQueueRow[] {
    return this.hitRows(since, status, null)
  }

  /** One alert as a queue row, whatever its age or status. */
  hitQueueRow(alertId: number): HitQueueRow | null {
    return this.hitRows('', 'all', alertId)[0] ?? null
  }

  private hitRows(since: string, status: Alert['status'] | 'all', alertId: number | null): HitQueueRow[] {
    type Row = AlertRow & { crossing_id: number; created_at: string; surname: string; given_names: string; document_number: string; issuing_state: string; started_by: string; decision: HitQueueRow['decision'] }
    const rows = this.db
      .prepare(
        `SELECT a.*, t.surname, t.given_names, d.document_number, d.issuing_state, c.started_by, dec.decision
           FROM alerts a
           JOIN crossings c ON c.id = a.crossing_id
           JOIN travellers t ON t.id = c.traveller_id
           JOIN documents d ON d.id = c.document_id
           LEFT JOIN decisions dec ON dec.crossing_id = c.id
          WHERE a.created_at >= @since AND (@status = 'all' OR a.status = @status) AND (@alertId IS NULL OR a.id = @alertId)
          ORDER BY a.id DESC
          LIMIT 500`,
      )
      .all({ since, status, alertId }) as Row[]
    return rows.map((r) => ({
      alert: toAlert(r),
      crossingId: r.crossing_id,
      at: r.created_at,
      traveller: [r.surname, r.given_names].filter(Boolean).join(', '),
      document: `${r.issuing_state} ${r.document_number}`,
      startedBy: r.started_by,
      decision: r.decision,
    }))
  }

  setOutcome(alertId: number, outcome: string): void {
    this.db.prepare('UPDATE alerts SET outcome = ? WHERE id = ?').run(outcome, alertId)
  }


  setAlertStatus(alertId: number, status: AlertStatus, by: string, at: string, dismissReason: string | null = null): void {
    this.db.prepare('UPDATE alerts SET status = ?, acted_by = ?, acted_at = ?, dismiss_reason = COALESCE(?, dismiss_reason) WHERE id = ?').run(status, by, at, dismissReason, alertId)
  }

  setOverall(crossingId: number, overall: OverallResult): void {
    this.db.prepare('UPDATE crossings SET overall = ? WHERE id = ?').run(overall, crossingId)
  }

  insertDecision(crossingId: number, decision: Decision, officer: string, at: string): void {
    this.db.prepare('INSERT INTO decisions (crossing_id, decision, officer, decided_at) VALUES (?, ?, ?, ?)').run(crossingId, decision, officer, at)
    this.db.prepare("UPDATE crossings SET status = 'decided' WHERE id = ?").run(crossingId)
  }

  setStatus(crossingId: number, status: 'superseded' | 'interrupted'): void {
    this.db.prepare('UPDATE crossings SET status = ? WHERE id = ?').run(status, crossingId)
  }

  openCrossingIds(): number[] {
    return (this.db.prepare("SELECT id FROM crossings WHERE status = 'open'").all() as { id: number }[]).map((r) => r.id)
  }

  /** Crossings started at or after `since` (ISO), newest first. */
  since(since: string, limit = 200): CrossingSummary[] {
    type Row = { id: number; at: string; surname: string; given_names: string; document_number: string; issuing_state: string; overall: OverallResult; status: CrossingSummary['status']; decision: Decision | null; officer: string | null }
    const rows = this.db
      .prepare(
        `SELECT c.id, c.started_at AS at, t.surname, t.given_names, d.document_number, d.issuing_state, c.overall, c.status, dec.decision, dec.officer
           FROM crossings c
           JOIN travellers t ON t.id = c.traveller_id
           JOIN documents d ON d.id = c.document_id
           LEFT JOIN decisions dec ON dec.crossing_id = c.id
          WHERE c.started_at >= ?
          ORDER BY c.id DESC
          LIMIT ?`,
      )
      .all(since, limit) as Row[]
    return rows.map((r) => ({
    id: r.id,
      at: r.at,
      name: [r.surname, r.given_names].filter(Boolean).join(', '),
      documentNumber: r.document_number,
      issuingState: r.issuing_state,
      overall: r.overall,
      status: r.status,
      decision: r.decision,
      officer: r.officer,
    }))
  }
}

function toAlert(r: AlertRow): Alert {
  return {
    id: r.id,
    list: r.list,
    listId: r.list_id ?? r.list,
    listVersion: r.list_version,
    score: r.score,
    confidence: r.confidence,
    features: JSON.parse(r.features) as Alert['features'],
    outcome: r.outcome,
    listRecordId: r.list_record_id,
    reason: r.reason,
    matchedOn: JSON.parse(r.matched_on) as string[],
    record: JSON.parse(r.record) as Record<string, string>,
    status: r.status,
    dismissReason: r.dismiss_reason,
    actedBy: r.acted_by,
    actedAt: r.acted_at,
  }
}

// The authoritative primary-line workflow for one lane, on the main side next
// to the store and the audit log, so a renderer reload loses nothing. Which
// command is allowed when is decided by lane-rules.ts. Every step is one transaction with its audit entries: a crash mid-write
// leaves no half-recorded crossing.
import { EventEmitter } from 'node:events'
import { parseMrz, type MrzParseResult } from '../../../shared/mrz'
import type { Alert, Decision, DocumentView, InspectionSnapshot, ReadNoticeCode, ReadOrigin, RiskView } from '../../../shared/domain/inspection'
import type { AuditLog } from '../audit/audit-log'
import type { CrossingsRepository } from '../../store/crossings-repository'
import type { Screener } from '../screening/list-screening'
import { documentChecks, overallResult } from './document-checks'
import { refusal, refusalMessages, stateForAlerts, supersedes, type LaneCommand } from './lane-rules'

export class InspectionError extends Error {
  constructor(
    readonly code: 'conflict' | 'not-found',
    message: string,
  ) {
    super(message)
  }
}

const IDLE: InspectionSnapshot = { state: 'idle', crossingId: null, document: null, checks: [], alerts: [], overall: null, risk: null, decision: null, notice: null }

export interface InspectionServiceDeps {
  audit: AuditLog
  crossings: CrossingsRepository
  screening: Screener
  lane: string
  /** Risk profiles, evaluated once the crossing is recorded. Failing it never blocks the inspection. */
  assessRisk?: (crossingId: number, actor: string) => RiskView | null
  /** Matches kept outside the alert table (fingerprint candidates) still waiting for the officer: a decision waits for them too. */
  pendingMatches?: (crossingId: number) => number
  /** Inside the crossing's transaction (the vehicle lane links the traveller to the vehicle at the lane), then after it. */
  crossingRecorded?: { during(crossingId: number, actor: string): void; after(crossingId: number, actor: string): void }
  now?: () => Date
}

export class InspectionService extends EventEmitter<{ changed: [InspectionSnapshot] }> {
  private snapshot: InspectionSnapshot = IDLE
  private readonly now: () => Date

  constructor(private readonly deps: InspectionServiceDeps) {
    super()
    this.now = deps.now ?? (() => new Date())
  }

  current(): InspectionSnapshot {
    return this.snapshot
  }

  /** Crossings left open by a crash or shutdown are marked interrupted, never silently completed. */
  recoverInterrupted(): number {
    const open = this.deps.crossings.openCrossingIds()
    if (open.length === 0) return 0
    this.deps.audit.transaction(() => {
      for (const id of open) {
        this.deps.crossings.setStatus(id, 'interrupted')
        this.deps.audit.append({ actor: 'system', action: 'crossing.interrupted', subject: `crossing:${id}`, details: { reason: 'open at start-up' } })
      }
    })
    return open.length
  }

  documentRead(lines: string[], origin: ReadOrigin, actor: string): InspectionSnapshot {
    const device = origin.source === 'reader' ? origin.device : null
    if (refusal('read-document', this.snapshot.state, this.snapshot.alerts)) return this.notify('finish-current-first')
    const at = this.now()
    const iso = at.toISOString()
    const mrz = parseMrz(lines, { today: at })
    const checks = documentChecks(mrz, at)
    const screenings = this.deps.screening.screen(mrz)
    const matchCount = screenings.reduce((n, s) => n + s.matches.length, 0)
    const overall = overallResult(checks, matchCount, mrz.valid)
    const previous = this.snapshot

    const crossingId = this.deps.audit.transaction(() => {
      if (previous.crossingId !== null && supersedes(previous.state)) {
        this.deps.crossings.setStatus(previous.crossingId, 'superseded')
        this.deps.audit.append({ actor, action: 'crossing.superseded', subject: `crossing:${previous.crossingId}`, details: { reason: 'a new document was read before a decision' } })
      }
      const id = this.deps.crossings.insertCrossing({
        at: iso,
        lane: this.deps.lane,
        startedBy: actor,
        traveller: { surname: mrz.surname, givenNames: mrz.givenNames, nationality: mrz.nationality, birthDate: mrz.birthDate, sex: mrz.sex },
        document: {
          documentCode: mrz.documentCode,
          documentNumber: mrz.documentNumber,
          issuingState: mrz.issuingState,
          expiryDate: mrz.expiryDate,
          format: mrz.format,
          mrz: lines.join('\n'),
          mrzValid: mrz.valid,
          source: origin.source,
          device,
        },
        overall,
        checks,
      })
      this.deps.audit.append({
        actor,
        action: 'document.read',
        subject: `crossing:${id}`,
        details: { source: origin.source, device, corrections: mrz.corrections.length, format: mrz.format, mrzValid: mrz.valid, failedFields: mrz.fields.filter((f) => !f.valid).map((f) => f.name), checks: checks.map((c) => `${c.code}:${c.severity}`) },
      })
      for (const s of screenings) {
        const screeningId = this.deps.crossings.insertScreening(id, s.list, s.listId, s.listVersion, s.matches.length, iso)
        this.deps.audit.append({ actor, action: 'screening.completed', subject: `crossing:${id}`, details: { list: s.listId, kind: s.list, listVersion: s.listVersion, matches: s.matches.length } })
        for (const m of s.matches) {
          const alertId = this.deps.crossings.insertAlert({ crossingId: id, screeningId, list: s.list, listId: s.listId, listVersion: s.listVersion, ...m, at: iso })
          this.deps.audit.append({ actor, action: 'alert.raised', subject: `alert:${alertId}`, details: { crossing: id, list: s.listId, listVersion: s.listVersion, listRecordId: m.listRecordId, matchedOn: m.matchedOn, score: m.score, confidence: m.confidence } })
        }
      }
      this.deps.crossingRecorded?.during(id, actor)
      return id
    })
    this.deps.crossingRecorded?.after(crossingId, actor)

    const alerts = this.deps.crossings.alertsFor(crossingId)
    return this.publish({
      state: stateForAlerts(alerts),
      crossingId,
      document: toDocumentView(mrz, lines, origin.source, device),
      checks,
      alerts,
      overall,
      risk: this.deps.assessRisk?.(crossingId, actor) ?? null,
      decision: null,
      notice: null,
    })
  }

  /**
   * A read attempt failed (noise, partial frame, bad frame, reader unplugged
   * mid-read): tell the officer what to do and audit the failed read. No
   * traveller, document or crossing is created from it.
   */
  readProblem(code: ReadNoticeCode, actor: string, details: Record<string, unknown> = {}): InspectionSnapshot {
    this.deps.audit.transaction(() => this.deps.audit.append({ actor, action: 'document.read-failed', subject: `lane:${this.deps.lane}`, details: { notice: code, ...details } }))
    return this.notify(code)
  }

  resolveAlert(alertId: number, action: 'confirm' | 'dismiss', reason: string | undefined, actor: string): InspectionSnapshot {
    const s = this.snapshot
    const alert = s.alerts.find((a) => a.id === alertId)
    if (!alert || s.crossingId === null) throw new InspectionError('not-found', `Alert ${alertId} is not part of the current inspection.`)
    if (alert.status !== 'candidate') throw new InspectionError('conflict', `Alert ${alertId} was already ${alert.status}.`)
    this.ensureAllowed('resolve-alert')
    const crossingId = s.crossingId
    const iso = this.now().toISOString()
    const alerts = this.deps.audit.transaction(() => {
      if (action === 'confirm') {
        this.deps.crossings.setAlertStatus(alertId, 'confirmed', actor, iso)
        this.deps.audit.append({ actor, action: 'alert.confirmed', subject: `alert:${alertId}`, details: { crossing: crossingId, listVersion: alert.listVersion } })
      } else {
        this.deps.crossings.setAlertStatus(alertId, 'dismissed', actor, iso, reason ?? null)
        this.deps.audit.append({ actor, action: 'alert.dismissed', subject: `alert:${alertId}`, details: { crossing: crossingId, listVersion: alert.listVersion, reason } })
      }
      const updated = this.deps.crossings.alertsFor(crossingId)
      this.deps.crossings.setOverall(crossingId, overallResult(s.checks, openMatches(updated), s.document?.valid ?? false))
      return updated
    })
    return this.publish({
      ...s,
      alerts,
      overall: overallResult(s.checks, openMatches(alerts), s.document?.valid ?? false),
      state: stateForAlerts(alerts),
      notice: null,
    })
  }

  decide(decision: Decision, actor: string): InspectionSnapshot {
    const s = this.snapshot
    this.ensureAllowed('decide')
    const crossingId = s.crossingId!
    const pending = this.deps.pendingMatches?.(crossingId) ?? 0
    if (pending > 0) throw new InspectionError('conflict', `Acknowledge the ${pending} fingerprint candidate${pending === 1 ? '' : 's'} (confirm or dismiss) before deciding.`)
    const iso = this.now().toISOString()
    const alerts = this.deps.audit.transaction(() => {
      if (decision === 'refer') {
        for (const a of s.alerts.filter((x) => x.status === 'confirmed')) {
          this.deps.crossings.setAlertStatus(a.id, 'referred', actor, iso)
          this.deps.audit.append({ actor, action: 'alert.referred', subject: `alert:${a.id}`, details: { crossing: crossingId, to: 'second-line' } })
        }
      }
      this.deps.crossings.insertDecision(crossingId, decision, actor, iso)
      this.deps.audit.append({ actor, action: 'crossing.decided', subject: `crossing:${crossingId}`, details: { decision, overall: s.overall } })
      return this.deps.crossings.alertsFor(crossingId)
    })
    return this.publish({ ...s, alerts, state: 'recorded', decision: { decision, by: actor, at: iso }, notice: null })
  }

  private ensureAllowed(command: LaneCommand): void {
    const why = refusal(command, this.snapshot.state, this.snapshot.alerts)
    if (why) throw new InspectionError('conflict', refusalMessages[why])
  }

  private notify(code: ReadNoticeCode): InspectionSnapshot {
    return this.publish({ ...this.snapshot, notice: { code, at: this.now().toISOString() } })
  }

  private publish(next: InspectionSnapshot): InspectionSnapshot {
    this.snapshot = next
    this.emit('changed', next)
    return next
  }
}

const openMatches = (alerts: Alert[]) => alerts.filter((a) => a.status !== 'dismissed').length

function toDocumentView(mrz: MrzParseResult, lines: string[], source: 'reader' | 'manual', device: string | null): DocumentView {
  return {
    source,
    device,
    format: mrz.format,
    lines,
    valid: mrz.valid,
    fields: mrz.fields.map((f) => ({ name: f.name, value: f.value, valid: f.valid, positions: f.positions.map((p) => ({ ...p })), issues: f.issues })),
    documentCode: mrz.documentCode,
    documentNumber: mrz.documentNumber,
    issuingState: mrz.issuingState,
    surname: mrz.surname,
    givenNames: mrz.givenNames,
    nationality: mrz.nationality,
    sex: mrz.sex,
    birthDate: mrz.birthDate,
    expiryDate: mrz.expiryDate,
    correctedLines: mrz.correctedLines,
    corrections: mrz.corrections.map((c) => ({ field: c.field, position: { ...c.position }, original: c.original, corrected: c.corrected })),
    ocrRisks: mrz.ocrRisks.map((r) => ({ field: r.field, position: { ...r.position }, character: r.character, confusableWith: [...r.confusableWith] })),
  }
}

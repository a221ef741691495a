// Plays one scenario on the lane: presents each traveller on the simulated reader once the
// previous one is decided, drives vehicles through the camera and the X-ray portal, injects
// device faults on time; pauses and resumes; and watches the inspection and the vehicle lane to
// record what the trainee does (each action one transaction with its audit entry).
import { EventEmitter } from 'node:events'
import type { InspectionSnapshot } from '../../../shared/domain/inspection'
import type { FingerprintSnapshot } from '../../../shared/domain/fingerprints'
import type { VehicleLaneSnapshot } from '../../../shared/domain/vehicle-lane'
import { normalisePlate } from '../../../shared/screening/plates'
import type { DeviceEvent, Scenario } from '../../../shared/training/scenario-schema'
import { expectationsOf, travellerTargets, vehicleTargets, type Expectation, type TravellerTarget, type VehicleTarget } from '../../../shared/training/scenario-targets'
import { scoreRun, type TravellerPresentation } from '../../../shared/training/scoring'
import type { TraineeAction, TrainingRun, TrainingScore } from '../../../shared/training/training-views'
import type { AuditLog } from '../audit/audit-log'
import type { LaneSimulators } from './lane-simulators'
import type { TrainingRepository } from './training-repository'
import { documentNumberOf } from './traveller-documents'

const READER_RECONNECT_WAIT_MS = 15_000
/** The next traveller walks up a moment after a decision: the trainee sees what was recorded. */
const WALK_UP_MS = 1500

type PlanItem =
  | { kind: 'present'; traveller: TravellerTarget; notBefore: number }
  | { kind: 'arrive'; vehicle: VehicleTarget; notBefore: number }
  | { kind: 'scan'; vehicle: VehicleTarget; notBefore: number }
  | { kind: 'leave'; vehicle: VehicleTarget; notBefore: number }
  | { kind: 'fault'; event: DeviceEvent; notBefore: number }

/** The lane order of a scenario: a vehicle arrives, is scanned, its occupants show their documents, it leaves. */
export function planOf(s: Scenario): PlanItem[] {
  const travellers = travellerTargets(s)
  const vehicles = vehicleTargets(s)
  let t = 0
  let v = 0
  return s.steps.flatMap((step): PlanItem[] => {
    const notBefore = (step.at ?? 0) * 1000
    if (step.device) return [{ kind: 'fault', event: step.device.event, notBefore }]
    if (step.traveller) return [{ kind: 'present', traveller: travellers[t++]!, notBefore }]
    const vehicle = vehicles[v++]!
    const occupants = vehicle.vehicle.occupants.map((): PlanItem => ({ kind: 'present', traveller: travellers[t++]!, notBefore }))
    return [{ kind: 'arrive', vehicle, notBefore }, ...(vehicle.vehicle.scan ? [{ kind: 'scan' as const, vehicle, notBefore }] : []), ...occupants, { kind: 'leave', vehicle, notBefore }]
  })
}

interface TravellerState {
  target: TravellerTarget
  lines: string[]
  documentNumber: string
  presented: boolean
  handedOver: boolean
  crossingId: number | null
  readAt: string | null
  decidedAt: string | null
  decision: string | null
}

interface VehicleState {
  target: VehicleTarget
  arrivedAt: number | null
  vehicleCrossingId: number | null
  scanId: string | null
  scanDecided: boolean
  left: boolean
}

/** A traveller takes a moment to put a finger on the pad once asked. */
const FINGER_DELAY_MS = 300

export interface PlayerDeps {
  runId: number
  scenario: Scenario
  trainee: string
  trainer: string
  startedAt: string
  simulators: LaneSimulators
  audit: AuditLog
  repo: TrainingRepository
  mrzLines: (t: TravellerTarget) => string[]
  sampleLines: (sampleId: string) => string[] | null
  now: () => Date
  log: { error(message: string, fields?: Record<string, unknown>): void }
  /** How often the clock is checked (timed steps); tests shorten it. */
  tickMs?: number
  /** The traveller puts a finger on the simulated pad (the fingerprint module's simulator control). */
  placeFinger?: (kind: 'good' | 'faint' | 'smudged' | 'listed', recordId: string | undefined) => void
}

export class ScenarioPlayer extends EventEmitter<{ changed: [TrainingRun]; finished: [{ ending: 'completed' | 'stopped'; score: TrainingScore; actions: TraineeAction[] }] }> {
  private readonly plan: PlanItem[]
  private readonly expectations: Expectation[]
  private readonly travellers: TravellerState[]
  private readonly vehicles: VehicleState[]
  private readonly actions: TraineeAction[] = []
  private readonly seen = new Set<string>()
  /** Arming events the traveller already answered with a finger. */
  private readonly fingersPlaced = new Set<string>()
  private next = 0
  private state: TrainingRun['state'] = 'running'
  private elapsedBefore = 0
  private runningSince: number
  private busy = false
  private waitingFor: string | null = null
  private reconnectingSince: number | null = null
  private lastDecisionAt = 0
  /** The document number of a traveller the trainer injected, until it is decided (the scenario waits for it). */
  private extraTraveller: string | null = null
  private readonly timer: NodeJS.Timeout
  reportId: number | null = null

  constructor(private readonly deps: PlayerDeps) {
    super()
    this.plan = planOf(deps.scenario)
    this.expectations = expectationsOf(deps.scenario)
    this.travellers = travellerTargets(deps.scenario).map((target) => {
      const lines = deps.mrzLines(target)
      return { target, lines, documentNumber: documentNumberOf(lines), presented: false, handedOver: false, crossingId: null, readAt: null, decidedAt: null, decision: null }
    })
    this.vehicles = vehicleTargets(deps.scenario).map((target) => ({ target, arrivedAt: null, vehicleCrossingId: null, scanId: null, scanDecided: false, left: false }))
    this.runningSince = deps.now().getTime()
    this.timer = setInterval(() => void this.advance(), deps.tickMs ?? 250)
    this.timer.unref?.()
  }

  get runId(): number {
    return this.deps.runId
  }

  get finished(): boolean {
    return this.state === 'finished'
  }

  start(): void {
    void this.advance()
  }

  pause(): void {
    if (this.state !== 'running') return
    this.elapsedBefore = this.elapsedMs()
    this.state = 'paused'
    this.changed()
  }

  resume(): void {
    if (this.state !== 'paused') return
    this.runningSince = this.deps.now().getTime()
    this.state = 'running'
    this.changed()
    void this.advance()
  }

  /** The trainer ends the run now: what was not done is missed. */
  stop(): void {
    this.finish('stopped')
  }

  dispose(): void {
    clearInterval(this.timer)
    this.removeAllListeners()
  }

  // ---- what the trainee does ----

  inspectionChanged(s: InspectionSnapshot): void {
    if (this.state === 'finished' || s.crossingId === null || !s.document) return
    if (this.extraTraveller !== null && s.document.documentNumber === this.extraTraveller && s.decision) {
      this.extraTraveller = null
      this.lastDecisionAt = this.deps.now().getTime()
      void this.advance()
    }
    let t = this.travellers.find((x) => x.crossingId === s.crossingId)
    if (!t) {
      // A read of a presented traveller's document (by the reader, a re-swipe, or typed by hand) is that traveller.
      t = this.travellers.find((x) => x.presented && x.decision === null && x.documentNumber === s.document!.documentNumber)
      if (!t) return
      t.crossingId = s.crossingId
      t.readAt = this.deps.now().toISOString()
      t.handedOver = false
    }
    const target = { kind: 'traveller' as const, index: t.target.index }
    for (const a of s.alerts) {
      if (a.status === 'confirmed' || a.status === 'referred') this.take(`alert:${a.id}`, { target, action: 'confirm-hit', by: a.actedBy ?? 'unknown', at: a.actedAt ?? this.iso(), detail: a.listRecordId })
      if (a.status === 'dismissed') this.take(`alert:${a.id}`, { target, action: 'dismiss-hit', by: a.actedBy ?? 'unknown', at: a.actedAt ?? this.iso(), detail: a.dismissReason })
    }
    if (s.decision && t.decision === null) {
      t.decision = s.decision.decision
      t.decidedAt = s.decision.at
      this.lastDecisionAt = this.deps.now().getTime()
      this.take(`crossing:${s.crossingId}:decision`, { target, action: s.decision.decision, by: s.decision.by, at: s.decision.at, detail: null })
    }
    this.changed()
    void this.advance()
  }

  /**
   * Fingerprints: when the trainee arms the pad for a traveller whose scenario gives fingers, the
   * traveller puts them on it (a moment later, as a person would); the trainee's answers to
   * fingerprint candidates are recorded like the others.
   */
  fingerprintsChanged(s: FingerprintSnapshot): void {
    if (this.state === 'finished' || s.crossingId === null) return
    const t = this.travellers.find((x) => x.crossingId === s.crossingId)
    if (!t) return
    const target = { kind: 'traveller' as const, index: t.target.index }
    for (const c of s.candidates) {
      if (c.status === 'confirmed' || c.status === 'referred') this.take(`fp-candidate:${c.id}`, { target, action: 'confirm-fingerprint-hit', by: c.actedBy ?? 'unknown', at: c.actedAt ?? this.iso(), detail: c.recordId })
      if (c.status === 'dismissed') this.take(`fp-candidate:${c.id}`, { target, action: 'dismiss-fingerprint-hit', by: c.actedBy ?? 'unknown', at: c.actedAt ?? this.iso(), detail: c.dismissReason })
    }
    const fingers = t.target.traveller.fingers
    if (fingers && s.awaiting && this.deps.placeFinger) {
      const key = `${s.crossingId}:${s.awaiting.mode}:${s.awaiting.position}:${s.captures.length}:${s.attempt?.attemptNumber ?? 0}`
      if (!this.fingersPlaced.has(key)) {
        this.fingersPlaced.add(key)
        const place = this.deps.placeFinger
        setTimeout(() => {
          if (this.state === 'finished') return
          try {
            place(fingers.as === 'listed' ? 'listed' : fingers.quality, fingers.record)
          } catch (err) {
            this.deps.log.error('training: placing a finger failed', { error: err instanceof Error ? err.message : String(err) })
          }
        }, FINGER_DELAY_MS)
      }
    }
    this.changed()
  }

  vehicleLaneChanged(s: VehicleLaneSnapshot): void {
    const v = s.vehicle
    if (this.state === 'finished' || !v) return
    let mine = this.vehicles.find((x) => x.vehicleCrossingId === v.id)
    if (!mine) {
      mine = this.vehicles.find((x) => x.arrivedAt !== null && x.vehicleCrossingId === null && v.plate !== null && normalisePlate(v.plate) === normalisePlate(x.target.vehicle.plate))
      if (!mine) return
      mine.vehicleCrossingId = v.id
    }
    const target = { kind: 'vehicle' as const, index: mine.target.index }
    for (const a of v.alerts) {
      if (a.status === 'confirmed' || a.status === 'referred') this.take(`vehicle-alert:${a.id}`, { target, action: 'confirm-hit', by: this.deps.trainee, at: this.iso(), detail: a.kind })
      if (a.status === 'dismissed') this.take(`vehicle-alert:${a.id}`, { target, action: 'dismiss-hit', by: this.deps.trainee, at: this.iso(), detail: a.dismissReason })
    }
    if (v.scan) {
      mine.scanId = v.scan.id
      const persons = v.scan.annotations.filter((a) => a.category === 'person').length
      // With people hidden in the load, only a person marked answers "mark the scan"; otherwise any mark does.
      if ((mine.target.vehicle.hiddenPeople > 0 ? persons : v.scan.annotations.length) > 0) {
        const by = v.scan.annotations[0]!.author ?? this.deps.trainee
        this.take(`scan:${v.scan.id}:marks`, { target, action: 'mark-scan', by, at: this.iso(), detail: `${persons} ${persons === 1 ? 'person' : 'people'} marked` })
      }
      if (v.scan.decision) {
        mine.scanDecided = true
        this.take(`scan:${v.scan.id}:decision`, { target, action: v.scan.decision === 'refer' ? 'refer-scan' : 'clear-scan', by: v.scan.decidedBy ?? this.deps.trainee, at: this.iso(), detail: null })
      }
    }
    this.changed()
    void this.advance()
  }

  /** The trainer's extra event (not scored). */
  async inject(event: { kind: 'device'; event: DeviceEvent } | { kind: 'traveller'; sampleId: string }, trainer: string): Promise<void> {
    if (event.kind === 'device') await this.deps.simulators.readerFault(event.event, this.deps.sampleLines('clean-passport') ?? [])
    else {
      // An extra traveller would replace the one at the desk: only between scenario travellers.
      const open = this.travellers.find((t) => t.presented && t.decision === null)
      if (open) throw new Error(`Wait until ${open.target.label} is decided.`)
      const lines = this.deps.sampleLines(event.sampleId)
      if (!lines) throw new Error(`No sample traveller "${event.sampleId}".`)
      if (!this.deps.simulators.presentDocument(lines)) throw new Error('The simulated reader is unplugged: replug it first.')
      this.extraTraveller = documentNumberOf(lines)
    }
    this.deps.audit.transaction(() => this.deps.audit.append({ actor: trainer, action: 'training.injected', subject: `training-run:${this.deps.runId}`, details: event }))
  }

  // ---- the run ----

  snapshot(): TrainingRun {
    const handOver = this.travellers.find((t) => t.handedOver && t.crossingId === null)
    const atDesk = this.travellers.find((t) => t.presented && t.decision === null)
    return {
      runId: this.deps.runId,
      scenarioId: this.deps.scenario.id,
      title: this.deps.scenario.title,
      trainee: this.deps.trainee,
      trainer: this.deps.trainer,
      state: this.state,
      startedAt: this.deps.startedAt,
      elapsedSeconds: Math.round(this.elapsedMs() / 100) / 10,
      stepsDone: this.next,
      stepsTotal: this.plan.length,
      waitingFor: this.state === 'finished' ? null : this.waitingFor,
      atDesk: atDesk ? { label: atDesk.target.label, note: atDesk.target.traveller.note ?? null } : null,
      handOver: handOver ? { label: handOver.target.label, lines: handOver.lines } : null,
      actions: [...this.actions],
      score: this.score(),
      reportId: this.reportId,
    }
  }

  score(): TrainingScore {
    return scoreRun(this.expectations, this.actions, this.presentations(), this.state === 'finished')
  }

  private presentations(): TravellerPresentation[] {
    return this.travellers.filter((t) => t.presented).map((t) => ({ index: t.target.index, label: t.target.label, readAt: t.readAt, decidedAt: t.decidedAt, decision: t.decision }))
  }

  private elapsedMs(): number {
    return this.state === 'running' ? this.elapsedBefore + (this.deps.now().getTime() - this.runningSince) : this.elapsedBefore
  }

  private take(key: string, action: TraineeAction): void {
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.deps.audit.transaction(() => {
      this.deps.repo.insertAction(this.deps.runId, action)
      this.deps.audit.append({ actor: action.by, action: 'training.action', subject: `training-run:${this.deps.runId}`, details: { target: `${action.target.kind}-${action.target.index}`, action: action.action, detail: action.detail } })
    })
    this.actions.push(action)
  }

  /** Plays every plan item whose time and preconditions have come; finishes when all is done. */
  private async advance(): Promise<void> {
    if (this.busy || this.state !== 'running') return
    this.busy = true
    try {
      while (this.state === 'running') {
        const item = this.plan[this.next]
        if (!item) {
          const open = this.travellers.find((t) => t.presented && t.decision === null)
          this.waitingFor = open ? `${open.target.label}: decision` : null
          if (!open) this.finish('completed')
          break
        }
        const blocker = this.blocker(item)
        if (blocker !== this.waitingFor) {
          this.waitingFor = blocker
          this.changed()
        }
        if (blocker) break
        await this.play(item)
        this.next += 1
        this.changed()
      }
    } catch (err) {
      this.deps.log.error('training scenario step failed', { run: this.deps.runId, step: this.next, error: err instanceof Error ? err.message : String(err) })
      this.next += 1 // a failed step is skipped, never retried forever
    } finally {
      this.busy = false
    }
  }

  /** Why the item cannot be played yet (in words, for the trainer), or null. */
  private blocker(item: PlanItem): string | null {
    const elapsed = this.elapsedMs()
    if (elapsed < item.notBefore) return `${Math.ceil((item.notBefore - elapsed) / 1000)} s`
    if (item.kind === 'present' || item.kind === 'arrive') {
      const open = this.travellers.find((t) => t.presented && t.decision === null)
      if (open) return `${open.target.label}: decision`
      if (this.extraTraveller !== null) return 'extra traveller: decision'
      if (this.deps.now().getTime() - this.lastDecisionAt < WALK_UP_MS) return 'next traveller walking up'
    }
    if (item.kind === 'present' && this.deps.simulators.readerState() === 'reconnecting') {
      // Just replugged: wait for the driver (at most a while; then the document is handed over).
      this.reconnectingSince ??= this.deps.now().getTime()
      if (this.deps.now().getTime() - this.reconnectingSince < READER_RECONNECT_WAIT_MS) return 'document reader reconnecting'
    }
    if (item.kind === 'fault') {
      // A fault comes while the officer works, never in the middle of the previous document's transmission.
      const last = this.travellers.filter((t) => t.presented).at(-1)
      if (last && last.crossingId === null && !last.handedOver) return `${last.target.label}: document read`
    }
    if (item.kind === 'scan') {
      const v = this.vehicleState(item.vehicle)
      if (v.vehicleCrossingId === null && this.deps.now().getTime() - (v.arrivedAt ?? 0) < 3000) return `${item.vehicle.label}: plate read`
    }
    if (item.kind === 'leave') {
      const v = this.vehicleState(item.vehicle)
      if (item.vehicle.vehicle.scan && v.scanId !== null && !v.scanDecided) return `${item.vehicle.label}: scan decision`
    }
    return null
  }

  private async play(item: PlanItem): Promise<void> {
    this.reconnectingSince = null
    const sims = this.deps.simulators
    if (item.kind === 'fault') {
      await sims.readerFault(item.event, this.deps.sampleLines('clean-passport') ?? [])
      return
    }
    if (item.kind === 'present') {
      const t = this.travellers[item.traveller.index - 1]!
      t.presented = true
      t.handedOver = sims.readerState() !== 'ready' || !sims.presentDocument(t.lines)
      return
    }
    const v = this.vehicleState(item.vehicle)
    const { plate, country, kind, hiddenPeople } = item.vehicle.vehicle
    if (item.kind === 'arrive') {
      v.arrivedAt = this.deps.now().getTime()
      await sims.vehicle({ action: 'arrive', plate, ...(country ? { country } : {}), kind, hiddenPeople })
    } else if (item.kind === 'scan') {
      await sims.vehicle({ action: 'scan', plate, kind, hiddenPeople })
    } else {
      v.left = true
      await sims.vehicle({ action: 'leave', kind, hiddenPeople })
    }
  }

  private vehicleState(t: VehicleTarget): VehicleState {
    return this.vehicles[t.index - 1]!
  }

  private finish(ending: 'completed' | 'stopped'): void {
    if (this.state === 'finished') return
    this.elapsedBefore = this.elapsedMs()
    this.state = 'finished'
    clearInterval(this.timer)
    this.emit('finished', { ending, score: this.score(), actions: [...this.actions] })
    this.changed()
  }

  private changed(): void {
    this.emit('changed', this.snapshot())
  }

  private iso(): string {
    return this.deps.now().toISOString()
  }
}

// Training on a training workstation: the scenario library, one scenario run at a time on the
// lane (the player), the trainee's reports and history. Lives only in a training instance, whose
// database refuses to be operational (workstation-kind.ts, migration 008).
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type { InspectionSnapshot } from '../../../shared/domain/inspection'
import type { FingerprintSnapshot } from '../../../shared/domain/fingerprints'
import type { VehicleLaneSnapshot } from '../../../shared/domain/vehicle-lane'
import { lineRoles } from '../../../shared/domain/roles'
import { parseScenarioYaml, type ScenarioProblem } from '../../../shared/training/parse-scenario'
import type { TrainingInjection, TrainingReport, TrainingRun } from '../../../shared/training/training-views'
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import type { ListStore } from '../screening/lists'
import type { SampleTravellers } from '../simulator/sample-travellers'
import type { LaneSimulators } from './lane-simulators'
import { reportPdf } from './report-pdf'
import { ScenarioLibrary, type ScenarioFile } from './scenario-library'
import { ScenarioPlayer } from './scenario-player'
import { loadScenarioLists } from './training-lists'
import { TrainingRepository } from './training-repository'
import { travellerMrzLines } from './traveller-documents'
import { workstationKindOf } from './workstation-kind'

export class TrainingError extends Error {
  constructor(
    readonly code: 'conflict' | 'not-found' | 'invalid' | 'unavailable',
    message: string,
    readonly problems: ScenarioProblem[] = [],
  ) {
    super(message)
  }
}

export interface TrainingServiceDeps {
  db: Db
  audit: AuditLog
  lists: ListStore
  samples: SampleTravellers
  simulators: LaneSimulators
  /** The training data folder (scenarios, scenario lists, reports live under it). */
  dataDir: string
  resourcesDir: string
  now: () => Date
  log: { error(message: string, fields?: Record<string, unknown>): void }
  /** Creates an account in this (training) database: AuthService.createUser. */
  createAccount: (user: { username: string; displayName: string; roles: ['officer'] }, password: string, actor: string) => Promise<void>
  /** The traveller puts a finger on the simulated pad (when the trainee has armed it). */
  placeFinger?: (kind: 'good' | 'faint' | 'smudged' | 'listed', recordId: string | undefined) => void
  tickMs?: number
}

export class TrainingService extends EventEmitter<{ changed: [TrainingRun | null] }> {
  readonly library: ScenarioLibrary
  private readonly repo: TrainingRepository
  private player: ScenarioPlayer | null = null
  /** Set while a start loads its lists: a second start meanwhile is refused. */
  private starting = false

  constructor(private readonly deps: TrainingServiceDeps) {
    super()
    // Second line of defence after the triggers: this service never runs on operational data.
    if (workstationKindOf(deps.db) !== 'training') throw new Error('The training service runs on a training database only.')
    this.repo = new TrainingRepository(deps.db)
    this.library = new ScenarioLibrary(join(deps.resourcesDir, 'training', 'scenarios'), join(deps.dataDir, 'scenarios'))
  }

  /** Runs cut short by a crash or shutdown end as stopped, without a report. */
  recoverInterrupted(): void {
    const open = this.repo.unfinishedRunIds()
    if (open.length === 0) return
    this.deps.audit.transaction(() => {
      for (const id of open) {
        this.repo.finishRun(id, this.iso(), 'stopped')
        this.deps.audit.append({ actor: 'system', action: 'training.run-interrupted', subject: `training-run:${id}`, details: { reason: 'open at start-up' } })
      }
    })
  }

  validate(yaml: string): ScenarioProblem[] {
    const parsed = parseScenarioYaml(yaml)
    return parsed.ok ? [] : parsed.problems
  }

  save(yaml: string, actor: string): ScenarioFile {
    const saved = this.library.save(yaml)
    this.deps.audit.transaction(() => this.deps.audit.append({ actor, action: 'training.scenario-saved', subject: `scenario:${saved.id}`, details: { characters: yaml.length } }))
    return saved
  }

  duplicate(id: string, actor: string): ScenarioFile {
    const copy = this.library.duplicate(id)
    this.deps.audit.transaction(() => this.deps.audit.append({ actor, action: 'training.scenario-duplicated', subject: `scenario:${copy.id}`, details: { from: id } }))
    return copy
  }

  trainees(): Array<{ username: string; displayName: string }> {
    return this.repo.trainees(lineRoles)
  }

  /** A trainee's own account on the training workstation (officer role), so the history is per person. */
  async addTrainee(user: { username: string; displayName: string }, password: string, actor: string): Promise<{ username: string; displayName: string }> {
    if (this.repo.accountExists(user.username)) throw new TrainingError('conflict', `The account ${user.username} already exists.`)
    await this.deps.createAccount({ ...user, roles: ['officer'] }, password, actor)
    return user
  }

  current(): TrainingRun | null {
    return this.player?.snapshot() ?? null
  }

  async start(scenarioId: string, trainee: string, trainer: string): Promise<TrainingRun> {
    if (this.starting || (this.player && !this.player.finished)) throw new TrainingError('conflict', 'A scenario is already running: stop it first.')
    this.starting = true
    try {
      return await this.startRun(scenarioId, trainee, trainer)
    } finally {
      this.starting = false
    }
  }

  private async startRun(scenarioId: string, trainee: string, trainer: string): Promise<TrainingRun> {
    if (!this.trainees().some((t) => t.username === trainee)) throw new TrainingError('not-found', `No trainee account ${trainee} on this training workstation.`)
    const { scenario, yaml } = this.library.playable(scenarioId)
    const startedAt = this.iso()
    const runId = this.deps.audit.transaction(() => {
      const id = this.repo.insertRun({ scenarioId, scenarioTitle: scenario.title, scenarioYaml: yaml, trainee, trainer, startedAt })
      this.deps.audit.append({ actor: trainer, action: 'training.run-started', subject: `training-run:${id}`, details: { scenario: scenarioId, trainee } })
      return id
    })
    try {
      await loadScenarioLists(this.deps.lists, this.deps.dataDir, scenario.lists, { runId, scenarioId, actor: trainer })
    } catch (err) {
      // The run never started: it ends at once, and the trainer hears why.
      this.deps.audit.transaction(() => {
        this.repo.finishRun(runId, this.iso(), 'stopped')
        this.deps.audit.append({ actor: trainer, action: 'training.run-failed', subject: `training-run:${runId}`, details: { error: err instanceof Error ? err.message : String(err) } })
      })
      throw new TrainingError('invalid', err instanceof Error ? err.message : String(err))
    }
    const today = this.deps.now()
    this.player?.dispose()
    const player = new ScenarioPlayer({
      runId,
      scenario,
      trainee,
      trainer,
      startedAt,
      simulators: this.deps.simulators,
      audit: this.deps.audit,
      repo: this.repo,
      mrzLines: (t) => travellerMrzLines(t.traveller, this.deps.samples, today),
      sampleLines: (id) => this.deps.samples.mrzLines(id, this.deps.now()),
      now: this.deps.now,
      log: this.deps.log,
      placeFinger: this.deps.placeFinger,
      tickMs: this.deps.tickMs,
    })
    player.on('finished', (f) => {
      const finishedAt = this.iso()
      const traineeName = this.trainees().find((t) => t.username === trainee)?.displayName ?? trainee
      const report: Omit<TrainingReport, 'id'> = { runId, scenarioId, title: scenario.title, trainee, traineeName, trainer, startedAt, finishedAt, ending: f.ending, score: f.score, actions: f.actions }
      player.reportId = this.deps.audit.transaction(() => {
        this.repo.finishRun(runId, finishedAt, f.ending)
        const id = this.repo.insertReport(report)
        this.deps.audit.append({ actor: trainer, action: 'training.run-finished', subject: `training-run:${runId}`, details: { ending: f.ending, score: f.score.score, report: id } })
        return id
      })
    })
    player.on('changed', (run) => this.emit('changed', run))
    this.player = player
    player.start()
    return player.snapshot()
  }

  pause(actor: string): TrainingRun {
    const p = this.running()
    p.pause()
    this.note(actor, 'training.run-paused', p.runId)
    return p.snapshot()
  }

  resume(actor: string): TrainingRun {
    const p = this.running()
    p.resume()
    this.note(actor, 'training.run-resumed', p.runId)
    return p.snapshot()
  }

  stop(actor: string): TrainingRun {
    const p = this.running()
    this.note(actor, 'training.run-stopped', p.runId)
    p.stop()
    return p.snapshot()
  }

  async inject(event: TrainingInjection, actor: string): Promise<TrainingRun> {
    const p = this.running()
    try {
      await p.inject(event, actor)
    } catch (err) {
      throw new TrainingError('unavailable', err instanceof Error ? err.message : String(err))
    }
    return p.snapshot()
  }

  inspectionChanged(s: InspectionSnapshot): void {
    this.player?.inspectionChanged(s)
  }

  vehicleLaneChanged(s: VehicleLaneSnapshot): void {
    this.player?.vehicleLaneChanged(s)
  }

  fingerprintsChanged(s: FingerprintSnapshot): void {
    this.player?.fingerprintsChanged(s)
  }

  reports(trainee: string | null): TrainingReport[] {
    return this.repo.reports(trainee)
  }

  report(id: number): TrainingReport {
    const r = this.repo.report(id)
    if (!r) throw new TrainingError('not-found', `No training report ${id}.`)
    return r
  }

  async pdf(id: number, actor: string): Promise<{ fileName: string; base64: string }> {
    const report = this.report(id)
    const bytes = await reportPdf(report)
    this.deps.audit.transaction(() => this.deps.audit.append({ actor, action: 'training.report-exported', subject: `training-report:${id}`, details: { bytes: bytes.length } }))
    return { fileName: `training-report-${id}-${report.trainee}.pdf`, base64: bytes.toString('base64') }
  }

  dispose(): void {
    this.player?.dispose()
    this.player = null
  }

  private running(): ScenarioPlayer {
    if (!this.player || this.player.finished) throw new TrainingError('conflict', 'No scenario is running.')
    return this.player
  }

  private note(actor: string, action: string, runId: number): void {
    this.deps.audit.transaction(() => this.deps.audit.append({ actor, action, subject: `training-run:${runId}`, details: {} }))
  }

  private iso(): string {
    return this.deps.now().toISOString()
  }
}

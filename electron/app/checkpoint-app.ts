// The composition root: builds the store, the services and the devices for
// one workstation, and hands each renderer connection the same API. Both
// hosts (Electron, web) and the tests start the app through here.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { EventName, EventPayload, Session } from '../../shared/api/contract'
import type { Logger } from '../../drivers/core/driver'
import type { DocumentReaderEvent } from '../../drivers/core/driver'
import { openDatabase, type Db } from '../store/database'
import { CrossingsRepository } from '../store/crossings-repository'
import { AuditLog } from '../services/audit/audit-log'
import { AuthService, type User } from '../services/auth/auth-service'
import { InspectionService } from '../services/inspection/inspection-service'
import { ListScreeningService } from '../services/screening/list-screening'
import { ListStore } from '../services/screening/lists'
import { SampleTravellers } from '../services/simulator/sample-travellers'
import { Connection } from '../api/connection'
import { buildHandlers } from '../api/handlers'
import { auditAnchorFile, databaseFile, deviceConfigFile, trainingDataDir, trainingDatabaseFile } from './paths'
import { loadDeviceConfig } from './device-config'
import { WorkstationDevices } from './workstation-devices'
import { ProfileStore } from '../services/risk/profile-store'
import { BandStore } from '../services/risk/band-store'
import { RiskService } from '../services/risk/risk-service'
import { loadStarterProfiles } from '../services/risk/starter-profiles'
import type { DeviceError } from '../../drivers/core/device-error'
import type { ReadNoticeCode } from '../../shared/domain/inspection'
import { lineRoles } from '../../shared/domain/roles'
import { VehicleLaneService, type PlateEvent, type ScanEvent } from '../services/vehicle-lane/vehicle-lane-service'
import { MediaTickets, type MediaResource } from '../services/media/media-tickets'
import { CameraHub } from '../services/media/camera-hub'
import { mediaResponse, type MediaResponse } from '../services/media/media-response'
import { FingerprintModule } from '../services/fingerprints/fingerprint-module'
import { XrayCalibrationService } from '../services/xray/calibration-service'
import { SimulatedVehicleLane } from '../services/simulator/simulated-vehicle-lane'
import type { SimulatedCamera } from '../../drivers/simulators/camera/simulated-camera'
import type { SimulatedAnprCamera } from '../../drivers/simulators/anpr/simulated-anpr-camera'
import type { SimulatedXrayScanner } from '../../drivers/simulators/xray/simulated-xray-scanner'
import { TrainingService } from '../services/training/training-service'
import { laneSimulators } from '../services/training/lane-simulators'
import { assertSimulatorsOnly } from '../services/training/training-isolation'
import { claimWorkstationKind } from '../services/training/workstation-kind'

export interface AppConfig {
  dataDir: string
  resourcesDir: string
  /** Device configuration file (default: devices.json in the data folder, else resources/config/devices.simulated.json). */
  devicesFile?: string
  log: Logger
  now?: () => Date
  /** IANA time zone of the post (risk facts: hour, day of week). Default: the machine's. */
  timeZone?: string
  /** Reconnect backoff (tests shorten it). */
  initialBackoffMs?: number
  /** Worker threads for the fingerprint 1:N search (default 1; 0 = in-process). */
  fingerprintWorkers?: number
  /**
   * A training workstation: its own data folder (<dataDir>/training) and database (training.db,
   * marked training), simulated devices only, scenarios and scoring, TRAINING on every screen.
   */
  training?: boolean
}

type Send = <E extends EventName>(event: E, payload: EventPayload<E>) => void

export class CheckpointApp {
  readonly db: Db
  readonly audit: AuditLog
  readonly auth: AuthService
  readonly inspection: InspectionService
  readonly devices: WorkstationDevices
  readonly samples: SampleTravellers
  readonly simulated: boolean
  readonly lists: ListStore
  readonly riskProfiles: ProfileStore
  readonly riskBands: BandStore
  readonly risk: RiskService
  readonly vehicleLane: VehicleLaneService
  readonly xrayCalibration: XrayCalibrationService
  readonly cameras = new CameraHub()
  readonly fingerprints: FingerprintModule
  /** Scenarios, trainee scoring and reports: only on a training workstation. */
  readonly training: TrainingService | null
  /** The simulated vehicle lane (camera, ANPR, X-ray) the simulator panel and scenarios drive. */
  readonly simulatedLane = new SimulatedVehicleLane(() => ({
    camera: (this.devices.simulatorsOf('camera')[0]?.sim as SimulatedCamera | undefined) ?? null,
    anpr: (this.devices.simulatorsOf('anpr')[0]?.sim as SimulatedAnprCamera | undefined) ?? null,
    xray: (this.devices.simulatorsOf('xray')[0]?.sim as SimulatedXrayScanner | undefined) ?? null,
  }))
  private readonly mediaTickets = new MediaTickets()
  private readonly crossings: CrossingsRepository
  private readonly connections = new Set<Connection>()
  private readonly handlers
  /** The officer working this lane: the last line user to sign in. Named in the audit entry of every read. */
  private laneOfficer: string | null = null

  private constructor(readonly config: AppConfig) {
    const now = config.now ?? (() => new Date())
    const saved = deviceConfigFile(config.dataDir)
    const devicesFile = config.devicesFile ?? (existsSync(saved) ? saved : join(config.resourcesDir, 'config', 'devices.simulated.json'))
    const devicesConfig = loadDeviceConfig(devicesFile)
    this.simulated = devicesConfig.mode === 'simulated'
    if (config.training) assertSimulatorsOnly(devicesConfig, devicesFile)
    const dbFile = config.training ? trainingDatabaseFile(config.dataDir) : databaseFile(config.dataDir)
    this.db = openDatabase(dbFile)
    this.audit = new AuditLog(this.db, auditAnchorFile(config.dataDir), now)
    try {
      // Operational and training data never share a database: each opens only its own kind.
      claimWorkstationKind(this.db, this.audit, config.training ? 'training' : 'operational', dbFile)
    } catch (err) {
      this.db.close()
      throw err
    }
    this.auth = new AuthService(this.db, this.audit, () => now().getTime())
    this.crossings = new CrossingsRepository(this.db)
    // Lists indexed by an older key function are re-keyed at start: a slow start beats a missed hit.
    this.lists = ListStore.open({ db: this.db, audit: this.audit, dataDir: config.dataDir, now, rebuildStaleKeys: true })
    this.riskProfiles = new ProfileStore(this.db, this.audit, now)
    this.riskBands = new BandStore(this.db, this.audit, now)
    this.xrayCalibration = new XrayCalibrationService({ db: this.db, audit: this.audit, dataDir: config.dataDir, now })
    this.vehicleLane = new VehicleLaneService({
      db: this.db,
      audit: this.audit,
      lists: this.lists,
      lane: devicesConfig.lane,
      dataDir: config.dataDir,
      now,
      calibrationFor: (device) => this.xrayCalibration.correctionFor(device),
    })
    this.risk = new RiskService({
      db: this.db,
      audit: this.audit,
      profiles: this.riskProfiles,
      bands: this.riskBands,
      timeZone: config.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      now,
      vehicles: this.vehicleLane,
    })
    this.inspection = new InspectionService({
      assessRisk: (crossingId, actor) => this.assessRisk(crossingId, actor),
      audit: this.audit,
      crossings: this.crossings,
      screening: new ListScreeningService(this.lists),
      pendingMatches: (crossingId) => this.fingerprints.repo.candidatesFor(crossingId).filter((c) => c.status === 'candidate').length,
      crossingRecorded: {
        during: (crossingId, actor) => this.vehicleLane.travellerRecorded(crossingId, actor),
        after: (_crossingId, actor) => this.vehicleLane.afterTravellerRecorded(actor),
      },
      lane: devicesConfig.lane,
      now,
    })
    this.samples = new SampleTravellers(join(config.resourcesDir, 'simulation', 'travellers.json'))
    this.devices = new WorkstationDevices(devicesConfig, config.devicesFile ?? saved, {
      log: config.log,
      now: () => now().getTime(),
      initialBackoffMs: config.initialBackoffMs,
      dataDir: config.dataDir,
      simulatorsOnly: config.training === true,
    })
    this.fingerprints = new FingerprintModule({
      db: this.db,
      audit: this.audit,
      lists: this.lists,
      devices: this.devices,
      log: config.log,
      now,
      dataDir: config.dataDir,
      resourcesDir: config.resourcesDir,
      lane: devicesConfig.lane,
      workers: config.fingerprintWorkers ?? 1,
    })
    this.inspection.on('changed', (s) =>
      this.fingerprints.service.crossingChanged({ crossingId: s.crossingId, open: s.state === 'review' || s.state === 'alert', decision: s.decision ? { decision: s.decision.decision, by: s.decision.by } : null }),
    )
    this.fingerprints.service.on('changed', (s) => this.broadcast('fingerprintsChanged', s))
    this.devices.on('status', () => this.fingerprints.service.padsChanged())
    this.training = config.training
      ? new TrainingService({
          db: this.db,
          audit: this.audit,
          lists: this.lists,
          samples: this.samples,
          simulators: laneSimulators({
            reader: () => this.devices.readerSimulator,
            reconnect: (id) => this.devices.reconnect(id),
            online: (id) => this.devices.statuses().some((d) => d.id === id && d.state === 'online'),
            lane: this.simulatedLane,
          }),
          dataDir: config.dataDir,
          resourcesDir: config.resourcesDir,
          now,
          log: config.log,
          createAccount: (user, password, actor) => this.auth.createUser(user, password, actor),
          placeFinger: (kind, recordId) => this.fingerprints.simulate(kind, recordId),
        })
      : null
    if (this.training) {
      const training = this.training
      this.inspection.on('changed', (s) => training.inspectionChanged(s))
      this.vehicleLane.on('changed', (s) => training.vehicleLaneChanged(s))
      this.fingerprints.service.on('changed', (s) => training.fingerprintsChanged(s))
      training.on('changed', (run) => this.broadcast('trainingChanged', run))
    }
    this.handlers = buildHandlers(this)
    this.inspection.on('changed', (s) => this.broadcast('inspectionChanged', s))
    this.vehicleLane.on('changed', (s) => this.broadcast('vehicleLaneChanged', s))
    this.devices.on('status', (s) => this.broadcast('devicesChanged', s))
    this.devices.on('reading', (id, reading) => this.onReading(id, reading))
    this.devices.on('problem', (id, error) => this.onDeviceProblem(id, error))
  }

  static async start(config: AppConfig): Promise<CheckpointApp> {
    // A training workstation lives entirely in its own folder beside the operational data.
    const app = new CheckpointApp(config.training ? { ...config, dataDir: trainingDataDir(config.dataDir) } : config)
    app.inspection.recoverInterrupted()
    app.vehicleLane.recoverInterrupted()
    app.training?.recoverInterrupted()
    if (app.simulated) {
      await app.auth.seedDemoAccounts()
      await app.seedSimulatedLists()
      // Synthetic prints for the sample wanted persons are rendered when the pad is first used, not at start-up.
      app.fingerprints.useSimulatedPrints()
      loadStarterProfiles(join(config.resourcesDir, 'risk', 'starter-profiles.json'), { profiles: app.riskProfiles, bands: app.riskBands }, { username: 'system', roles: ['supervisor'] })
    }
    await app.devices.start()
    return app
  }

  /** The simulated document reader the simulator panel drives, if the configuration has one. */
  get readerSimulator() {
    return this.simulated ? this.devices.readerSimulator : null
  }

  /** Simulated mode: the sample alert lists (resources/screening), imported once like any list. */
  private async seedSimulatedLists(): Promise<void> {
    const present = new Set(this.lists.activeListVersions().map((l) => l.listId))
    const samples = [
      { listId: 'sim-sltd', kind: 'documents', file: 'documents.sample.csv', name: 'Stolen and lost travel documents (simulated)' },
      { listId: 'sim-wanted', kind: 'persons', file: 'persons.sample.csv', name: 'Wanted and flagged persons (simulated)' },
      { listId: 'sim-vehicles', kind: 'vehicles', file: 'vehicles.sample.csv', name: 'Stolen vehicles (simulated)' },
    ] as const
    for (const s of samples) {
      if (present.has(s.listId)) continue
      const report = await this.lists.import(join(this.config.resourcesDir, 'screening', s.file), {
        listId: s.listId,
        kind: s.kind,
        format: 'csv',
        actor: 'system',
        name: s.name,
        source: 'Checkpoint simulation data',
        version: 'sim-2026.11.1',
      })
      if (!report.ok) throw new Error(`Cannot load the simulated list ${s.listId}: ${report.errors.map((e) => e.message).join('; ')}`)
    }
  }

  async stop(): Promise<void> {
    this.training?.dispose()
    await this.devices.stop()
    await this.vehicleLane.flushed()
    await this.fingerprints.stop()
    this.lists.close()
    this.connections.clear()
    this.db.close()
  }

  /** A renderer connected (window or browser tab); `send` pushes events to it. */
  connect(send: Send): Connection {
    const connection = new Connection(this.handlers, send, this.config.log, (u) => this.toSession(u))
    this.connections.add(connection)
    return connection
  }

  disconnect(connection: Connection): void {
    this.connections.delete(connection)
  }

  crossingsSince(iso: string) {
    return this.crossings.since(iso)
  }

  hitQueue(sinceIso: string, status: Parameters<CrossingsRepository['hitQueue']>[1]) {
    return this.crossings.hitQueue(sinceIso, status)
  }

  hitQueueRow(alertId: number) {
    return this.crossings.hitQueueRow(alertId)
  }

  recordAlertOutcome(alertId: number, outcome: string, supervisor: string): void {
    this.audit.transaction(() => {
      this.crossings.setOutcome(alertId, outcome)
      this.audit.append({ actor: supervisor, action: 'alert.outcome', subject: `alert:${alertId}`, details: { outcome } })
    })
  }

  toSession(user: User): Session {
    return { username: user.username, displayName: user.displayName, roles: user.roles, simulated: this.simulated, training: this.training !== null }
  }

  signedIn(user: User): void {
    if (user.roles.some((r) => lineRoles.includes(r))) this.laneOfficer = user.username
  }

  signedOut(user: User): void {
    if (this.laneOfficer === user.username) this.laneOfficer = null
  }

  private assessRisk(crossingId: number, actor: string) {
    try {
      const r = this.risk.evaluateCrossing(crossingId, actor)
      return { score: r.score, band: r.band, fired: r.fired }
    } catch (err) {
      this.config.log.error('risk evaluation failed', { crossing: crossingId, error: err instanceof Error ? err.message : String(err) })
      return null
    }
  }

  broadcastListProgress(progress: EventPayload<'listImportProgress'>): void {
    this.broadcast('listImportProgress', progress)
  }

  private broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const c of this.connections) c.deliver(event, payload)
  }

  /** Media tickets: the contract issues them (roles checked there), a host redeems them. */
  issueMediaTicket(resource: MediaResource, user: string) {
    return this.mediaTickets.issue(resource, user)
  }

  mediaResponse(ticket: string): MediaResponse {
    const redeemed = this.mediaTickets.redeem(ticket)
    return mediaResponse(redeemed?.resource ?? null, {
      cameras: this.cameras,
      isCamera: (id) => this.devices.kindOf(id) === 'camera',
      scanPlanes: (scanId) => this.vehicleLane.scanPlanes(scanId),
    })
  }

  /** Readings by device kind: documents to the inspection, plates and scans to the vehicle lane, frames to the live views. */
  private onReading(deviceId: string, reading: unknown): void {
    const kind = this.devices.kindOf(deviceId)
    const actor = this.laneOfficer ?? `device:${deviceId}`
    const r = reading as { type: string; at?: number }
    if (kind === 'camera') {
      if (r.type === 'frame') {
        const f = reading as { jpeg: Uint8Array; at: number; seq: number }
        this.cameras.frame(deviceId, { jpeg: f.jpeg, at: f.at, seq: f.seq })
      }
      return
    }
    if (kind === 'anpr' || kind === 'xray') {
      this.broadcastReading(deviceId, reading)
      try {
        if (kind === 'anpr' && r.type === 'plate') this.vehicleLane.plateEvent(deviceId, reading as PlateEvent, actor)
        if (kind === 'xray' && r.type === 'scan') this.vehicleLane.scanReceived(deviceId, (reading as { scan: ScanEvent }).scan, actor)
      } catch (err) {
        this.config.log.error('vehicle lane reading failed', { device: deviceId, type: r.type, error: err instanceof Error ? err.message : String(err) })
      }
      return
    }
    if (kind === 'fingerprint') {
      // The capture itself is the answer to the fingerprint service's request; the technician sees what happened, never the image.
      const f = reading as { type: string; at?: number; prompt?: string; reason?: string; detail?: string }
      this.broadcastReading(deviceId, { type: f.type, at: f.at, reason: f.reason, detail: f.detail ?? f.prompt, lines: [] })
      return
    }
    if (kind !== 'document-reader') return
    const doc = reading as DocumentReaderEvent
    this.broadcastReading(deviceId, doc)
    if (doc.type === 'document') {
      this.inspection.documentRead(doc.lines, { source: 'reader', device: deviceId }, actor)
    } else {
      const notice: ReadNoticeCode = doc.reason === 'partial-line' ? 'read-incomplete' : 'read-unreadable'
      this.inspection.readProblem(notice, actor, { device: deviceId, reason: doc.reason, bytes: doc.raw.length })
    }
  }

  /** The technician's "test read" view: the bytes as they came (at most 4 KiB) and what the driver made of them. */
  private broadcastReading(deviceId: string, reading: unknown): void {
    const r = reading as { type: string; at?: number; raw?: Uint8Array; lines?: string[]; reason?: string; detail?: string; plate?: string; scan?: { id: string } }
    this.broadcast('deviceReading', {
      deviceId,
      at: r.at ?? Date.now(),
      type: r.type,
      rawHex: r.raw ? Buffer.from(r.raw.subarray(0, 4096)).toString('hex') : '',
      rawLength: r.raw?.length ?? 0,
      lines: r.type === 'document' && r.lines ? r.lines : r.plate ? [r.plate] : r.scan ? [`scan ${r.scan.id}`] : [],
      reason: r.type === 'incomplete' ? [r.reason, r.detail].filter(Boolean).join(': ') || null : null,
    })
  }

  private onDeviceProblem(deviceId: string, error: DeviceError): void {
    if (error.kind !== 'needs-operator' || this.devices.kindOf(deviceId) !== 'document-reader') return
    this.inspection.readProblem('reader-disconnected', this.laneOfficer ?? `device:${deviceId}`, { device: deviceId, code: error.code })
  }
}

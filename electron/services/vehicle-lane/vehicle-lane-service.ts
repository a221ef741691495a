// One vehicle at a time at a vehicle lane: plate reads open and amend it, the traveller crossings
// recorded meanwhile are its occupants, an X-ray scan is linked by plate (or to the vehicle at the
// lane), and two kinds of alert need the officer: a listed plate and occupant counts that
// disagree. Each change is one transaction with its audit entries.
import type { XrayScan } from '../../../drivers/xray/xray-scan'
import { EventEmitter } from 'node:events'
import type { AuditLog } from '../audit/audit-log'
import type { ListStore } from '../screening/lists'
import type { VehicleCrossingSource } from '../risk/vehicle-crossing-source'
import { VehicleLaneRepository, type VehicleCrossingRow } from '../../store/vehicle-lane-repository'
import type { Db } from '../../store/database'
import type { ScanAnnotation, VehicleCrossingView, VehicleLaneSnapshot, vehicleKinds } from '../../../shared/domain/vehicle-lane'
import type { VehicleCrossing } from '../../../shared/risk/vehicle-facts'
import { normalisePlate } from '../../../shared/screening/plates'
import { checkOccupancy } from './occupancy'
import { screenPlate } from './plate-screening'
import { joinPlanes, readScanPlanes, scanFileName, scanFileSize, writeScanPlanesAsync } from './scan-files'

/** What the ANPR drivers report (drivers/anpr/plate-reading.ts), as far as the lane needs it. */
export interface PlateEvent {
  camera: string
  eventId: string
  state: 'new' | 'update' | 'lost'
  plate: string
  country?: string
  confidence: number
  direction?: string
  at: number
}

/** What the X-ray drivers report, less where their files went. */
export type ScanEvent = Omit<XrayScan, 'source'>

export class VehicleLaneError extends Error {
  constructor(
    readonly code: 'conflict' | 'not-found' | 'invalid',
    message: string,
  ) {
    super(message)
  }
}

/** A scan with no vehicle at the lane is still shown (unlinked) for this long. */
const UNLINKED_SCAN_HOURS = 12

export interface VehicleLaneDeps {
  db: Db
  audit: AuditLog
  lists: ListStore
  lane: string
  dataDir: string
  now?: () => Date
  /** The calibration applied to scans of a device, if any (version), and its correction. */
  calibrationFor?: (device: string) => { version: number; apply(high: Uint16Array, low: Uint16Array | undefined, width: number, height: number): { high: Uint16Array; low: Uint16Array | undefined } } | null
}

export class VehicleLaneService extends EventEmitter<{ changed: [VehicleLaneSnapshot] }> implements VehicleCrossingSource {
  readonly repo: VehicleLaneRepository
  private readonly now: () => Date
  /** The latest scans' planes, kept while their files are written and for the officer's first look. */
  private readonly recentPlanes = new Map<string, Uint8Array>()
  /** Files still being written (tests and shutdown wait for them). */
  private readonly writing = new Set<Promise<void>>()

  constructor(private readonly deps: VehicleLaneDeps) {
    super()
    this.repo = new VehicleLaneRepository(deps.db)
    this.now = deps.now ?? (() => new Date())
  }

  /**
   * At start: vehicle crossings left open by a crash are marked interrupted, never silently kept;
   * scans whose planes were still being written are checked: whole files become durable, the
   * others are marked lost (the officer is told to scan the vehicle again).
   */
  recoverInterrupted(): number {
    const open = this.repo.openIds()
    const unfinished = this.repo.scansBeingWritten()
    if (open.length === 0 && unfinished.length === 0) return 0
    const at = this.iso()
    this.deps.audit.transaction(() => {
      for (const id of open) {
        this.repo.close(id, 'interrupted', at)
        this.deps.audit.append({ actor: 'system', action: 'vehicle.interrupted', subject: `vehicle:${id}`, details: { reason: 'open at start-up' } })
      }
      for (const s of unfinished) {
        const whole = scanFileSize(this.deps.dataDir, s.planesFile) === s.width * s.height * 2 * s.planes
        this.repo.setPlanesState(s.id, whole ? 'durable' : 'lost')
        if (!whole) this.deps.audit.append({ actor: 'system', action: 'scan.planes-lost', subject: `scan:${s.id}`, details: { reason: 'the workstation stopped while the scan was being stored' } })
      }
    })
    return open.length
  }

  /** The planes of a scan (high then low, uint16 LE): from memory while recent, else from its file; null when lost or unknown. */
  scanPlanes(scanId: string): { bytes: Uint8Array; width: number; height: number; planes: number } | null {
    const scan = this.repo.scan(scanId)
    if (!scan || scan.planesState === 'lost') return null
    const bytes = this.recentPlanes.get(scanId) ?? (scan.planesState === 'durable' ? readScanPlanes(this.deps.dataDir, scan.planesFile) : null)
    return bytes ? { bytes, width: scan.width, height: scan.height, planes: scan.energyMode === 'dual' ? 2 : 1 } : null
  }

  /** Resolves when every scan received so far is on disk. */
  async flushed(): Promise<void> {
    await Promise.all([...this.writing])
  }

  snapshot(): VehicleLaneSnapshot {
    const open = this.repo.openVehicleCrossing(this.deps.lane)
    const since = new Date(this.now().getTime() - UNLINKED_SCAN_HOURS * 3600_000).toISOString()
    return { lane: this.deps.lane, vehicle: open ? this.view(open) : null, unlinkedScans: this.repo.unlinkedScans(since) }
  }

  view(v: VehicleCrossingRow): VehicleCrossingView {
    const occupants = this.repo.occupants(v.id)
    const scan = this.repo.scanOf(v.id)
    const occupancy = this.occupancyOf(v, occupants.length, scan)
    return {
      id: v.id,
      openedAt: v.opened_at,
      openedBy: v.opened_by,
      status: v.status,
      plate: v.plate,
      plateCountry: v.plate_country,
      kind: v.kind,
      declaredOccupants: v.declared_occupants,
      origin: v.origin,
      route: v.route,
      plateReads: this.repo.plateReads(v.id),
      occupants,
      occupancy: { declared: v.declared_occupants, documents: occupants.length, markedOnScan: occupancy.markedOnScan, agrees: occupancy.check.agrees },
      scan,
      alerts: this.repo.alerts(v.id),
    }
  }

  // ---- plate reads ----

  /** An ANPR event. NEW opens a vehicle crossing (closing the previous vehicle's), UPDATE amends its read, LOST notes it left the camera's view. */
  plateEvent(device: string, e: PlateEvent, actor: string): VehicleLaneSnapshot {
    const at = this.iso()
    const plateKey = normalisePlate(e.plate)
    if (plateKey === '') return this.snapshot()
    const known = this.repo.plateRead(e.eventId)
    let screenFor: { id: number; plate: string } | null = null
    this.deps.audit.transaction(() => {
      if (known) {
        const state = e.state === 'new' ? 'update' : e.state
        this.repo.amendPlateRead(e.eventId, { plate: e.plate, plateKey, country: e.country ?? null, confidence: e.confidence, state, at })
        const v = this.repo.vehicleCrossing(known.vehicleCrossingId)
        if (v && v.status === 'open' && e.state !== 'lost' && v.plate_key !== plateKey) {
          this.repo.setPlate(v.id, e.plate, plateKey, e.country ?? v.plate_country)
          screenFor = { id: v.id, plate: e.plate }
        }
        this.deps.audit.append({ actor, action: `plate.${state}`, subject: `vehicle:${known.vehicleCrossingId}`, details: { device, camera: e.camera, eventId: e.eventId, plate: e.plate, confidence: e.confidence } })
        return
      }
      let open = this.repo.openVehicleCrossing(this.deps.lane)
      if (open && open.plate_key !== null && open.plate_key !== plateKey) {
        // A different vehicle at the camera: the previous one has gone through.
        this.repo.close(open.id, 'closed', at)
        this.deps.audit.append({ actor, action: 'vehicle.closed', subject: `vehicle:${open.id}`, details: { reason: 'the next vehicle arrived', next: e.plate } })
        open = null
      }
      const id = open?.id ?? this.repo.insertVehicleCrossing({ lane: this.deps.lane, at, by: actor, plate: e.plate, plateKey, country: e.country ?? null })
      if (!open) this.deps.audit.append({ actor, action: 'vehicle.opened', subject: `vehicle:${id}`, details: { plate: e.plate, source: 'anpr', device } })
      else if (open.plate_key === null) this.repo.setPlate(id, e.plate, plateKey, e.country ?? null)
      this.repo.insertPlateRead({ vehicleCrossingId: id, eventId: e.eventId, device, camera: e.camera, plate: e.plate, plateKey, country: e.country ?? null, confidence: e.confidence, state: e.state, direction: e.direction ?? null, at })
      this.deps.audit.append({ actor, action: 'plate.read', subject: `vehicle:${id}`, details: { device, camera: e.camera, eventId: e.eventId, plate: e.plate, confidence: e.confidence } })
      screenFor = { id, plate: e.plate }
    })
    const s = screenFor as { id: number; plate: string } | null
    if (s) {
      this.screen(s.id, s.plate, e.country ?? null, e.confidence, actor)
      this.claimScanByPlate(s.id, normalisePlate(s.plate), actor)
    }
    return this.publish()
  }

  /** The officer starts a vehicle by hand (no camera, or the camera missed it). */
  startVehicle(plate: string | null, actor: string): VehicleLaneSnapshot {
    if (this.repo.openVehicleCrossing(this.deps.lane)) throw new VehicleLaneError('conflict', 'A vehicle is already at the lane: finish it first.')
    const plateKey = plate ? normalisePlate(plate) : ''
    const id = this.deps.audit.transaction(() => {
      const id = this.repo.insertVehicleCrossing({ lane: this.deps.lane, at: this.iso(), by: actor, plate: plateKey ? plate : null, plateKey: plateKey || null, country: null })
      this.deps.audit.append({ actor, action: 'vehicle.opened', subject: `vehicle:${id}`, details: { plate, source: 'officer' } })
      return id
    })
    if (plate && plateKey) {
      this.screen(id, plate, null, null, actor)
      this.claimScanByPlate(id, plateKey, actor)
    }
    return this.publish()
  }

  /** A scan that arrived before its vehicle (same plate, still unlinked, recent) joins it. */
  private claimScanByPlate(vehicleId: number, plateKey: string, actor: string): void {
    if (this.repo.scanOf(vehicleId)) return
    const since = new Date(this.now().getTime() - UNLINKED_SCAN_HOURS * 3600_000).toISOString()
    const scan = this.repo.unlinkedScans(since).find((s) => s.plate !== null && normalisePlate(s.plate) === plateKey)
    if (!scan) return
    this.deps.audit.transaction(() => {
      this.repo.linkScan(scan.id, vehicleId)
      this.deps.audit.append({ actor, action: 'scan.linked', subject: `scan:${scan.id}`, details: { vehicle: vehicleId, by: 'plate' } })
    })
    this.reviewOccupancy(vehicleId, actor)
  }

  /** The officer corrects or types the plate. */
  setPlate(plate: string, country: string | null, actor: string): VehicleLaneSnapshot {
    const v = this.requireOpen()
    const plateKey = normalisePlate(plate)
    if (plateKey === '') throw new VehicleLaneError('invalid', 'A plate needs at least one letter or digit.')
    this.deps.audit.transaction(() => {
      this.repo.setPlate(v.id, plate, plateKey, country)
      this.deps.audit.append({ actor, action: 'vehicle.plate-set', subject: `vehicle:${v.id}`, details: { plate, country, before: v.plate } })
    })
    this.screen(v.id, plate, country, null, actor)
    this.claimScanByPlate(v.id, plateKey, actor)
    return this.publish()
  }

  setDetails(d: { kind?: (typeof vehicleKinds)[number] | null; declaredOccupants?: number | null; origin?: string | null; route?: string | null }, actor: string): VehicleLaneSnapshot {
    const v = this.requireOpen()
    this.deps.audit.transaction(() => {
      this.repo.setDetails(v.id, d)
      this.deps.audit.append({ actor, action: 'vehicle.details', subject: `vehicle:${v.id}`, details: d })
    })
    this.reviewOccupancy(v.id, actor)
    return this.publish()
  }

  closeVehicle(actor: string): VehicleLaneSnapshot {
    const v = this.requireOpen()
    const open = this.repo.alerts(v.id).filter((a) => a.status === 'candidate')
    if (open.length > 0) throw new VehicleLaneError('conflict', `Resolve the vehicle's ${open.length} open alert${open.length === 1 ? '' : 's'} first (confirm or dismiss).`)
    this.deps.audit.transaction(() => {
      this.repo.close(v.id, 'closed', this.iso())
      this.deps.audit.append({ actor, action: 'vehicle.closed', subject: `vehicle:${v.id}`, details: { reason: 'officer' } })
    })
    return this.publish()
  }

  // ---- occupants ----

  /** A traveller crossing was recorded at this lane: while a vehicle is here, the traveller is in it (the first is the driver). */
  travellerRecorded(crossingId: number, actor: string): void {
    const v = this.repo.openVehicleCrossing(this.deps.lane)
    if (!v) return
    const role = this.repo.occupants(v.id).some((o) => o.role === 'driver') ? 'passenger' : 'driver'
    this.repo.addOccupant(v.id, crossingId, role)
    this.deps.audit.append({ actor, action: 'vehicle.occupant-added', subject: `vehicle:${v.id}`, details: { crossing: crossingId, role } })
  }

  /** After the traveller's transaction: the occupancy check and the lane view follow. */
  afterTravellerRecorded(actor: string): void {
    const v = this.repo.openVehicleCrossing(this.deps.lane)
    if (!v) return
    this.reviewOccupancy(v.id, actor)
    this.publish()
  }

  setOccupantRole(crossingId: number, role: 'driver' | 'passenger', actor: string): VehicleLaneSnapshot {
    const v = this.requireOpen()
    this.deps.audit.transaction(() => {
      if (!this.repo.setOccupantRole(v.id, crossingId, role)) throw new VehicleLaneError('not-found', `Traveller crossing ${crossingId} is not an occupant of this vehicle.`)
      this.deps.audit.append({ actor, action: 'vehicle.occupant-role', subject: `vehicle:${v.id}`, details: { crossing: crossingId, role } })
    })
    return this.publish()
  }

  removeOccupant(crossingId: number, actor: string): VehicleLaneSnapshot {
    const v = this.requireOpen()
    this.deps.audit.transaction(() => {
      if (!this.repo.removeOccupant(v.id, crossingId)) throw new VehicleLaneError('not-found', `Traveller crossing ${crossingId} is not an occupant of this vehicle.`)
      this.deps.audit.append({ actor, action: 'vehicle.occupant-removed', subject: `vehicle:${v.id}`, details: { crossing: crossingId } })
    })
    this.reviewOccupancy(v.id, actor)
    return this.publish()
  }

  // ---- scans ----

  /** A scan arrived: planes to disk first, then its row, linked to the vehicle with its plate or the one at the lane. */
  scanReceived(device: string, scan: ScanEvent, actor: string): VehicleLaneSnapshot {
    if (this.repo.scan(scan.id)) {
      this.deps.audit.transaction(() => this.deps.audit.append({ actor, action: 'scan.duplicate', subject: `scan:${scan.id}`, details: { device } }))
      return this.snapshot()
    }
    const calibration = this.deps.calibrationFor?.(device) ?? null
    const planes = calibration ? calibration.apply(scan.high, scan.low, scan.width, scan.height) : { high: scan.high, low: scan.low }
    const file = scanFileName(scan.id)
    const bytes = joinPlanes(planes.high, planes.low)
    this.remember(scan.id, bytes)
    const open = this.repo.openVehicleCrossing(this.deps.lane)
    const plateKey = scan.plate ? normalisePlate(scan.plate) : ''
    // The scan's own plate decides when it has one; a scan of another vehicle is never pinned on this one.
    const target = open && (plateKey === '' || open.plate_key === null || open.plate_key === plateKey) ? open : null
    this.deps.audit.transaction(() => {
      this.repo.insertScan({
        id: scan.id,
        vehicleCrossingId: target?.id ?? null,
        device,
        scanner: scan.scanner,
        scannedAt: scan.time,
        receivedAt: this.iso(),
        energyMode: scan.energyMode,
        width: scan.width,
        height: scan.height,
        mmPerPixel: scan.mmPerPixel,
        plate: scan.plate ?? null,
        planesFile: file,
        calibrationVersion: calibration?.version ?? null,
      })
      this.deps.audit.append({ actor, action: 'scan.received', subject: `scan:${scan.id}`, details: { device, vehicle: target?.id ?? null, plate: scan.plate ?? null, width: scan.width, height: scan.height, calibration: calibration?.version ?? null } })
    })
    this.storeDurably(scan.id, file, bytes)
    if (target) this.reviewOccupancy(target.id, actor)
    return this.publish()
  }

  private remember(scanId: string, bytes: Uint8Array): void {
    this.recentPlanes.set(scanId, bytes)
    // Two scans at most in memory (~64 MB each at 2,000 × 8,000 × 2).
    while (this.recentPlanes.size > 2) this.recentPlanes.delete(this.recentPlanes.keys().next().value as string)
  }

  private storeDurably(scanId: string, file: string, bytes: Uint8Array): void {
    const done = writeScanPlanesAsync(this.deps.dataDir, file, bytes)
      .then(() => this.repo.setPlanesState(scanId, 'durable'))
      .catch((err: unknown) => {
        this.repo.setPlanesState(scanId, 'lost')
        this.deps.audit.transaction(() => this.deps.audit.append({ actor: 'system', action: 'scan.planes-lost', subject: `scan:${scanId}`, details: { reason: err instanceof Error ? err.message : String(err) } }))
      })
      .finally(() => this.writing.delete(done))
    this.writing.add(done)
  }

  /** Attach an unlinked scan to the vehicle at the lane. */
  linkScan(scanId: string, actor: string): VehicleLaneSnapshot {
    const v = this.requireOpen()
    const scan = this.repo.scan(scanId)
    if (!scan) throw new VehicleLaneError('not-found', `No scan ${scanId}.`)
    if (scan.vehicleCrossingId !== null) throw new VehicleLaneError('conflict', `Scan ${scanId} already belongs to vehicle ${scan.vehicleCrossingId}.`)
    this.deps.audit.transaction(() => {
      this.repo.linkScan(scanId, v.id)
      this.deps.audit.append({ actor, action: 'scan.linked', subject: `scan:${scanId}`, details: { vehicle: v.id } })
    })
    this.reviewOccupancy(v.id, actor)
    return this.publish()
  }

  annotateScan(scanId: string, annotations: readonly ScanAnnotation[], actor: string): VehicleLaneSnapshot {
    const scan = this.repo.scan(scanId)
    if (!scan) throw new VehicleLaneError('not-found', `No scan ${scanId}.`)
    if (scan.decision !== null) throw new VehicleLaneError('conflict', `Scan ${scanId} was already decided (${scan.decision}); its marks are part of that decision.`)
    for (const a of annotations) {
      if (a.box.x + a.box.w > scan.width + 1e-6 || a.box.y + a.box.h > scan.height + 1e-6) throw new VehicleLaneError('invalid', `Mark ${a.id} lies outside the ${scan.width} × ${scan.height} scan.`)
    }
    this.deps.audit.transaction(() => {
      this.repo.setAnnotations(scanId, annotations)
      this.deps.audit.append({ actor, action: 'scan.annotated', subject: `scan:${scanId}`, details: { marks: annotations.length, categories: annotations.map((a) => a.category) } })
    })
    if (scan.vehicleCrossingId !== null) this.reviewOccupancy(scan.vehicleCrossingId, actor)
    return this.publish()
  }

  /** Clear, or refer to secondary with the marked regions. */
  decideScan(scanId: string, decision: 'clear' | 'refer', actor: string): VehicleLaneSnapshot {
    const scan = this.repo.scan(scanId)
    if (!scan) throw new VehicleLaneError('not-found', `No scan ${scanId}.`)
    if (scan.decision !== null) throw new VehicleLaneError('conflict', `Scan ${scanId} was already decided: ${scan.decision} by ${scan.decidedBy}.`)
    if (decision === 'refer' && scan.annotations.length === 0) throw new VehicleLaneError('invalid', 'Mark at least one region on the scan before referring it to secondary.')
    this.deps.audit.transaction(() => {
      this.repo.decideScan(scanId, decision, actor, this.iso())
      this.deps.audit.append({ actor, action: `scan.${decision}`, subject: `scan:${scanId}`, details: { vehicle: scan.vehicleCrossingId, regions: scan.annotations.map((a) => ({ category: a.category, box: a.box, note: a.note })) } })
    })
    if (scan.vehicleCrossingId !== null) this.reviewOccupancy(scan.vehicleCrossingId, actor)
    return this.publish()
  }

  // ---- alerts ----

  resolveAlert(alertId: number, action: 'confirm' | 'dismiss' | 'refer', reason: string | undefined, actor: string): VehicleLaneSnapshot {
    const alert = this.repo.alert(alertId)
    if (!alert) throw new VehicleLaneError('not-found', `No vehicle alert ${alertId}.`)
    const allowed = action === 'refer' ? alert.status === 'confirmed' : alert.status === 'candidate'
    if (!allowed) throw new VehicleLaneError('conflict', `Vehicle alert ${alertId} is ${alert.status}.`)
    if (action === 'dismiss' && (reason ?? '').trim().length < 3) throw new VehicleLaneError('invalid', 'A dismissal needs a reason (at least 3 characters).')
    const status = action === 'confirm' ? 'confirmed' : action === 'dismiss' ? 'dismissed' : 'referred'
    this.deps.audit.transaction(() => {
      this.repo.setAlertStatus(alertId, status, actor, this.iso(), action === 'dismiss' ? (reason ?? null) : null)
      this.deps.audit.append({ actor, action: `vehicle-alert.${status}`, subject: `vehicle-alert:${alertId}`, details: { vehicle: alert.vehicleCrossingId, kind: alert.kind, listVersion: alert.listVersion, reason } })
    })
    return this.publish()
  }

  // ---- risk ----

  vehicleCrossingOf(travellerCrossingId: number): VehicleCrossing | null {
    const id = this.repo.vehicleCrossingOfTraveller(travellerCrossingId)
    return id === null ? null : this.repo.asRiskCrossing(id)
  }

  crossingsOfVehicle(vehicleKey: string, since: string, before: string): VehicleCrossing[] {
    const plateKey = vehicleKey.split('/')[0] ?? ''
    if (plateKey === '' || vehicleKey.startsWith('unknown-vehicle:')) return []
    return this.repo
      .crossingIdsOfVehicle(plateKey, since, before)
      .map((id) => this.repo.asRiskCrossing(id))
      .filter((v): v is VehicleCrossing => v !== null && v.vehicleKey === vehicleKey)
  }

  // ---- internals ----

  private screen(vehicleId: number, plate: string, country: string | null, confidence: number | null, actor: string): void {
    const matches = screenPlate(this.deps.lists, plate, country, confidence)
    const at = this.iso()
    this.deps.audit.transaction(() => {
      this.deps.audit.append({ actor, action: 'vehicle.screened', subject: `vehicle:${vehicleId}`, details: { plate, matches: matches.length, lists: [...new Set(matches.map((m) => `${m.listId}@${m.listVersion}`))] } })
      for (const m of matches) {
        const id = this.repo.insertAlert({ ...m, vehicleCrossingId: vehicleId, at })
        if (id !== null) this.deps.audit.append({ actor, action: 'vehicle-alert.raised', subject: `vehicle-alert:${id}`, details: { vehicle: vehicleId, list: m.listId, listVersion: m.listVersion, listRecordId: m.listRecordId, score: m.score } })
      }
    })
  }

  private occupancyOf(v: VehicleCrossingRow, documents: number, scan: ReturnType<VehicleLaneRepository['scanOf']>) {
    const persons = scan ? scan.annotations.filter((a) => a.category === 'person').length : 0
    // A reviewed scan counts: someone marked a person on it, or decided it.
    const markedOnScan = scan && (persons > 0 || scan.decision !== null) ? persons : null
    return { markedOnScan, check: checkOccupancy({ declared: v.declared_occupants, documents, markedOnScan }) }
  }

  private reviewOccupancy(vehicleId: number, actor: string): void {
    const v = this.repo.vehicleCrossing(vehicleId)
    if (!v) return
    const { check } = this.occupancyOf(v, this.repo.occupants(v.id).length, this.repo.scanOf(v.id))
    if (check.agrees) return
    this.deps.audit.transaction(() => {
      const id = this.repo.insertAlert({ vehicleCrossingId: v.id, kind: 'occupancy', listId: null, listVersion: null, listRecordId: null, reason: check.reason, score: null, features: check.features, record: {}, at: this.iso() })
      if (id !== null) this.deps.audit.append({ actor, action: 'vehicle-alert.raised', subject: `vehicle-alert:${id}`, details: { vehicle: v.id, kind: 'occupancy', reason: check.reason } })
      else this.repo.updateOccupancyAlert(v.id, check.reason, check.features)
    })
  }

  private requireOpen(): VehicleCrossingRow {
    const v = this.repo.openVehicleCrossing(this.deps.lane)
    if (!v) throw new VehicleLaneError('conflict', 'No vehicle at the lane: start one (or let the plate camera open it).')
    return v
  }

  private iso(): string {
    return this.now().toISOString()
  }

  private publish(): VehicleLaneSnapshot {
    const s = this.snapshot()
    this.emit('changed', s)
    return s
  }
}


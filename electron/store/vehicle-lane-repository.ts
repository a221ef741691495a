// Prepared statements for the vehicle lane. Callers own the transaction (AuditLog.transaction)
// so a change and its audit entries commit together.
import type { Db } from './database'
import type { AlertStatus } from '../../shared/domain/inspection'
import type { OccupantView, PlateReadView, ScanAnnotation, ScanView, VehicleAlertView } from '../../shared/domain/vehicle-lane'
import type { VehicleCrossing } from '../../shared/risk/vehicle-facts'
import { documentNumberKey, issuerKey } from '../../shared/screening/document-candidates'

export interface VehicleCrossingRow {
  id: number
  lane: string
  opened_at: string
  opened_by: string
  closed_at: string | null
  status: 'open' | 'closed' | 'interrupted'
  plate: string | null
  plate_key: string | null
  plate_country: string | null
  kind: 'car' | 'van' | 'truck' | 'bus' | 'other' | null
  declared_occupants: number | null
  origin: string | null
  route: string | null
}

export interface NewPlateRead {
  vehicleCrossingId: number
  eventId: string
  device: string
  camera: string
  plate: string
  plateKey: string
  country: string | null
  confidence: number
  state: 'new' | 'update' | 'lost'
  direction: string | null
  at: string
}

export interface NewScan {
  id: string
  vehicleCrossingId: number | null
  device: string
  scanner: string
  scannedAt: string
  receivedAt: string
  energyMode: 'single' | 'dual'
  width: number
  height: number
  mmPerPixel: { x: number; y: number }
  plate: string | null
  planesFile: string
  calibrationVersion: number | null
}

export interface NewVehicleAlert {
  vehicleCrossingId: number
  kind: 'plate-list' | 'occupancy'
  listId: string | null
  listVersion: string | null
  listRecordId: string | null
  reason: string
  score: number | null
  features: VehicleAlertView['features']
  record: Record<string, string>
  at: string
}

interface ScanRow {
  id: string
  vehicle_crossing_id: number | null
  device: string
  scanner: string
  scanned_at: string
  energy_mode: 'single' | 'dual'
  width: number
  height: number
  mm_per_pixel_x: number
  mm_per_pixel_y: number
  plate: string | null
  planes_file: string
  calibration_version: number | null
  annotations: string
  decision: 'clear' | 'refer' | null
  decided_by: string | null
}

const toScan = (r: ScanRow): ScanView => ({
  id: r.id,
  vehicleCrossingId: r.vehicle_crossing_id,
  device: r.device,
  scanner: r.scanner,
  scannedAt: r.scanned_at,
  energyMode: r.energy_mode,
  width: r.width,
  height: r.height,
  mmPerPixel: { x: r.mm_per_pixel_x, y: r.mm_per_pixel_y },
  plate: r.plate,
  calibrationVersion: r.calibration_version,
  annotations: JSON.parse(r.annotations) as ScanAnnotation[],
  decision: r.decision,
  decidedBy: r.decided_by,
})

export class VehicleLaneRepository {
  constructor(private readonly db: Db) {}

  // ---- vehicle crossings ----

  openVehicleCrossing(lane: string): VehicleCrossingRow | null {
    return (this.db.prepare("SELECT * FROM vehicle_crossings WHERE lane = ? AND status = 'open' ORDER BY id DESC LIMIT 1").get(lane) as VehicleCrossingRow | undefined) ?? null
  }

  vehicleCrossing(id: number): VehicleCrossingRow | null {
    return (this.db.prepare('SELECT * FROM vehicle_crossings WHERE id = ?').get(id) as VehicleCrossingRow | undefined) ?? null
  }

  insertVehicleCrossing(v: { lane: string; at: string; by: string; plate: string | null; plateKey: string | null; country: string | null }): number {
    return Number(
      this.db
        .prepare("INSERT INTO vehicle_crossings (lane, opened_at, opened_by, status, plate, plate_key, plate_country) VALUES (?, ?, ?, 'open', ?, ?, ?)")
        .run(v.lane, v.at, v.by, v.plate, v.plateKey, v.country).lastInsertRowid,
    )
  }

  setPlate(id: number, plate: string | null, plateKey: string | null, country: string | null): void {
    this.db.prepare('UPDATE vehicle_crossings SET plate = ?, plate_key = ?, plate_country = ? WHERE id = ?').run(plate, plateKey, country, id)
  }

  setDetails(id: number, d: { kind?: VehicleCrossingRow['kind']; declaredOccupants?: number | null; origin?: string | null; route?: string | null }): void {
    const row = this.vehicleCrossing(id)
    if (!row) return
    this.db
      .prepare('UPDATE vehicle_crossings SET kind = ?, declared_occupants = ?, origin = ?, route = ? WHERE id = ?')
      .run(d.kind !== undefined ? d.kind : row.kind, d.declaredOccupants !== undefined ? d.declaredOccupants : row.declared_occupants, d.origin !== undefined ? d.origin : row.origin, d.route !== undefined ? d.route : row.route, id)
  }

  close(id: number, status: 'closed' | 'interrupted', at: string): void {
    this.db.prepare('UPDATE vehicle_crossings SET status = ?, closed_at = ? WHERE id = ?').run(status, at, id)
  }

  openIds(): number[] {
    return this.db.prepare("SELECT id FROM vehicle_crossings WHERE status = 'open'").pluck().all() as number[]
  }

  // ---- plate reads ----

  plateRead(eventId: string): (PlateReadView & { vehicleCrossingId: number }) | null {
    const r = this.db.prepare('SELECT * FROM plate_reads WHERE event_id = ?').get(eventId) as PlateReadRow | undefined
    return r ? { ...toPlateRead(r), vehicleCrossingId: r.vehicle_crossing_id } : null
  }

  insertPlateRead(p: NewPlateRead): void {
    this.db
      .prepare('INSERT INTO plate_reads (vehicle_crossing_id, event_id, device, camera, plate, plate_key, country, confidence, state, direction, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(p.vehicleCrossingId, p.eventId, p.device, p.camera, p.plate, p.plateKey, p.country, p.confidence, p.state, p.direction, p.at, p.at)
  }

  /** An UPDATE or LOST of a known event: the read is amended, never duplicated. */
  amendPlateRead(eventId: string, p: { plate: string; plateKey: string; country: string | null; confidence: number; state: 'update' | 'lost'; at: string }): void {
    this.db
      .prepare('UPDATE plate_reads SET plate = ?, plate_key = ?, country = coalesce(?, country), confidence = ?, state = ?, last_at = ?, updates = updates + 1 WHERE event_id = ?')
      .run(p.plate, p.plateKey, p.country, p.confidence, p.state, p.at, eventId)
  }

  plateReads(vehicleCrossingId: number): PlateReadView[] {
    return (this.db.prepare('SELECT * FROM plate_reads WHERE vehicle_crossing_id = ? ORDER BY id').all(vehicleCrossingId) as PlateReadRow[]).map(toPlateRead)
  }

  // ---- occupants ----

  addOccupant(vehicleCrossingId: number, crossingId: number, role: 'driver' | 'passenger'): void {
    this.db.prepare('INSERT OR IGNORE INTO vehicle_occupants (vehicle_crossing_id, crossing_id, role) VALUES (?, ?, ?)').run(vehicleCrossingId, crossingId, role)
  }

  setOccupantRole(vehicleCrossingId: number, crossingId: number, role: 'driver' | 'passenger'): boolean {
    return this.db.prepare('UPDATE vehicle_occupants SET role = ? WHERE vehicle_crossing_id = ? AND crossing_id = ?').run(role, vehicleCrossingId, crossingId).changes === 1
  }

  removeOccupant(vehicleCrossingId: number, crossingId: number): boolean {
    return this.db.prepare('DELETE FROM vehicle_occupants WHERE vehicle_crossing_id = ? AND crossing_id = ?').run(vehicleCrossingId, crossingId).changes === 1
  }

  /** Occupants with what their documents say; superseded reads (a re-read of the same person) are left out. */
  occupants(vehicleCrossingId: number): OccupantView[] {
    return (
      this.db
        .prepare(
          `SELECT o.crossing_id AS crossingId, o.role AS role, t.surname AS surname, t.given_names AS givenNames, d.document_number AS documentNumber,
                  t.nationality AS nationality, t.birth_date AS birthDate, c.overall AS overall
           FROM vehicle_occupants o JOIN crossings c ON c.id = o.crossing_id JOIN travellers t ON t.id = c.traveller_id JOIN documents d ON d.id = c.document_id
           WHERE o.vehicle_crossing_id = ? AND c.status != 'superseded' ORDER BY o.role = 'passenger', o.crossing_id`,
        )
        .all(vehicleCrossingId) as OccupantView[]
    )
  }

  vehicleCrossingOfTraveller(crossingId: number): number | null {
    return (this.db.prepare('SELECT vehicle_crossing_id FROM vehicle_occupants WHERE crossing_id = ?').pluck().get(crossingId) as number | undefined) ?? null
  }

  // ---- scans ----

  insertScan(s: NewScan): void {
    this.db
      .prepare(
        'INSERT INTO xray_scans (id, vehicle_crossing_id, device, scanner, scanned_at, received_at, energy_mode, width, height, mm_per_pixel_x, mm_per_pixel_y, plate, planes_file, calibration_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(s.id, s.vehicleCrossingId, s.device, s.scanner, s.scannedAt, s.receivedAt, s.energyMode, s.width, s.height, s.mmPerPixel.x, s.mmPerPixel.y, s.plate, s.planesFile, s.calibrationVersion)
  }

  scan(id: string): (ScanView & { planesFile: string; planesState: 'writing' | 'durable' | 'lost' }) | null {
    const r = this.db.prepare('SELECT * FROM xray_scans WHERE id = ?').get(id) as (ScanRow & { planes_state: 'writing' | 'durable' | 'lost' }) | undefined
    return r ? { ...toScan(r), planesFile: r.planes_file, planesState: r.planes_state } : null
  }

  scanOf(vehicleCrossingId: number): ScanView | null {
    const r = this.db.prepare('SELECT * FROM xray_scans WHERE vehicle_crossing_id = ? ORDER BY received_at DESC LIMIT 1').get(vehicleCrossingId) as ScanRow | undefined
    return r ? toScan(r) : null
  }

  setPlanesState(id: string, state: 'durable' | 'lost'): void {
    this.db.prepare('UPDATE xray_scans SET planes_state = ? WHERE id = ?').run(state, id)
  }

  scansBeingWritten(): Array<{ id: string; planesFile: string; width: number; height: number; planes: number }> {
    return this.db
      .prepare("SELECT id, planes_file AS planesFile, width, height, CASE energy_mode WHEN 'dual' THEN 2 ELSE 1 END AS planes FROM xray_scans WHERE planes_state = 'writing'")
      .all() as Array<{ id: string; planesFile: string; width: number; height: number; planes: number }>
  }

  linkScan(id: string, vehicleCrossingId: number): void {
    this.db.prepare('UPDATE xray_scans SET vehicle_crossing_id = ? WHERE id = ?').run(vehicleCrossingId, id)
  }

  unlinkedScans(sinceIso: string): ScanView[] {
    return (this.db.prepare('SELECT * FROM xray_scans WHERE vehicle_crossing_id IS NULL AND received_at >= ? ORDER BY received_at DESC LIMIT 20').all(sinceIso) as ScanRow[]).map(toScan)
  }

  setAnnotations(id: string, annotations: readonly ScanAnnotation[]): void {
    this.db.prepare('UPDATE xray_scans SET annotations = ? WHERE id = ?').run(JSON.stringify(annotations), id)
  }

  decideScan(id: string, decision: 'clear' | 'refer', by: string, at: string): void {
    this.db.prepare('UPDATE xray_scans SET decision = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(decision, by, at, id)
  }

  // ---- alerts ----

  /** Inserts the alert unless the same one (kind, list record) exists for this vehicle; returns its id when new. */
  insertAlert(a: NewVehicleAlert): number | null {
    const r = this.db
      .prepare(
        "INSERT OR IGNORE INTO vehicle_alerts (vehicle_crossing_id, kind, list_id, list_version, list_record_id, reason, score, features, record, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'candidate', ?)",
      )
      .run(a.vehicleCrossingId, a.kind, a.listId ?? '', a.listVersion, a.listRecordId ?? '', a.reason, a.score, JSON.stringify(a.features), JSON.stringify(a.record), a.at)
    return r.changes === 1 ? Number(r.lastInsertRowid) : null
  }

  /** The occupancy alert's explanation follows the counts while it is still a candidate. */
  updateOccupancyAlert(vehicleCrossingId: number, reason: string, features: VehicleAlertView['features']): void {
    this.db
      .prepare("UPDATE vehicle_alerts SET reason = ?, features = ? WHERE vehicle_crossing_id = ? AND kind = 'occupancy' AND status = 'candidate'")
      .run(reason, JSON.stringify(features), vehicleCrossingId)
  }

  alerts(vehicleCrossingId: number): VehicleAlertView[] {
    return (this.db.prepare('SELECT * FROM vehicle_alerts WHERE vehicle_crossing_id = ? ORDER BY id').all(vehicleCrossingId) as VehicleAlertRow[]).map(toAlert)
  }

  alert(id: number): (VehicleAlertView & { vehicleCrossingId: number }) | null {
    const r = this.db.prepare('SELECT * FROM vehicle_alerts WHERE id = ?').get(id) as VehicleAlertRow | undefined
    return r ? { ...toAlert(r), vehicleCrossingId: r.vehicle_crossing_id } : null
  }

  setAlertStatus(id: number, status: AlertStatus, by: string, at: string, reason: string | null = null): void {
    this.db.prepare('UPDATE vehicle_alerts SET status = ?, acted_by = ?, acted_at = ?, dismiss_reason = coalesce(?, dismiss_reason) WHERE id = ?').run(status, by, at, reason, id)
  }

  // ---- risk: vehicle crossings as the risk facts read them ----

  asRiskCrossing(id: number): VehicleCrossing | null {
    const v = this.vehicleCrossing(id)
    if (!v) return null
    const occupants = this.db
      .prepare(
        `SELECT o.crossing_id AS crossingId, o.role AS role, t.surname AS surname, t.birth_date AS birthDate, t.nationality AS nationality,
                d.document_number AS documentNumber, d.issuing_state AS issuingState
         FROM vehicle_occupants o JOIN crossings c ON c.id = o.crossing_id JOIN travellers t ON t.id = c.traveller_id JOIN documents d ON d.id = c.document_id
         WHERE o.vehicle_crossing_id = ? AND c.status != 'superseded' ORDER BY o.crossing_id`,
      )
      .all(id) as Array<{ crossingId: number; role: 'driver' | 'passenger'; surname: string; birthDate: string | null; nationality: string; documentNumber: string; issuingState: string }>
    return {
      id: String(v.id),
      at: v.opened_at,
      vehicleKey: vehicleKeyOf(v),
      kind: v.kind,
      registrationCountry: v.plate_country,
      origin: v.origin,
      route: v.route,
      occupants: occupants.map((o) => ({
        crossingId: o.crossingId,
        personKey: `${documentNumberKey(o.documentNumber)}/${issuerKey(o.issuingState)}`,
        role: o.role,
        surname: o.surname,
        birthDate: o.birthDate,
        nationality: o.nationality || null,
      })),
    }
  }

  /** Ids of the vehicle's crossings opened in [since, before). */
  crossingIdsOfVehicle(plateKey: string, since: string, before: string): number[] {
    return this.db.prepare('SELECT id FROM vehicle_crossings WHERE plate_key = ? AND opened_at >= ? AND opened_at < ? ORDER BY opened_at').pluck().all(plateKey, since, before) as number[]
  }
}

/** The same vehicle has the same key: its normalised plate and registration country. */
export function vehicleKeyOf(v: Pick<VehicleCrossingRow, 'id' | 'plate_key' | 'plate_country'>): string {
  return v.plate_key ? `${v.plate_key}/${v.plate_country ?? ''}` : `unknown-vehicle:${v.id}`
}

interface PlateReadRow {
  vehicle_crossing_id: number
  event_id: string
  device: string
  camera: string
  plate: string
  country: string | null
  confidence: number
  state: 'new' | 'update' | 'lost'
  direction: string | null
  first_at: string
  last_at: string
  updates: number
}

const toPlateRead = (r: PlateReadRow): PlateReadView => ({
  eventId: r.event_id,
  device: r.device,
  camera: r.camera,
  plate: r.plate,
  country: r.country,
  confidence: r.confidence,
  state: r.state,
  direction: r.direction,
  firstAt: r.first_at,
  lastAt: r.last_at,
  updates: r.updates,
})

interface VehicleAlertRow {
  id: number
  vehicle_crossing_id: number
  kind: 'plate-list' | 'occupancy'
  list_id: string | null
  list_version: string | null
  list_record_id: string | null
  reason: string
  score: number | null
  features: string
  record: string
  status: AlertStatus
  dismiss_reason: string | null
}

const toAlert = (r: VehicleAlertRow): VehicleAlertView => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  reason: r.reason,
  listId: r.list_id || null,
  listVersion: r.list_version,
  listRecordId: r.list_record_id || null,
  score: r.score,
  features: JSON.parse(r.features) as VehicleAlertView['features'],
  record: JSON.parse(r.record) as Record<string, string>,
  dismissReason: r.dismiss_reason,
})

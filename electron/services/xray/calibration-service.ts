// Detector calibration for the technician: dark frames (beam off) and air frames (beam on, empty
// tunnel) → per-element offset, gain and bad-element map, one record per energy; stored as a
// versioned file (written, fsynced, renamed) and a row, audited; applied to every later scan of
// that scanner; with a before/after comparison on a fresh flat frame.
import { readFileSync } from 'node:fs'
import { writeFileDurably } from '../../store/durable-file'
import { join } from 'node:path'
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import { computeCalibration } from '../../../shared/xray/calibration/compute-calibration'
import { applyCalibration } from '../../../shared/xray/calibration/apply-calibration'
import { calibrationFromBytes, calibrationToBytes } from '../../../shared/xray/calibration/calibration-bytes'
import { elementNonUniformity } from '../../../shared/xray/calibration/element-uniformity'
import type { CalibrationRecord } from '../../../shared/xray/calibration/calibration-record'

/** What the technician captures from: the scanner (simulated here) producing raw frames. */
export interface CalibrationFrameSource {
  readonly elements: number
  captureDark(lines: number): Uint16Array
  captureAir(lines: number, energy: 'high' | 'low'): Uint16Array
}

export interface CalibrationSummary {
  version: number
  device: string
  scanner: string
  createdAt: string
  createdBy: string
  active: boolean
  elements: number
  energies: Array<{
    energy: 'high' | 'low'
    badElements: number
    dead: number
    hot: number
    outliers: number
    /** Element non-uniformity (std of element means / mean) of a fresh air frame, raw and corrected. */
    uniformityBefore: number
    uniformityAfter: number
  }>
}

export class CalibrationError extends Error {
  constructor(
    readonly code: 'invalid' | 'unavailable',
    message: string,
  ) {
    super(message)
  }
}

const calibrationsDir = (dataDir: string) => join(dataDir, 'calibrations')

export class XrayCalibrationService {
  /** Active records per device, read once from their files. */
  private readonly cache = new Map<string, { version: number; high: CalibrationRecord; low: CalibrationRecord }>()

  constructor(
    private readonly deps: { db: Db; audit: AuditLog; dataDir: string; now: () => Date },
  ) {}

  list(): CalibrationSummary[] {
    const rows = this.deps.db.prepare('SELECT * FROM xray_calibrations ORDER BY version DESC LIMIT 50').all() as Array<{ version: number; device: string; scanner: string; created_at: string; created_by: string; stats: string; active: number }>
    return rows.map((r) => ({ ...(JSON.parse(r.stats) as Pick<CalibrationSummary, 'elements' | 'energies'>), version: r.version, device: r.device, scanner: r.scanner, createdAt: r.created_at, createdBy: r.created_by, active: r.active === 1 }))
  }

  /** Captures, computes, stores and activates a calibration for `device`. */
  calibrate(device: string, scanner: string, source: CalibrationFrameSource, actor: string, lines = { dark: 200, air: 200 }): CalibrationSummary {
    if (lines.dark < 20 || lines.air < 20 || lines.dark > 5000 || lines.air > 5000) throw new CalibrationError('invalid', 'Capture between 20 and 5000 lines of dark and of air frames.')
    const createdAt = this.deps.now().toISOString()
    const elements = source.elements
    const dark = source.captureDark(lines.dark)
    const records = (['high', 'low'] as const).map((energy) => {
      const air = source.captureAir(lines.air, energy)
      const record = computeCalibration({ dark, air, elements, scanner, energy, createdAt })
      // Before/after on a fresh flat frame, not the frames the calibration was computed from.
      const check = source.captureAir(lines.air, energy)
      const before = elementNonUniformity(check, lines.air, elements)
      const after = elementNonUniformity(applyCalibration(check, lines.air, elements, record), lines.air, elements)
      const s = record.stats.bad
      return { record, summary: { energy, badElements: s.total, dead: s.dead, hot: s.hot, outliers: s.gainOutlier, uniformityBefore: before, uniformityAfter: after } }
    })
    const version = ((this.deps.db.prepare('SELECT coalesce(max(version), 0) FROM xray_calibrations').pluck().get() as number) ?? 0) + 1
    const file = `${device.replace(/[^a-z0-9-]/g, '_')}-v${version}.cal`
    writeFileDurably(join(calibrationsDir(this.deps.dataDir), file), joinRecords(records.map((r) => calibrationToBytes({ ...r.record, version }))))
    const stats = { elements, energies: records.map((r) => r.summary) }
    this.deps.audit.transaction(() => {
      this.deps.db.prepare('UPDATE xray_calibrations SET active = 0 WHERE device = ?').run(device)
      this.deps.db
        .prepare('INSERT INTO xray_calibrations (version, device, scanner, created_at, created_by, file, stats, active) VALUES (?, ?, ?, ?, ?, ?, ?, 1)')
        .run(version, device, scanner, createdAt, actor, file, JSON.stringify(stats))
      this.deps.audit.append({ actor, action: 'xray.calibrated', subject: `device:${device}`, details: { version, scanner, darkLines: lines.dark, airLines: lines.air, energies: stats.energies } })
    })
    this.cache.delete(device)
    return { version, device, scanner, createdAt, createdBy: actor, active: true, ...stats }
  }

  /** The active calibration of a device, as the vehicle lane applies it to incoming scans. */
  correctionFor(device: string): { version: number; apply(high: Uint16Array, low: Uint16Array | undefined, width: number, height: number): { high: Uint16Array; low: Uint16Array | undefined } } | null {
    const active = this.active(device)
    if (!active) return null
    return {
      version: active.version,
      apply: (high, low, width, height) => {
        // A scan from a detector of another size (a replaced module) is left raw rather than miscorrected.
        if (height !== active.high.elements) return { high, low }
        return { high: applyCalibration(high, width, height, active.high), low: low ? applyCalibration(low, width, height, active.low) : undefined }
      },
    }
  }

  private active(device: string) {
    const cached = this.cache.get(device)
    if (cached) return cached
    const row = this.deps.db.prepare('SELECT version, file FROM xray_calibrations WHERE device = ? AND active = 1').get(device) as { version: number; file: string } | undefined
    if (!row) return null
    const bytes = readFileSync(join(calibrationsDir(this.deps.dataDir), row.file))
    const [high, low] = splitRecords(bytes)
    const loaded = { version: row.version, high: calibrationFromBytes(high), low: calibrationFromBytes(low) }
    this.cache.set(device, loaded)
    return loaded
  }
}

/** Records in one file, each prefixed by its length (uint32 LE). */
function joinRecords(records: Uint8Array[]): Uint8Array {
  return Buffer.concat(
    records.flatMap((r) => {
      const length = Buffer.alloc(4)
      length.writeUInt32LE(r.byteLength)
      return [length, r]
    }),
  )
}

/** Two records in one file, each prefixed by its length (uint32 LE). */
function splitRecords(bytes: Uint8Array): [Uint8Array, Uint8Array] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const first = view.getUint32(0, true)
  const second = view.getUint32(4 + first, true)
  if (8 + first + second !== bytes.byteLength) throw new CalibrationError('invalid', 'The calibration file is cut short or has extra bytes.')
  return [bytes.subarray(4, 4 + first), bytes.subarray(8 + first, 8 + first + second)]
}

// X-ray scans at the vehicle lane, end to end: the simulated scanner drops a dual-energy scan into
// the folder the driver watches, the lane links it to the vehicle by plate, the planes are served
// through a media ticket, marks of hidden people make the occupant counts disagree; the technician
// calibrates the detector and later scans are corrected.
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, client } from './app-harness'
import { until } from '../support/wait'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import type { VehicleLaneSnapshot } from '../../shared/domain/vehicle-lane'
import type { XrayCalibration } from '../../shared/domain/xray'
import { elementNonUniformity } from '../../shared/xray/calibration/element-uniformity'

let app: CheckpointApp | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

const online = (a: CheckpointApp, id: string) => until(() => (a.devices.statuses().find((s) => s.id === id)?.state === 'online' ? true : undefined), 15_000)

describe('X-ray at the vehicle lane', () => {
  it('links a scan to the vehicle by plate, serves its planes once per ticket, and persons marked on it raise an occupancy alert', async () => {
    ;({ app } = await startApp())
    await Promise.all([online(app, 'xray-1'), online(app, 'anpr-1')])
    const trainer = await client(app, 'trainer')
    expect((await trainer.call('simulator.vehicle', { action: 'arrive', plate: 'SK 482 PL', kind: 'truck' })).ok).toBe(true)
    await until(() => app!.vehicleLane.snapshot().vehicle ?? undefined, 5000)
    expect((await trainer.call('simulator.vehicle', { action: 'scan', hiddenPeople: 3 })).ok).toBe(true)
    const lane = await until(() => app!.vehicleLane.snapshot().vehicle?.scan ? app!.vehicleLane.snapshot() : undefined, 20_000)
    const scan = lane.vehicle!.scan!
    expect(scan).toMatchObject({ plate: 'SK 482 PL', energyMode: 'dual', width: 6000, height: 2000, decision: null })

    // The planes, through a single-use ticket: high then low, uint16 little-endian.
    const { ticket } = ((await trainer.call('media.ticket', { kind: 'scan', scanId: scan.id })) as { value: { ticket: string } }).value
    const media = app.mediaResponse(ticket)
    expect(media.status).toBe(200)
    expect((media.body as Uint8Array).byteLength).toBe(scan.width * scan.height * 2 * 2)
    expect(app.mediaResponse(ticket).status).toBe(403)

    // The officer marks the three hidden people; no document was read: the counts disagree.
    const at = new Date().toISOString()
    const marks = [0, 1, 2].map((i) => ({ id: `m${i}`, box: { x: 3000 + i * 400, y: 900, w: 300, h: 600 }, category: 'person' as const, note: 'human shape in the load', createdAt: at }))
    const annotated = (await trainer.call('vehicleLane.annotateScan', { scanId: scan.id, annotations: marks })).value as VehicleLaneSnapshot
    expect(annotated.vehicle!.occupancy).toMatchObject({ documents: 0, markedOnScan: 3, agrees: false })
    expect(annotated.vehicle!.alerts.find((a) => a.kind === 'occupancy')!.reason).toContain('3 persons marked on the X-ray scan, 0 documents scanned')
    // A mark outside the scan is refused; refer keeps the marked regions in the audit.
    const outside = await trainer.call('vehicleLane.annotateScan', { scanId: scan.id, annotations: [{ ...marks[0]!, box: { x: 5990, y: 0, w: 50, h: 10 } }] })
    expect(outside.code).toBe('invalid-input')
    expect((await trainer.call('vehicleLane.decideScan', { scanId: scan.id, decision: 'refer' })).ok).toBe(true)
    const referred = app.db.prepare("SELECT details FROM audit_log WHERE action = 'scan.refer'").pluck().get() as string
    expect(JSON.parse(referred).regions).toHaveLength(3)
  })

  it('a technician calibrates the scanner: non-uniformity drops at least tenfold, the version is audited and applied to later scans', async () => {
    ;({ app } = await startApp())
    await online(app, 'xray-1')
    const technician = await client(app, 'technician')
    const officer = await client(app, 'officer')
    expect((await officer.call('xray.calibrate', { deviceId: 'xray-1' })).code).toBe('forbidden')
    const r = await technician.call('xray.calibrate', { deviceId: 'xray-1', darkLines: 100, airLines: 100 })
    expect(r.ok).toBe(true)
    const cal = r.value as XrayCalibration
    expect(cal.version).toBe(1)
    for (const e of cal.energies) expect(e.uniformityBefore / e.uniformityAfter).toBeGreaterThanOrEqual(10)
    expect(((await technician.call('xray.calibrations')).value as XrayCalibration[])[0]).toMatchObject({ version: 1, active: true })
    expect(app.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'xray.calibrated'").pluck().get()).toBe(1)

    // A scan of an empty tunnel after calibration is flat across elements.
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.vehicle', { action: 'scan', plate: 'EMPTY 1', kind: 'car' })
    const scan = await until(() => app!.vehicleLane.snapshot().unlinkedScans[0], 20_000)
    expect(scan.calibrationVersion).toBe(1)
    const { ticket } = ((await trainer.call('media.ticket', { kind: 'scan', scanId: scan.id })) as { value: { ticket: string } }).value
    const bytes = app.mediaResponse(ticket).body as Uint8Array
    const high = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + scan.width * scan.height * 2))
    // The first lines are air before the vehicle: flat after correction.
    expect(elementNonUniformity(high, scan.width, scan.height, { fromLine: 0, toLine: 100, fromElement: 100, toElement: 1900 })).toBeLessThan(0.01)
  })
})

describe('a crash while a scan is being stored', () => {
  it('a scan whose planes file was not finished is marked lost at the next start and its media says so; whole files become durable', async () => {
    let dataDir: string
    ;({ app, dataDir } = await startApp())
    await online(app, 'xray-1')
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.vehicle', { action: 'scan', plate: 'CRASH 1', kind: 'car' })
    await trainer.call('simulator.vehicle', { action: 'scan', plate: 'CRASH 2', kind: 'car' })
    await until(() => (app!.vehicleLane.snapshot().unlinkedScans.length === 2 ? true : undefined), 30_000)
    await app.vehicleLane.flushed()
    const [second, first] = app.vehicleLane.snapshot().unlinkedScans
    // As if the power went while the first was written: its file cut short, both rows still 'writing'.
    const { truncateSync } = await import('node:fs')
    const { join } = await import('node:path')
    const firstFile = app.vehicleLane.repo.scan(first!.id)!.planesFile
    app.db.prepare("UPDATE xray_scans SET planes_state = 'writing'").run()
    await app.stop()
    truncateSync(join(dataDir, 'scans', firstFile), 1000)
    ;({ app } = await startApp(dataDir))
    expect(app.vehicleLane.repo.scan(first!.id)!.planesState).toBe('lost')
    expect(app.vehicleLane.repo.scan(second!.id)!.planesState).toBe('durable')
    expect(app.vehicleLane.scanPlanes(first!.id)).toBeNull()
    expect(app.vehicleLane.scanPlanes(second!.id)!.bytes.byteLength).toBe(second!.width * second!.height * 4)
    expect(app.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'scan.planes-lost'").pluck().get()).toBe(1)
  })
})

describe('a scan before its vehicle', () => {
  it('waits unlinked, then joins the vehicle started with the same plate', async () => {
    ;({ app } = await startApp())
    await online(app, 'xray-1')
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.vehicle', { action: 'scan', plate: 'EARLY 7', kind: 'van' })
    const scan = await until(() => app!.vehicleLane.snapshot().unlinkedScans[0], 20_000)
    const started = (await trainer.call('vehicleLane.start', { plate: 'early-7' })).value as VehicleLaneSnapshot
    expect(started.vehicle!.scan!.id).toBe(scan.id)
    expect(started.unlinkedScans).toHaveLength(0)
  })
})

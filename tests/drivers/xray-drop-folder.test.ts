// The X-ray drop-folder driver against SimulatedXrayScanner writing into a
// real temporary folder: good scans flow, every kind of bad input is
// quarantined with a reason and reported, and the next scan still flows.
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../drivers/core/driver'
import { DeviceError } from '../../drivers/core/device-error'
import { nodeDropFolderFs, type DropFolderFs } from '../../drivers/xray/drop-folder-fs'
import {
  DropFolderXrayScanner,
  dropFolderXrayConfigSchema,
  dropFolderXrayDriver,
  type DropFolderXrayConfig,
} from '../../drivers/xray/drop-folder-xray-scanner'
import type { XrayReading } from '../../drivers/xray/xray-reading'
import { SimulatedXrayScanner, type SimulatedXrayScannerOptions } from '../../drivers/simulators/xray/simulated-xray-scanner'
import { applyCalibration } from '../../shared/xray/calibration/apply-calibration'
import { computeCalibration } from '../../shared/xray/calibration/compute-calibration'
import { elementNonUniformity } from '../../shared/xray/calibration/element-uniformity'
import { recordingLogger, sleep, until } from './helpers'

const ELEMENTS = 100
const LINES = 300

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'xray-drop-'))
  cleanup.push(() => rm(folder, { recursive: true, force: true }))
  return folder
}

async function setup(options: { config?: Partial<DropFolderXrayConfig>; sim?: Partial<SimulatedXrayScannerOptions>; fs?: DropFolderFs } = {}) {
  const folder = await tempFolder()
  const sim = new SimulatedXrayScanner({ folder, elements: ELEMENTS, lines: LINES, ...options.sim })
  const config = dropFolderXrayConfigSchema.parse({ folder, rescanMs: 50, stableMs: 40, missingPlaneMs: 400, staleMs: 400, ...options.config })
  const log = recordingLogger()
  const driver = new DropFolderXrayScanner(config, options.fs ?? sim.transport, log, Date.now)
  cleanup.push(() => driver.close())
  const readings: XrayReading[] = []
  const problems: DeviceError[] = []
  driver.on('reading', (r) => readings.push(r))
  driver.on('problem', (e) => problems.push(e))
  const scans = () => readings.flatMap((r) => (r.type === 'scan' ? [r.scan] : []))
  const incompletes = () => readings.flatMap((r) => (r.type === 'incomplete' ? [r] : []))
  return { folder, sim, driver, log, readings, problems, scans, incompletes }
}

const sameSamples = (a: Uint16Array, b: Uint16Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
const inbox = async (folder: string) => (await readdir(folder)).filter((n) => n !== 'processed' && n !== 'quarantine').sort()

describe('X-ray drop-folder driver against the simulated scanner', () => {
  it('takes a complete dual-energy PNG scan, reports it and moves its files to processed/', async () => {
    const { folder, sim, driver, scans, incompletes } = await setup()
    await driver.open()
    const written = await sim.scanVehicle({ kind: 'truck', plate: 'AB-123-CD', seed: 4, concealed: [{ kind: 'person' }] })
    const scan = await until(() => scans()[0])
    expect(scan).toMatchObject({ id: written.scanId, scanner: 'SIM-NII-6MV', energyMode: 'dual', plate: 'AB-123-CD', width: LINES, height: ELEMENTS })
    expect(scan.mmPerPixel.x).toBeCloseTo(written.rendered.mmPerPixel.x, 6)
    expect(scan.mmPerPixel.y).toBeCloseTo(46, 6)
    expect(sameSamples(scan.high, written.rendered.high)).toBe(true)
    expect(sameSamples(scan.low!, written.rendered.low!)).toBe(true)
    expect(new Date(scan.time).toString()).not.toBe('Invalid Date')
    expect(scan.source.files.map((f) => f.replace(folder, ''))).toEqual(written.files.map((f) => `/processed/${written.scanId}/${f}`))
    expect(scan.source.files.every((f) => existsSync(f))).toBe(true)
    expect(await inbox(folder)).toEqual([])
    expect(incompletes()).toEqual([])
  })

  it("delivers scans the scanner's own calibration frames correct", async () => {
    const { sim, driver, scans } = await setup()
    await driver.open()
    await sim.scanVehicle({ kind: 'van', seed: 6 })
    const scan = await until(() => scans()[0])
    const calibration = computeCalibration({
      dark: sim.captureDark(200),
      air: sim.captureAir(200),
      elements: sim.elements,
      scanner: scan.scanner,
      energy: 'high',
      createdAt: scan.time,
    })
    // the air above the van (top 40 % of the detector) becomes flat
    const air = { toElement: 40, exclude: calibration.badPixels }
    const before = elementNonUniformity(scan.high, scan.width, scan.height, air)
    const after = elementNonUniformity(applyCalibration(scan.high, scan.width, scan.height, calibration), scan.width, scan.height, air)
    expect(after * 10).toBeLessThan(before)
  })

  it('takes single-energy TIFF scans written in place', async () => {
    const { sim, driver, scans } = await setup({ sim: { format: 'tiff', convention: 'in-place' } })
    await driver.open()
    const a = await sim.scanVehicle({ kind: 'car', seed: 1, energyMode: 'single' })
    const b = await sim.scanVehicle({ kind: 'van', seed: 2, energyMode: 'single' })
    await until(() => scans()[1])
    expect(scans().map((s) => s.id).sort()).toEqual([a.scanId, b.scanId])
    expect(scans()[0]!.low).toBeUndefined()
    expect(sameSamples(scans().find((s) => s.id === b.scanId)!.high, b.rendered.high)).toBe(true)
  })

  const faults = [
    { name: 'a truncated plane', write: (s: SimulatedXrayScanner) => s.writeTruncated(), reason: 'truncated-image', says: /cut short/ },
    { name: 'a corrupt plane', write: (s: SimulatedXrayScanner) => s.writeCorrupt(), reason: 'corrupt-image', says: /does not decode/ },
    { name: 'a size contradicting the sidecar', write: (s: SimulatedXrayScanner) => s.writeWrongSize(), reason: 'size-mismatch', says: /sidecar says 310 × 100/ },
    { name: 'an empty plane', write: (s: SimulatedXrayScanner) => s.writeEmpty(), reason: 'empty-file', says: /empty/ },
    { name: '8-bit planes', write: (s: SimulatedXrayScanner) => s.write8Bit(), reason: 'not-16-bit', says: /8-bit/ },
    { name: 'planes of different sizes', write: (s: SimulatedXrayScanner) => s.writePlaneMismatch(), reason: 'plane-mismatch', says: /low plane/ },
    { name: 'a sidecar that is not JSON', write: (s: SimulatedXrayScanner) => s.writeBadSidecar('json'), reason: 'bad-sidecar', says: /not valid JSON/ },
    { name: 'a sidecar failing the schema', write: (s: SimulatedXrayScanner) => s.writeBadSidecar('schema'), reason: 'bad-sidecar', says: /energyMode/ },
    { name: 'a plane that never arrives', write: (s: SimulatedXrayScanner) => s.writeMissingPlane(), reason: 'missing-plane', says: /never arrived/ },
  ] as const

  for (const fault of faults) {
    it(`quarantines ${fault.name} with a reason, and the next scan still flows`, async () => {
      const { folder, sim, driver, scans, incompletes, problems } = await setup()
      await driver.open()
      const bad = await fault.write(sim)
      const incomplete = await until(() => incompletes()[0])
      expect(incomplete.reason).toBe(fault.reason)
      expect(incomplete.detail).toMatch(fault.says)
      expect(incomplete.quarantinedTo).toBe(join(folder, 'quarantine', bad.scanId))
      // every file of the bad scan went to quarantine, with reason.json beside them
      expect((await readdir(incomplete.quarantinedTo)).sort()).toEqual([...bad.files, 'reason.json'].sort())
      const reason = JSON.parse(await readFile(join(incomplete.quarantinedTo, 'reason.json'), 'utf8'))
      expect(reason).toMatchObject({ reason: fault.reason, detail: incomplete.detail })
      const good = await sim.scanVehicle({ kind: 'van', seed: 3 })
      expect((await until(() => scans()[0])).id).toBe(good.scanId)
      expect(incompletes()).toHaveLength(1)
      expect(problems).toEqual([])
      expect(await inbox(folder)).toEqual([])
    })
  }

  it('waits for a slowly written scan (sidecar first, planes growing) and takes it once, whole', async () => {
    const { sim, driver, scans, incompletes } = await setup({ config: { stableMs: 500, missingPlaneMs: 5000 } })
    await driver.open()
    const written = await sim.writeSlowly({ chunks: 4, gapMs: 60 })
    const scan = await until(() => scans()[0])
    expect(sameSamples(scan.high, written.rendered.high)).toBe(true)
    await sleep(100)
    expect(scans()).toHaveLength(1)
    expect(incompletes()).toEqual([])
  })

  it('quarantines a stale partial file that no sidecar claims', async () => {
    const { folder, sim, driver, incompletes } = await setup()
    await driver.open()
    const name = await sim.writeOrphanPartial()
    const incomplete = await until(() => incompletes()[0])
    expect(incomplete).toMatchObject({ reason: 'stale-partial', quarantinedTo: join(folder, 'quarantine', name) })
    expect(await readdir(incomplete.quarantinedTo)).toEqual([name, 'reason.json'].sort())
  })

  it('does not take a file still named *.part before it is stale', async () => {
    const { folder, driver, readings } = await setup({ config: { staleMs: 60_000 } })
    await driver.open()
    await writeFile(join(folder, 'x-high.png.part'), 'partial')
    await driver.rescan()
    await sleep(150)
    await driver.rescan()
    expect(readings).toEqual([])
    expect(await inbox(folder)).toEqual(['x-high.png.part'])
  })

  it('sends the planes named after a bad sidecar along with it, and nothing twice', async () => {
    const { folder, sim, driver, incompletes } = await setup()
    await driver.open()
    const bad = await sim.writeBadSidecar('json')
    await until(() => incompletes()[0])
    await sleep(150)
    expect(incompletes()).toHaveLength(1)
    expect((await readdir(join(folder, 'quarantine', bad.scanId))).sort()).toEqual([...bad.files, 'reason.json'].sort())
  })

  it('quarantines a plane it cannot read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    const fs: DropFolderFs = { ...nodeDropFolderFs, readFile: (p) => (p.endsWith('-low.png') ? Promise.reject(denied) : nodeDropFolderFs.readFile(p)) }
    const { driver, sim, incompletes, problems } = await setup({ fs })
    await driver.open()
    await sim.scanVehicle({ kind: 'car', seed: 2 })
    expect(await until(() => incompletes()[0])).toMatchObject({ reason: 'unreadable-file' })
    expect(problems).toEqual([])
  })

  it('still takes scans by the periodic rescan when the folder cannot be watched', async () => {
    const fs: DropFolderFs = {
      ...nodeDropFolderFs,
      watch: () => {
        throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' })
      },
    }
    const { sim, driver, scans, log } = await setup({ fs })
    await driver.open()
    const written = await sim.scanVehicle({ kind: 'car', seed: 5 })
    expect((await until(() => scans()[0])).id).toBe(written.scanId)
    expect(log.lines.some((l) => l.level === 'warn' && /periodic rescan/.test(l.message))).toBe(true)
  })

  it('keeps quarantine folders apart when two bad scans share a name', async () => {
    const { folder, driver, incompletes } = await setup()
    await driver.open()
    await writeFile(join(folder, 'same.json'), '{')
    await until(() => incompletes()[0])
    await writeFile(join(folder, 'same.json'), '{')
    await until(() => incompletes()[1])
    expect((await readdir(join(folder, 'quarantine'))).sort()).toEqual(['same', 'same-2'])
  })
})

describe('X-ray drop folder faults', () => {
  it('a missing folder is a fatal configuration error', async () => {
    const folder = join(await tempFolder(), 'nope')
    const driver = new DropFolderXrayScanner(dropFolderXrayConfigSchema.parse({ folder }), nodeDropFolderFs, silentLogger, Date.now)
    const err = await driver.open().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DeviceError)
    expect(err).toMatchObject({ kind: 'fatal', code: 'xray-folder-missing' })
  })

  it('a file where the folder should be is fatal too', async () => {
    const file = join(await tempFolder(), 'file')
    await writeFile(file, 'x')
    const driver = new DropFolderXrayScanner(dropFolderXrayConfigSchema.parse({ folder: file }), nodeDropFolderFs, silentLogger, Date.now)
    await expect(driver.open()).rejects.toMatchObject({ kind: 'fatal', code: 'xray-folder-not-a-directory' })
  })

  it('an unwritable folder is a transient error (retried)', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    const fs: DropFolderFs = { ...nodeDropFolderFs, assertWritable: () => Promise.reject(denied) }
    const { driver } = await setup({ fs })
    await expect(driver.open()).rejects.toMatchObject({ kind: 'transient', code: 'xray-folder-unwritable' })
  })

  it('a move that fails mid-run is a problem, and the scan is not reported', async () => {
    const readOnly = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })
    const fs: DropFolderFs = { ...nodeDropFolderFs, rename: () => Promise.reject(readOnly) }
    const { sim, driver, problems, scans } = await setup({ fs })
    await driver.open()
    await sim.scanVehicle({ kind: 'car', seed: 1 })
    const problem = await until(() => problems[0])
    expect(problem).toMatchObject({ kind: 'transient', code: 'xray-folder-unwritable' })
    expect(scans()).toEqual([])
  })

  it('a folder that disappears while open is reported as a problem', async () => {
    const { folder, driver, problems } = await setup()
    await driver.open()
    await rm(folder, { recursive: true, force: true })
    const problem = await until(() => problems[0])
    expect(problem).toMatchObject({ kind: 'transient', code: 'xray-folder-lost' })
  })

  it('simulates a full-size scanner by default: 2000 detector elements, 6000 lines', async () => {
    const sim = new SimulatedXrayScanner({ folder: await tempFolder() })
    expect([sim.elements, sim.lines]).toEqual([2000, 6000])
    expect(sim.captureDark(3)).toHaveLength(2000 * 3)
  })

  it('is described as an xray driver with validated configuration', () => {
    expect(dropFolderXrayDriver).toMatchObject({ id: 'xray-drop-folder', kind: 'xray' })
    expect(dropFolderXrayConfigSchema.safeParse({ folder: 'relative/path' }).success).toBe(false)
    expect(dropFolderXrayConfigSchema.parse({ folder: '/srv/xray' })).toMatchObject({ rescanMs: 1000, stableMs: 500, staleMs: 120_000 })
  })
})

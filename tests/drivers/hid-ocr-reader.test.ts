// The Access-IS style HID OCR driver against SimulatedHidReader (a HidTransport
// delivering 64-byte input reports), and the real node-hid transport's glue
// against a stand-in node-hid module (no USB needed).
import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../drivers/core/driver'
import { HID_ENABLE_REPORT, HidOcrReader, hidOcrReaderConfigSchema, hidOcrReaderDriver, pickReader } from '../../drivers/document-reader/hid-ocr-reader'
import { encodeHidReports, encodeOcrPayload } from '../../drivers/document-reader/hid-ocr-frame'
import { driverRegistry } from '../../drivers/registry'
import { SimulatedHidReader, type SimulatedHidReaderOptions } from '../../drivers/simulators/simulated-hid-reader'
import { nodeHidTransport, type NodeHidModule } from '../../drivers/transports/hid'
import { DeviceManager } from '../../electron/services/devices/device-manager'
import { collect, manualClock, recordingLogger, sleep, TD1, TD3, TD3_BAD, until } from './helpers'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

function setup(options: { sim?: SimulatedHidReaderOptions; config?: Record<string, unknown>; now?: () => number } = {}) {
  const sim = new SimulatedHidReader(options.sim)
  const log = recordingLogger()
  const reader = new HidOcrReader(hidOcrReaderConfigSchema.parse({ interReportTimeoutMs: 60, ...options.config }), sim, log, options.now ?? Date.now)
  cleanup.push(() => reader.close())
  return { sim, reader, log, ...collect(reader) }
}

describe('HID OCR reader over the simulated USB HID transport', () => {
  it('finds the reader by vendor id, opens its data interface (not the keyboard one), enables it and reads', async () => {
    const { sim, reader, documents } = setup()
    await reader.open()
    expect(sim.connected).toBe(true)
    expect(sim.enabled).toBe(true)
    expect(sim.received.map((r) => [...r])).toEqual([[...HID_ENABLE_REPORT]])
    sim.present(TD3)
    const doc = await until(() => documents()[0])
    expect(doc).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
    expect([...doc.raw]).toEqual([...encodeOcrPayload(TD3)])
    sim.present(TD1)
    expect(await until(() => documents()[1])).toMatchObject({ lines: TD1, checkDigitsPassed: true })
  })

  it('reassembles a frame split over small reports, with or without the CTS bit', async () => {
    for (const sim of [
      { reportSize: 8, cts: true },
      { reportSize: 17, cts: false },
    ]) {
      const rig = setup({ sim })
      await rig.reader.open()
      rig.sim.present(TD1)
      expect(await until(() => rig.documents()[0])).toMatchObject({ lines: TD1, checkDigitsPassed: true })
      await rig.reader.close()
    }
  })

  it('delivers an intact frame with a wrong check digit as a document that failed', async () => {
    const { sim, reader, documents } = setup()
    await reader.open()
    sim.present(TD3_BAD)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD3_BAD, checkDigitsPassed: false })
  })

  it('reports noise, a partial frame and a corrupt frame as incomplete, never as a document', async () => {
    const { sim, reader, readings, documents } = setup()
    await reader.open()
    sim.sendNoise(5, 100)
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete', reason: 'noise' })
    sim.sendPartial(TD3)
    expect(await until(() => readings[1])).toMatchObject({ type: 'incomplete', reason: 'partial-line', detail: 'truncated' })
    sim.sendCorruptFrame(TD3)
    expect(await until(() => readings[2])).toMatchObject({ type: 'incomplete', reason: 'bad-frame', detail: 'end-marker' })
    await sleep(120)
    expect(readings).toHaveLength(3)
    expect(documents()).toHaveLength(0)
    sim.present(TD3)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD3 })
  })

  it('recognises MSR and barcode frames and ignores them with a log line', async () => {
    const { sim, reader, readings, log, documents } = setup()
    await reader.open()
    sim.sendMsr()
    sim.sendBarcode()
    sim.present(TD1)
    await until(() => documents()[0])
    expect(readings).toHaveLength(1)
    expect(log.lines.map((l) => l.message)).toEqual(expect.arrayContaining(['magnetic stripe data ignored', 'barcode data ignored']))
  })

  it('drops the duplicate of a burst within 2 s, but not a re-read after it', async () => {
    const clock = manualClock()
    const { sim, reader, documents } = setup({ now: clock.now })
    await reader.open()
    sim.presentTwice(TD3)
    await until(() => documents()[0])
    await sleep(100)
    expect(documents()).toHaveLength(1)
    clock.advance(2100)
    sim.present(TD3)
    await until(() => documents()[1])
  })

  it('reports an unplug mid-read as needs-operator, and reads again after replug without completing the old frame', async () => {
    const { sim, reader, problems, documents, readings } = setup()
    await reader.open()
    sim.unplugMidRead(TD3)
    expect(await until(() => problems[0])).toMatchObject({ kind: 'needs-operator', code: 'reader-disconnected-mid-read' })
    expect(sim.connected).toBe(false)
    await expect(reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'reader-not-connected' })
    sim.replug()
    await reader.open()
    expect(sim.enabled).toBe(true)
    // The rest of the old frame would arrive now on a real bus; it must not complete anything.
    const reports = encodeHidReports(encodeOcrPayload(TD3), { cts: true })
    sim.sendReports(reports.slice(1))
    await sleep(120)
    expect(documents()).toHaveLength(0)
    expect(readings.every((r) => r.type === 'incomplete')).toBe(true)
    sim.present(TD1)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD1 })
  })

  it('cannot open when unplugged, when the configured path is wrong, or when no product id matches', async () => {
    const unplugged = setup()
    unplugged.sim.unplug()
    await expect(unplugged.reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'reader-not-connected' })
    const wrongPath = setup({ config: { path: '/dev/hidraw99' } })
    await expect(wrongPath.reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'reader-not-connected' })
    const wrongPid = setup({ config: { productId: 0x0120 } })
    await expect(wrongPid.reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'reader-not-connected' })
    const byPath = setup({ config: { path: '/dev/hidraw-SIM-OCR0' } })
    await byPath.reader.open()
    expect(byPath.sim.enabled).toBe(true)
  })

  it('a reader nobody enabled sends nothing', async () => {
    const sim = new SimulatedHidReader()
    const conn = await sim.open(sim.path)
    const reports: Uint8Array[] = []
    conn.on('data', (r) => reports.push(r))
    sim.present(TD3)
    await sleep(50)
    expect(reports).toEqual([])
    expect(sim.dropped).toBeGreaterThan(0)
    await conn.close()
  })

  it('picks the vendor-defined interface and only known Access-IS product ids', () => {
    const base = { vendorId: 0x0db5 }
    expect(
      pickReader(
        [
          { ...base, productId: 0x0137, path: 'kbd', usagePage: 1 },
          { ...base, productId: 0x0137, path: 'data', usagePage: 0xff00 },
        ],
        0x0db5,
      )?.path,
    ).toBe('data')
    expect(pickReader([{ ...base, productId: 0x9999, path: 'x' }], 0x0db5)).toBeUndefined()
    expect(pickReader([{ vendorId: 0x1234, productId: 0x9999, path: 'x' }], 0x1234)?.path).toBe('x')
  })

  it('validates its configuration', () => {
    expect(hidOcrReaderConfigSchema.parse({})).toEqual({ vendorId: 0x0db5, interReportTimeoutMs: 300, dedupeMs: 2000 })
    expect(hidOcrReaderConfigSchema.parse({ path: '/dev/hidraw3', productId: 0x0137 })).toMatchObject({ path: '/dev/hidraw3', productId: 0x0137 })
    expect(hidOcrReaderConfigSchema.safeParse({ vendorId: 0x10000 }).success).toBe(false)
    expect(hidOcrReaderConfigSchema.safeParse({ baudRate: 9600 }).success).toBe(false)
    expect(driverRegistry['hid-ocr-mrz']).toBe(hidOcrReaderDriver)
  })

  it('comes back online under the DeviceManager after an unplug and replug', async () => {
    const sim = new SimulatedHidReader()
    const manager = new DeviceManager([{ id: 'hid', driver: hidOcrReaderDriver, config: {}, transport: sim, simulated: true }], {
      log: silentLogger,
      initialBackoffMs: 20,
      maxBackoffMs: 60,
    })
    cleanup.push(() => manager.stop())
    await manager.start()
    expect(manager.statuses()[0]!.state).toBe('online')
    sim.unplug()
    await until(() => (manager.statuses()[0]!.state === 'offline' ? true : undefined))
    expect(manager.statuses()[0]!.problem).toMatchObject({ kind: 'needs-operator', code: 'reader-disconnected' })
    sim.replug()
    await until(() => (manager.statuses()[0]!.state === 'online' ? true : undefined))
    const readings: unknown[] = []
    manager.on('reading', (_id, r) => readings.push(r))
    sim.present(TD3)
    expect(await until(() => readings[0])).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
  })
})

describe('nodeHidTransport (node-hid glue, stand-in module)', () => {
  class FakeHidAsync extends EventEmitter {
    written: Buffer[] = []
    closed = false
    async write(values: number[] | Buffer) {
      this.written.push(Buffer.from(values))
      return values.length
    }
    async close() {
      this.closed = true
    }
  }

  function fakeModule() {
    const opened: FakeHidAsync[] = []
    let enumerations = 0
    const module = {
      async devicesAsync() {
        enumerations++
        return [
          { vendorId: 0x0db5, productId: 0x0137, path: '/dev/hidraw3', release: 1, interface: 0, usagePage: 0xff00, usage: 1 },
          { vendorId: 0x046d, productId: 0xc52b, path: '/dev/hidraw0', release: 1, interface: 0 },
          { vendorId: 0x0db5, productId: 0x0137, release: 1, interface: 1 }, // no path: cannot be opened
        ]
      },
      HIDAsync: {
        async open(path: string) {
          if (path !== '/dev/hidraw3') throw new Error(`cannot open device with path ${path}`)
          const d = new FakeHidAsync()
          opened.push(d)
          return d
        },
      },
    }
    return { module: module as unknown as NodeHidModule, opened, enumerations: () => enumerations }
  }

  it('lists devices with a path, filtered by vendor id', async () => {
    const fake = fakeModule()
    const t = nodeHidTransport({ module: fake.module, vendorIds: [0x0db5] })
    expect(await t.list()).toEqual([expect.objectContaining({ path: '/dev/hidraw3', vendorId: 0x0db5, productId: 0x0137, usagePage: 0xff00 })])
  })

  it('forwards reports as bytes and errors, writes output reports, closes', async () => {
    const fake = fakeModule()
    const conn = await nodeHidTransport({ module: fake.module }).open('/dev/hidraw3')
    const device = fake.opened[0]!
    const reports: Uint8Array[] = []
    const errors: Error[] = []
    conn.on('data', (r) => reports.push(r))
    conn.on('error', (e) => errors.push(e))
    device.emit('data', Buffer.from([0x85, 1, 2, 3, 4, 5, 0, 0]))
    device.emit('error', 'could not read from HID device')
    expect(reports.map((r) => [...r])).toEqual([[0x85, 1, 2, 3, 4, 5, 0, 0]])
    expect(errors.map((e) => e.message)).toEqual(['could not read from HID device'])
    expect(await conn.write([0x00, 0x80])).toBe(2)
    expect(device.written.map((b) => [...b])).toEqual([[0x00, 0x80]])
    await conn.close()
    expect(device.closed).toBe(true)
    device.emit('error', new Error('after close')) // swallowed, no crash
  })

  it('drives the HID reader end to end; a reopen tries the known path before enumerating again', async () => {
    const fake = fakeModule()
    const reader = new HidOcrReader(hidOcrReaderConfigSchema.parse({ interReportTimeoutMs: 60 }), nodeHidTransport({ module: fake.module }), silentLogger, Date.now)
    const { documents, problems } = collect(reader)
    await reader.open()
    expect(fake.enumerations()).toBe(1)
    const device = fake.opened[0]!
    expect(device.written.map((b) => [...b])).toEqual([[0x00, 0x80]])
    for (const r of encodeHidReports(encodeOcrPayload(TD3), { cts: true })) device.emit('data', Buffer.from(r))
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD3, checkDigitsPassed: true })
    device.emit('error', new Error('could not read from HID device'))
    expect(problems[0]).toMatchObject({ kind: 'needs-operator', code: 'reader-disconnected' })
    await reader.open()
    expect(fake.enumerations()).toBe(1)
    await reader.close()
  })
})

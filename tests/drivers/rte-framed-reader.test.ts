// The RTE framed serial driver against SimulatedRteReader, over the real
// SerialPortStream and the simulator's serialport binding (no OS involved).
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../drivers/core/driver'
import { RteFramedReader, rteFramedReaderConfigSchema, rteFramedReaderDriver } from '../../drivers/document-reader/rte-framed-reader'
import { encodeRteFrame } from '../../drivers/document-reader/rte-frame'
import { driverRegistry } from '../../drivers/registry'
import { SimulatedRteReader, type SimulatedRteReaderOptions } from '../../drivers/simulators/simulated-rte-reader'
import { DeviceManager } from '../../electron/services/devices/device-manager'
import { collect, manualClock, recordingLogger, sleep, TD1, TD2, TD3, TD3_BAD, until } from './helpers'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

function setup(options: { sim?: SimulatedRteReaderOptions; config?: Record<string, unknown>; now?: () => number } = {}) {
  const sim = new SimulatedRteReader(options.sim)
  const log = recordingLogger()
  const reader = new RteFramedReader(rteFramedReaderConfigSchema.parse({ path: sim.path, interByteTimeoutMs: 60, ...options.config }), sim.binding, log, options.now ?? Date.now)
  cleanup.push(() => reader.close())
  return { sim, reader, log, ...collect(reader) }
}

describe('RTE framed serial reader over the simulated wire', () => {
  it('reads a passport, an ID card and a TD2 padded to 44, with the frame as raw bytes', async () => {
    const { sim, reader, documents, incompletes } = setup()
    await reader.open()
    sim.present(TD3)
    const first = await until(() => documents()[0])
    expect(first).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
    expect([...first.raw]).toEqual([...encodeRteFrame(TD3)])
    sim.present(TD1)
    sim.present(TD2)
    await until(() => documents()[2])
    expect(documents().map((d) => (d.type === 'document' ? d.lines : null))).toEqual([TD3, TD1, TD2])
    expect(incompletes()).toEqual([])
  })

  it('reassembles frames delivered one byte at a time and in 7-byte chunks', async () => {
    for (const maxReadSize of [1, 7]) {
      const { sim, reader, documents } = setup({ sim: { maxReadSize } })
      await reader.open()
      sim.present(TD3)
      expect(await until(() => documents()[0])).toMatchObject({ lines: TD3, checkDigitsPassed: true })
      await reader.close()
    }
  })

  it('delivers an intact frame with a wrong check digit as a document that failed', async () => {
    const { sim, reader, documents } = setup()
    await reader.open()
    sim.present(TD3_BAD)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD3_BAD, checkDigitsPassed: false })
  })

  it('reports garbage as noise and still reads the next frame', async () => {
    const { sim, reader, readings, documents } = setup()
    await reader.open()
    sim.sendNoise(11, 40)
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete', reason: 'noise' })
    sim.send(Buffer.concat([Buffer.from('\x17\x99junk'), encodeRteFrame(TD1)]))
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD1, checkDigitsPassed: true })
  })

  it('reports half a frame as partial once the line is quiet, and never completes it with later bytes', async () => {
    const { sim, reader, readings, documents } = setup()
    await reader.open()
    const frame = encodeRteFrame(TD3)
    sim.sendPartial(TD3)
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete', reason: 'partial-line', detail: 'truncated' })
    sim.send(frame.subarray(Math.floor(frame.length / 2)))
    await sleep(150)
    expect(documents()).toHaveLength(0)
  })

  it('rejects a wrong BCC and a wrong length as bad-frame, logged, never a document', async () => {
    const { sim, reader, readings, documents, log } = setup()
    await reader.open()
    sim.sendCorruptBcc(TD3)
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete', reason: 'bad-frame', detail: 'bcc-mismatch' })
    sim.sendWrongLength(TD1)
    expect(await until(() => readings[1])).toMatchObject({ type: 'incomplete', reason: 'bad-frame', detail: 'etx-missing' })
    await sleep(150)
    expect(readings).toHaveLength(2) // the rest of the bad frame is not reported again as noise
    expect(documents()).toHaveLength(0)
    expect(log.lines.filter((l) => l.level === 'warn' && l.message === 'RTE frame rejected')).toHaveLength(2)
    sim.present(TD1)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD1 })
  })

  it('drops the duplicate of a burst within 2 s, but not a re-read after it', async () => {
    const clock = manualClock()
    const { sim, reader, documents, log } = setup({ now: clock.now })
    await reader.open()
    sim.presentTwice(TD3)
    await until(() => documents()[0])
    await sleep(100)
    expect(documents()).toHaveLength(1)
    expect(log.lines.some((l) => l.message === 'duplicate read dropped')).toBe(true)
    clock.advance(2500)
    sim.present(TD3)
    await until(() => documents()[1])
  })

  it('reads with the other length convention when reader and config agree, and rejects it when they do not', async () => {
    const agree = setup({ sim: { lengthConvention: 'after-length-word' }, config: { lengthConvention: 'after-length-word' } })
    await agree.reader.open()
    agree.sim.present(TD3)
    expect(await until(() => agree.documents()[0])).toMatchObject({ lines: TD3 })
    const disagree = setup({ sim: { lengthConvention: 'after-length-word' } })
    await disagree.reader.open()
    disagree.sim.present(TD3)
    expect(await until(() => disagree.readings[0])).toMatchObject({ type: 'incomplete' })
    await sleep(120)
    expect(disagree.documents()).toHaveLength(0)
  })

  it('gets no document when opened at the wrong baud rate', async () => {
    const { sim, reader, readings, documents } = setup({ config: { baudRate: 19200 } })
    await reader.open()
    sim.present(TD3)
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete' })
    expect(documents()).toHaveLength(0)
  })

  it('reports an unplug mid-frame as needs-operator, and reopens after replug without completing the old frame', async () => {
    const { sim, reader, problems, documents } = setup()
    await reader.open()
    const frame = encodeRteFrame(TD3)
    sim.send(frame.subarray(0, 60))
    await sleep(20)
    sim.unplug()
    const problem = await until(() => problems[0])
    expect(problem).toMatchObject({ kind: 'needs-operator', code: 'reader-disconnected-mid-read' })
    await expect(reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'reader-not-connected' })
    sim.replug()
    await reader.open()
    sim.send(frame.subarray(60))
    await sleep(150)
    expect(documents()).toHaveLength(0)
    sim.present(TD1)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD1 })
  })

  it('validates its configuration: serial settings with defaults, unknown keys refused', () => {
    const c = rteFramedReaderConfigSchema.parse({ path: '/dev/ttyUSB0' })
    expect(c).toEqual({ path: '/dev/ttyUSB0', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, interByteTimeoutMs: 300, lengthConvention: 'whole-block', dedupeMs: 2000 })
    expect(rteFramedReaderConfigSchema.safeParse({ path: '/dev/ttyUSB0', bcc: 'sum' }).success).toBe(false)
    expect(rteFramedReaderConfigSchema.safeParse({}).success).toBe(false)
    expect(driverRegistry['rte-framed-mrz']).toBe(rteFramedReaderDriver)
  })

  it('comes back online under the DeviceManager after an unplug and replug', async () => {
    const sim = new SimulatedRteReader()
    const manager = new DeviceManager([{ id: 'rte', driver: rteFramedReaderDriver, config: { path: sim.path }, transport: sim.binding, simulated: true }], {
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

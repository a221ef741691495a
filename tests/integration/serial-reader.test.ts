// The serial document-reader driver against its simulator, over the real
// SerialPortStream and the simulator's serialport binding (no OS involved).
import { afterEach, describe, expect, it } from 'vitest'
import { SerialTextReader, serialTextReaderConfigSchema } from '../../drivers/document-reader/serial-text-reader'
import { SimulatedSerialReader } from '../../drivers/simulators/simulated-serial-reader'
import type { DocumentReaderEvent } from '../../drivers/core/driver'
import type { DeviceError } from '../../drivers/core/device-error'
import { silentLogger } from '../../drivers/core/driver'
import { DeviceManager } from '../../electron/services/devices/device-manager'
import { serialTextReaderDriver } from '../../drivers/document-reader/serial-text-reader'
import type { DeviceStatus } from '../../shared/domain/devices'
import { until } from '../support/wait'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']


function setup(config: Partial<{ baudRate: number; interByteTimeoutMs: number }> = {}) {
  const sim = new SimulatedSerialReader()
  const reader = new SerialTextReader(serialTextReaderConfigSchema.parse({ path: sim.path, interByteTimeoutMs: 60, ...config }), sim.binding, silentLogger, Date.now)
  const readings: DocumentReaderEvent[] = []
  const problems: DeviceError[] = []
  reader.on('reading', (r) => readings.push(r))
  reader.on('problem', (e) => problems.push(e))
  return { sim, reader, readings, problems }
}

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup) await c()
  cleanup = []
})

describe('serial plain-text document reader over the simulated wire', () => {
  it('reads a presented passport, with CR and with CRLF line endings', async () => {
    const { sim, reader, readings } = setup()
    cleanup.push(() => reader.close())
    await reader.open()
    sim.present(TD3)
    const first = await until(() => readings[0])
    expect(first).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
    const id = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']
    sim.present(id, { lineEnding: 'CRLF' })
    const second = await until(() => readings[1])
    expect(second).toMatchObject({ type: 'document', lines: id, checkDigitsPassed: true })
  })

  it('reports noise and a partial line as incomplete reads, without inventing a document', async () => {
    const { sim, reader, readings } = setup()
    cleanup.push(() => reader.close())
    await reader.open()
    sim.sendNoise(7)
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete', reason: 'noise' })
    sim.sendPartial(TD3)
    expect(await until(() => readings[1])).toMatchObject({ type: 'incomplete', reason: 'partial-line' })
    expect(readings.filter((r) => r.type === 'document')).toHaveLength(0)
  })

  it('delivers a read with a wrong check digit as failed, once the line is quiet', async () => {
    const { sim, reader, readings } = setup()
    cleanup.push(() => reader.close())
    await reader.open()
    sim.present([TD3[0]!, TD3[1]!.replace('L898902C36', 'L898902C37')])
    expect(await until(() => readings[0])).toMatchObject({ type: 'document', checkDigitsPassed: false })
  })

  it('gets garbage, not a document, when the port is opened at the wrong baud rate', async () => {
    const { sim, reader, readings } = setup({ baudRate: 19200 })
    cleanup.push(() => reader.close())
    await reader.open()
    sim.present(TD3)
    const r = await until(() => readings[0])
    expect(r.type).toBe('incomplete')
  })

  it('reports an unplug mid-read as needs-operator and drops the half-read bytes', async () => {
    const { sim, reader, readings, problems } = setup()
    await reader.open()
    sim.send(new TextEncoder().encode(`${TD3[0]}\r${TD3[1]!.slice(0, 20)}`))
    await new Promise((r) => setTimeout(r, 20))
    sim.unplug()
    const problem = await until(() => problems[0])
    expect(problem.kind).toBe('needs-operator')
    expect(problem.code).toBe('reader-disconnected-mid-read')
    sim.replug()
    await reader.open()
    cleanup.push(() => reader.close())
    sim.send(new TextEncoder().encode(`${TD3[1]!.slice(20)}\r`))
    await new Promise((r) => setTimeout(r, 150))
    expect(readings.filter((x) => x.type === 'document')).toHaveLength(0)
  })

  it('cannot open an unplugged reader: needs-operator, not fatal', async () => {
    const { sim, reader } = setup()
    sim.unplug()
    await expect(reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'reader-not-connected' })
  })
})

describe('DeviceManager', () => {
  it('shows the reader offline when unplugged, retries with backoff and comes back online after replug', async () => {
    const sim = new SimulatedSerialReader()
    const warnings: string[] = []
    const infos: string[] = []
    const log = { ...silentLogger, warn: (m: string) => warnings.push(m), info: (m: string) => infos.push(m) }
    const manager = new DeviceManager(
      [{ id: 'reader', driver: serialTextReaderDriver, config: { path: sim.path }, transport: sim.binding, simulated: true }],
      { log, initialBackoffMs: 20, maxBackoffMs: 80 },
    )
    const history: DeviceStatus[] = []
    manager.on('status', (all) => history.push(all[0]!))
    await manager.start()
    expect(manager.statuses()[0]!.state).toBe('online')

    sim.unplug()
    await until(() => (manager.statuses()[0]!.state === 'offline' ? true : undefined))
    expect(manager.statuses()[0]!.problem).toMatchObject({ kind: 'needs-operator', code: 'reader-disconnected' })
    await new Promise((r) => setTimeout(r, 300)) // several failed retries while unplugged
    expect(history.filter((s) => s.state === 'connecting').length).toBeGreaterThan(2)
    expect(warnings).toEqual(['device unavailable']) // logged once, not once per retry

    sim.replug()
    await until(() => (manager.statuses()[0]!.state === 'online' ? true : undefined))
    expect(infos).toContain('device available again')
    const readings: unknown[] = []
    manager.on('reading', (_id, r) => readings.push(r))
    sim.present(TD3)
    await until(() => readings[0])
    await manager.stop()
  })

  it('does not retry a fatal configuration error', async () => {
    const sim = new SimulatedSerialReader()
    const manager = new DeviceManager(
      [{ id: 'reader', driver: serialTextReaderDriver, config: { path: sim.path, baudRate: -5 }, transport: sim.binding, simulated: true }],
      { log: silentLogger, initialBackoffMs: 10 },
    )
    await manager.start()
    const s = manager.statuses()[0]!
    expect(s).toMatchObject({ state: 'offline', retryAt: null, problem: { kind: 'fatal', code: 'bad-configuration' } })
    await manager.stop()
  })
})

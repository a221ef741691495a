// The JSON-over-WebSocket bridge driver against SimulatedBridge, a real
// WebSocket server on 127.0.0.1 (ephemeral port).
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger, type DocumentReaderStatusEvent } from '../../drivers/core/driver'
import {
  DEFAULT_BRIDGE_URL,
  WebsocketBridgeReader,
  websocketBridgeReaderConfigSchema,
  websocketBridgeReaderDriver,
} from '../../drivers/document-reader/websocket-bridge-reader'
import { driverRegistry } from '../../drivers/registry'
import { SimulatedBridge, type SimulatedBridgeOptions } from '../../drivers/simulators/simulated-bridge'
import { wsBridgeConnector } from '../../drivers/transports/ws-bridge'
import { DeviceManager } from '../../electron/services/devices/device-manager'
import { collect, manualClock, recordingLogger, sleep, TD1, TD2, TD3, until } from './helpers'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

async function setup(options: { sim?: SimulatedBridgeOptions; config?: Record<string, unknown>; now?: () => number; realConnector?: boolean } = {}) {
  const sim = new SimulatedBridge(options.sim)
  await sim.start()
  cleanup.push(() => sim.stop())
  const log = recordingLogger()
  const config = websocketBridgeReaderConfigSchema.parse({ url: sim.url, ...options.config })
  const reader = new WebsocketBridgeReader(config, options.realConnector ? wsBridgeConnector() : sim.transport, log, options.now ?? Date.now)
  cleanup.push(() => reader.close())
  const statuses: DocumentReaderStatusEvent[] = []
  reader.on('status', (s) => statuses.push(s))
  return { sim, reader, log, statuses, ...collect(reader) }
}

describe('WebSocket bridge reader against the simulated bridge', () => {
  it('reads a presented passport with image metadata, and follows the bridge status', async () => {
    const { sim, reader, documents, statuses } = await setup()
    await reader.open()
    await until(() => statuses[0])
    sim.present(TD3)
    const doc = await until(() => documents()[0])
    expect(doc).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true, images: { count: 3, types: ['visible', 'ir', 'uv'] } })
    await until(() => statuses[2])
    expect(statuses.map((s) => s.status)).toEqual(['waiting', 'reading', 'waiting'])
  })

  it('works through the real connector at the configured URL too', async () => {
    const { sim, reader, documents } = await setup({ realConnector: true })
    await reader.open()
    sim.present(TD1)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD1, checkDigitsPassed: true })
  })

  it('accepts data.mrz as newline-separated lines or as one run of 88, 90 or 72 characters', async () => {
    const { sim, reader, documents } = await setup()
    await reader.open()
    sim.present(TD3, { mrzFormat: 'run' })
    sim.present(TD1, { mrzFormat: 'run' })
    sim.present(TD2, { mrzFormat: 'run' })
    sim.sendResult({ mrz: `${TD2.join('\r\n')}\r\n` })
    await until(() => documents()[2])
    expect(documents().map((d) => (d.type === 'document' ? d.lines : null))).toEqual([TD3, TD1, TD2])
    // the fourth repeats the third within 2 s (CRLF-separated this time): dropped as a duplicate
    await sleep(50)
    expect(documents()).toHaveLength(3)
  })

  it('passes images only as metadata, in list or map form', async () => {
    const { sim, reader, documents } = await setup()
    await reader.open()
    sim.present(TD3, { images: { visible: 'iVBOR…', ir: 'iVBOR…', uv: null } })
    const doc = await until(() => documents()[0])
    expect(doc).toMatchObject({ images: { count: 2, types: ['visible', 'ir'] } })
    expect(JSON.stringify(doc)).not.toContain('iVBOR')
  })

  it('never trusts a vendor "verified" flag: a lying result with a bad MRZ is a failed document with no verified/chip data', async () => {
    const { sim, reader, documents } = await setup()
    await reader.open()
    sim.sendVerifiedLie(TD3)
    const doc = await until(() => documents()[0])
    expect(doc).toMatchObject({ type: 'document', checkDigitsPassed: false })
    const text = JSON.stringify(doc)
    expect(text).not.toMatch(/verified|chip|passiveAuthentication/i)
    expect(Object.keys(doc).sort()).toEqual(['at', 'checkDigitsPassed', 'images', 'lines', 'raw', 'type'])
  })

  it('reports malformed JSON, schema violations, binary messages and noise as bad-frame, logs them, and keeps reading', async () => {
    const { sim, reader, readings, documents, log, problems } = await setup()
    await reader.open()
    sim.sendMalformedJson()
    sim.sendSchemaViolation()
    sim.sendBinary(Uint8Array.of(1, 2, 3))
    sim.sendNoise(3)
    sim.sendRaw('null')
    sim.sendRaw('{"type":"status","status":"on fire"}')
    sim.sendRaw('{"type":"teleport"}')
    await until(() => readings[6])
    expect(readings.map((r) => (r.type === 'incomplete' ? `${r.reason}:${r.detail}` : r.type))).toEqual([
      'bad-frame:invalid-json',
      'bad-frame:schema',
      'bad-frame:binary-message',
      'bad-frame:invalid-json',
      'bad-frame:schema',
      'bad-frame:schema',
      'bad-frame:schema',
    ])
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(7)
    expect(problems).toEqual([])
    sim.present(TD3)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD3 })
  })

  it('reports a bridge error as reader-error with its code, and a partial MRZ as partial-line', async () => {
    const { sim, reader, readings, documents } = await setup()
    await reader.open()
    sim.sendError()
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete', reason: 'reader-error', detail: 'ERROR_CAMERA_DRIVER_ERROR' })
    sim.sendPartial(TD3)
    expect(await until(() => readings[1])).toMatchObject({ type: 'incomplete', reason: 'partial-line', detail: 'wrong-shape' })
    sim.sendResult({ mrz: null, images: [] })
    expect(await until(() => readings[2])).toMatchObject({ type: 'incomplete', reason: 'noise', detail: 'no-mrz' })
    sim.sendResult({ mrz: `${TD3[0]}\n${TD3[1]!.toLowerCase()}` })
    expect(await until(() => readings[3])).toMatchObject({ type: 'incomplete', detail: 'unreadable-characters' })
    expect(documents()).toHaveLength(0)
  })

  it('drops a duplicate result within 2 s, but not a re-read after it', async () => {
    const clock = manualClock()
    const { sim, reader, documents } = await setup({ now: clock.now })
    await reader.open()
    sim.present(TD3)
    sim.present(TD3)
    await until(() => documents()[0])
    await sleep(80)
    expect(documents()).toHaveLength(1)
    clock.advance(2001)
    sim.present(TD3)
    await until(() => documents()[1])
  })

  it('reports a dropped connection as needs-operator bridge-disconnected; opening again works', async () => {
    const { sim, reader, problems, documents } = await setup()
    await reader.open()
    await until(() => (sim.connected ? true : undefined))
    sim.dropConnections()
    expect(await until(() => problems[0])).toMatchObject({ kind: 'needs-operator', code: 'bridge-disconnected' })
    await reader.open()
    sim.present(TD1)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD1 })
  })

  it('reports the bridge stopping mid-read, cannot open while it is down, and reconnects once it is back', async () => {
    const { sim, reader, problems, documents, statuses } = await setup()
    await reader.open()
    sim.sendStatus('reading')
    await until(() => statuses.find((s) => s.status === 'reading'))
    sim.unplug()
    const problem = await until(() => problems[0])
    expect(problem).toMatchObject({ kind: 'needs-operator', code: 'bridge-disconnected' })
    expect(problem.message).toContain('during a read')
    await sleep(20)
    await expect(reader.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'bridge-not-running' })
    sim.replug()
    await sim.ready()
    await reader.open()
    sim.present(TD3)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD3, checkDigitsPassed: true })
  })

  it('treats a bridge that stops answering heartbeats as gone', async () => {
    const { reader, problems } = await setup({ sim: { answerPings: false }, config: { heartbeatMs: 100 } })
    await reader.open()
    expect(await until(() => problems[0])).toMatchObject({ kind: 'needs-operator', code: 'bridge-disconnected' })
  })

  it('validates its configuration: loopback ws:// by default, wss:// for anything else', () => {
    expect(websocketBridgeReaderConfigSchema.parse({})).toEqual({ url: DEFAULT_BRIDGE_URL, connectTimeoutMs: 3000, heartbeatMs: 10_000, dedupeMs: 2000 })
    for (const url of ['ws://localhost:8765', 'ws://127.0.0.2:9000', 'ws://[::1]:8765', 'wss://reader.example:443/ws']) {
      expect(websocketBridgeReaderConfigSchema.safeParse({ url }).success).toBe(true)
    }
    for (const url of ['ws://192.168.1.20:8765', 'ws://reader.example:8765', 'http://127.0.0.1:8765', 'not a url']) {
      expect(websocketBridgeReaderConfigSchema.safeParse({ url }).success).toBe(false)
    }
    expect(websocketBridgeReaderConfigSchema.safeParse({ url: DEFAULT_BRIDGE_URL, trustVerified: true }).success).toBe(false)
    expect(driverRegistry['websocket-bridge-mrz']).toBe(websocketBridgeReaderDriver)
  })

  it('comes back online under the DeviceManager after the bridge restarts', async () => {
    const sim = new SimulatedBridge()
    await sim.start()
    cleanup.push(() => sim.stop())
    const manager = new DeviceManager([{ id: 'bridge', driver: websocketBridgeReaderDriver, config: { url: sim.url }, transport: sim.transport, simulated: true }], {
      log: silentLogger,
      initialBackoffMs: 20,
      maxBackoffMs: 60,
    })
    cleanup.push(() => manager.stop())
    await manager.start()
    expect(manager.statuses()[0]!.state).toBe('online')
    sim.unplug()
    await until(() => (manager.statuses()[0]!.state === 'offline' ? true : undefined))
    expect(manager.statuses()[0]!.problem).toMatchObject({ kind: 'needs-operator', code: 'bridge-disconnected' })
    await sleep(100) // a few failed reconnects while the bridge is down
    sim.replug()
    await until(() => (manager.statuses()[0]!.state === 'online' ? true : undefined))
    await until(() => (sim.connected ? true : undefined))
    const readings: unknown[] = []
    manager.on('reading', (_id, r) => readings.push(r))
    sim.present(TD3)
    expect(await until(() => readings[0])).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
  })
})

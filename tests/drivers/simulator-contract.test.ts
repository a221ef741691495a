// Every document-reader simulator, driven only through DocumentReaderSimulator
// (as the simulator panel and training scenarios do), against its driver at
// the wire level: the same script gives the same kind of result on every wire.
import { afterEach, describe, expect, it } from 'vitest'
import type { Device, DocumentReaderEvent } from '../../drivers/core/driver'
import type { DocumentReaderSimulator } from '../../drivers/core/simulator'
import { HidOcrReader, hidOcrReaderConfigSchema } from '../../drivers/document-reader/hid-ocr-reader'
import { RteFramedReader, rteFramedReaderConfigSchema } from '../../drivers/document-reader/rte-framed-reader'
import { SerialTextReader, serialTextReaderConfigSchema } from '../../drivers/document-reader/serial-text-reader'
import { WebsocketBridgeReader, websocketBridgeReaderConfigSchema } from '../../drivers/document-reader/websocket-bridge-reader'
import { SimulatedBridge } from '../../drivers/simulators/simulated-bridge'
import { SimulatedHidReader } from '../../drivers/simulators/simulated-hid-reader'
import { SimulatedRteReader } from '../../drivers/simulators/simulated-rte-reader'
import { SimulatedSerialReader } from '../../drivers/simulators/simulated-serial-reader'
import { collect, recordingLogger, TD1, TD3, until } from './helpers'

interface Rig {
  sim: DocumentReaderSimulator
  reader: Device<DocumentReaderEvent>
  /** After replug, before the driver can open again (a restarted bridge must listen first). */
  afterReplug: () => Promise<void>
  stop: () => Promise<void>
}

const rigs: Record<string, () => Promise<Rig>> = {
  'plain-text serial': async () => {
    const sim = new SimulatedSerialReader()
    const reader = new SerialTextReader(serialTextReaderConfigSchema.parse({ path: sim.path, interByteTimeoutMs: 60 }), sim.binding, recordingLogger(), Date.now)
    return { sim, reader, afterReplug: async () => {}, stop: async () => {} }
  },
  'RTE framed serial': async () => {
    const sim = new SimulatedRteReader()
    const reader = new RteFramedReader(rteFramedReaderConfigSchema.parse({ path: sim.path, interByteTimeoutMs: 60 }), sim.binding, recordingLogger(), Date.now)
    return { sim, reader, afterReplug: async () => {}, stop: async () => {} }
  },
  'USB HID': async () => {
    const sim = new SimulatedHidReader()
    const reader = new HidOcrReader(hidOcrReaderConfigSchema.parse({ interReportTimeoutMs: 60 }), sim, recordingLogger(), Date.now)
    return { sim, reader, afterReplug: async () => {}, stop: async () => {} }
  },
  'WebSocket bridge': async () => {
    const sim = new SimulatedBridge()
    await sim.start()
    const reader = new WebsocketBridgeReader(websocketBridgeReaderConfigSchema.parse({ url: sim.url }), sim.transport, recordingLogger(), Date.now)
    return { sim, reader, afterReplug: () => sim.ready(), stop: () => sim.stop() }
  },
}

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

describe.each(Object.keys(rigs))('%s simulator through DocumentReaderSimulator', (name) => {
  async function setup() {
    const rig = await rigs[name]!()
    cleanup.push(rig.stop, () => rig.reader.close())
    return { ...rig, ...collect(rig.reader) }
  }

  it('exposes its transport, and reads a presented passport and ID card', async () => {
    const { sim, reader, documents } = await setup()
    expect(sim.transport).toBeDefined()
    expect(sim.plugged).toBe(true)
    expect(sim.connected).toBe(false)
    await reader.open()
    await until(() => (sim.connected ? true : undefined))
    sim.present(TD3)
    expect(await until(() => documents()[0])).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
    sim.present(TD1)
    expect(await until(() => documents()[1])).toMatchObject({ type: 'document', lines: TD1, checkDigitsPassed: true })
  })

  it('reports noise and a partial read as incomplete, never as a document', async () => {
    const { sim, reader, readings, documents } = await setup()
    await reader.open()
    await until(() => (sim.connected ? true : undefined))
    sim.sendNoise(7)
    expect(await until(() => readings[0])).toMatchObject({ type: 'incomplete' })
    sim.sendPartial(TD3)
    expect(await until(() => readings.find((r) => r.type === 'incomplete' && r.reason === 'partial-line'))).toBeDefined()
    expect(documents()).toHaveLength(0)
  })

  it('reports an unplug as needs-operator, and reads again after replug and reopen', async () => {
    const { sim, reader, problems, documents, afterReplug } = await setup()
    await reader.open()
    await until(() => (sim.connected ? true : undefined))
    sim.unplug()
    expect(sim.plugged).toBe(false)
    const problem = await until(() => problems[0])
    expect(problem.kind).toBe('needs-operator')
    await expect(reader.open()).rejects.toMatchObject({ kind: 'needs-operator' })
    sim.replug()
    await afterReplug()
    await reader.open()
    await until(() => (sim.connected ? true : undefined))
    sim.present(TD3)
    expect(await until(() => documents()[0])).toMatchObject({ lines: TD3, checkDigitsPassed: true })
  })
})

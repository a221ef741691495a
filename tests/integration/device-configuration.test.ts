// A technician reconfigures the reader at run time: validated, saved to the
// data folder, audited, devices restarted; "test read" events carry raw bytes.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import type { DeviceReading } from '../../shared/domain/devices'
import { client, startApp } from './app-harness'
import { until } from '../support/wait'

let app: CheckpointApp | undefined
afterEach(async () => {
  await app?.stop()
  app = undefined
})

async function technician(a: CheckpointApp) {
  const readings: DeviceReading[] = []
  const connection = a.connect((event, payload) => {
    if (event === 'deviceReading') readings.push(payload as DeviceReading)
  })
  await connection.call('session.signIn', { username: 'technician', password: 'technician-demo' })
  return { call: (channel: string, input: unknown = {}) => connection.call(channel, input), readings }
}


describe('device configuration at run time', () => {
  it('a wrong baud rate shows as noise in the test read; the right one reads the document', async () => {
    let dataDir: string
    ;({ app, dataDir } = await startApp())
    const tech = await technician(app)
    const config = (await tech.call('devices.configuration')) as { ok: true; value: { devices: Array<{ id: string; config: Record<string, unknown> }> } }
    const reader = config.value.devices[0]!
    const wrong = { ...reader, config: { ...reader.config, baudRate: 19200 } }
    expect(await tech.call('devices.configure', { devices: [wrong] })).toMatchObject({ ok: true })
    await until(() => (app!.devices.statuses()[0]!.state === 'online' ? true : undefined))

    await tech.call('simulator.present', { sampleId: 'clean-passport' })
    const noisy = await until(() => tech.readings[0])
    expect(noisy).toMatchObject({ type: 'incomplete', reason: 'noise' })
    expect(noisy.rawLength).toBeGreaterThan(80)
    expect(noisy.rawHex).toMatch(/^[0-9a-f]+$/)

    expect(await tech.call('devices.configure', { devices: [reader] })).toMatchObject({ ok: true })
    await until(() => (app!.devices.statuses()[0]!.state === 'online' ? true : undefined))
    await tech.call('simulator.present', { sampleId: 'clean-passport' })
    const good = await until(() => tech.readings[1])
    expect(good.type).toBe('document')
    expect(Buffer.from(good.rawHex, 'hex').toString('latin1')).toContain(good.lines[0])

    const saved = join(dataDir, 'devices.json')
    expect(existsSync(saved)).toBe(true)
    expect(JSON.parse(readFileSync(saved, 'utf8')).devices[0].config.baudRate).toBe(9600)
    expect(app.audit.recent(50).filter((e) => e.action === 'devices.configured' && e.actor === 'technician')).toHaveLength(2)

    // The saved configuration is the one used at the next start.
    await app.stop()
    ;({ app } = await startApp(dataDir))
    expect(app.devices.current.devices[0]!.config).toMatchObject({ baudRate: 9600 })
  })

  it('rejects an invalid configuration with the reason, keeping the running one', async () => {
    ;({ app } = await startApp())
    const tech = await technician(app)
    const before = app.devices.current
    expect(await tech.call('devices.configure', { devices: [{ id: 'document-reader-1', driver: 'serial-text-mrz', transport: 'simulator', config: { path: '/dev/x', baudRate: -1 } }] })).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message: expect.stringContaining('baudRate'),
    })
    expect(await tech.call('devices.configure', { devices: [{ id: 'document-reader-1', driver: 'no-such-driver', transport: 'serial', config: {} }] })).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(app.devices.current).toBe(before)
    expect(app.devices.statuses()[0]!.state).toBe('online')
  })

  it.each([
    ['serial-text-mrz', { path: '/dev/ttySIM-MRZ0' }],
    ['rte-framed-mrz', { path: '/dev/ttySIM-RTE0' }],
    ['hid-ocr-mrz', {}],
    ['websocket-bridge-mrz', {}],
  ])('%s, simulated, reads a sample traveller end to end and survives unplug/replug', async (driver, config) => {
    ;({ app } = await startApp())
    const tech = await technician(app)
    expect(await tech.call('devices.configure', { devices: [{ id: 'document-reader-1', driver, transport: 'simulator', config }] })).toMatchObject({ ok: true })
    await until(() => (app!.devices.statuses()[0]!.state === 'online' ? true : undefined))
    if (driver === 'websocket-bridge-mrz') {
      // The vendor bridge reports what it is doing; the device strip shows it.
      await until(() => (app!.devices.statuses()[0]!.activity === 'waiting' ? true : undefined))
    }
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.present', { sampleId: 'listed-document' })
    const s = await trainer.nextSnapshot((x) => x.state === 'alert')
    expect(s.document).toMatchObject({ source: 'reader', device: 'document-reader-1', documentNumber: '382915473' })

    await trainer.call('simulator.control', { action: 'unplug' })
    await until(() => (app!.devices.statuses()[0]!.state !== 'online' ? true : undefined))
    await trainer.call('simulator.control', { action: 'replug' })
    await until(() => (app!.devices.statuses()[0]!.state === 'online' ? true : undefined), 5000)
  })

  it('officers cannot reconfigure devices or see raw reads', async () => {
    ;({ app } = await startApp())
    const officer = await client(app, 'officer')
    expect(await officer.call('devices.configuration')).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await officer.call('devices.configure', { devices: [] })).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

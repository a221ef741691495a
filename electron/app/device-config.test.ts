import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDevices, loadDeviceConfig } from './device-config'

function file(content: unknown): string {
  const f = join(mkdtempSync(join(tmpdir(), 'checkpoint-devcfg-')), 'devices.json')
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content))
  return f
}

describe('device configuration', () => {
  it('loads the shipped simulated configuration and builds a simulator behind every device', () => {
    const config = loadDeviceConfig('resources/config/devices.simulated.json')
    expect(config.mode).toBe('simulated')
    const built = buildDevices(config)
    expect(built.specs.every((s) => s.simulated)).toBe(true)
    expect(built.specs[0]).toMatchObject({ id: 'document-reader-1', simulated: true })
    expect(built.simulators.get('document-reader-1')!.kind).toBe('document-reader')
    expect((built.simulators.get('document-reader-1')!.sim as unknown as { path: string }).path).toBe('/dev/ttySIM-MRZ0')
    expect(new Set([...built.simulators.values()].map((s) => s.kind))).toEqual(new Set(['document-reader', 'fingerprint', 'camera', 'anpr', 'xray']))
  })

  it('loads the serial example with the operating system binding and no simulator', () => {
    const built = buildDevices(loadDeviceConfig('resources/config/devices.serial-example.json'))
    expect(built.specs[0]).toMatchObject({ simulated: false })
    expect(built.simulators.size).toBe(0)
    expect(typeof (built.specs[0]!.transport as { open?: unknown }).open).toBe('function')
  })

  it('explains what is wrong: unknown driver, bad JSON, simulators on an operational post', () => {
    expect(() => loadDeviceConfig(file({ mode: 'simulated', devices: [{ id: 'r', driver: 'nope', transport: 'serial' }] }))).toThrow(/unknown driver/)
    expect(() => loadDeviceConfig(file('{ not json'))).toThrow(/Cannot read device configuration/)
    expect(() => loadDeviceConfig(file({ mode: 'operational', devices: [{ id: 'r', driver: 'serial-text-mrz', transport: 'simulator', config: {} }] }))).toThrow(
      /cannot use simulated devices/,
    )
    expect(() => loadDeviceConfig(file({ mode: 'simulated', devices: [{ id: 'r', driver: 'hid-ocr-mrz', transport: 'serial', config: {} }] }))).toThrow(/connects over hid/)
  })
})

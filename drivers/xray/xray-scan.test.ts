import { describe, expect, it } from 'vitest'
import { xraySidecarSchema } from './xray-scan'
import { belongsToSidecar, safeFolderName, uniqueName } from './folder-names'

const good = {
  scanId: 'S-1',
  time: '2026-11-25T10:00:00.000Z',
  scanner: 'NII-1',
  energyMode: 'dual',
  mmPerPixel: { x: 3.1, y: 2.3 },
  plate: 'AB-123-CD',
  planes: { high: 'S-1-high.png', low: 'S-1-low.png' },
  width: 6000,
  height: 2000,
}

describe('X-ray sidecar schema', () => {
  it('accepts a dual-energy and a single-energy sidecar', () => {
    expect(xraySidecarSchema.safeParse(good).success).toBe(true)
    expect(xraySidecarSchema.safeParse({ ...good, energyMode: 'single', planes: { high: 'a.tif' }, plate: undefined, width: undefined, height: undefined }).success).toBe(true)
  })

  it('refuses plane paths, missing low planes, bad sizes and times', () => {
    const bad = [
      { ...good, planes: { high: '../etc/passwd', low: 'x.png' } },
      { ...good, planes: { high: 'a.png' } },
      { ...good, energyMode: 'single' },
      { ...good, planes: { high: 'a.png', low: 'a.png' } },
      { ...good, width: 0 },
      { ...good, mmPerPixel: { x: 1 } },
      { ...good, time: 'yesterday' },
    ]
    for (const b of bad) expect(xraySidecarSchema.safeParse(b).success, JSON.stringify(b)).toBe(false)
  })
})

describe('folder names', () => {
  it('makes safe, unique folder names', () => {
    expect(safeFolderName('../../x y')).not.toMatch(/^\.|\//)
    expect(safeFolderName('..')).not.toMatch(/^\./)
    expect(safeFolderName('')).toBe('unnamed')
    expect(uniqueName('a', new Set(['a', 'a-2']))).toBe('a-3')
  })

  it('ties planes to their sidecar by name', () => {
    expect(belongsToSidecar('scan-1-high.png', 'scan-1.json')).toBe(true)
    expect(belongsToSidecar('scan-1.low.tif.part', 'scan-1.json')).toBe(true)
    expect(belongsToSidecar('scan-10-high.png', 'scan-1.json')).toBe(false)
  })
})

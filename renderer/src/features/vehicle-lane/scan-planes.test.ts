import { describe, expect, it } from 'vitest'
import { planesFromBytes } from './scan-planes'
import { cameraState } from './camera-state'
import { shortcutMap, vehicleKeys } from './vehicle-keys'

const shape = { id: 's1', width: 3, height: 2, planes: 2 as const, mmPerPixel: { x: 1, y: 2 } }

function bytesOf(values: number[]): ArrayBuffer {
  const view = new DataView(new ArrayBuffer(values.length * 2))
  values.forEach((v, i) => view.setUint16(i * 2, v, true))
  return view.buffer
}

describe('scan planes from the media route', () => {
  it('reads the high plane, then the low plane, little-endian', () => {
    const scan = planesFromBytes(bytesOf([1, 2, 3, 4, 5, 65535, 10, 20, 30, 40, 50, 256]), shape)
    expect([...scan.high]).toEqual([1, 2, 3, 4, 5, 65535])
    expect([...scan.low!]).toEqual([10, 20, 30, 40, 50, 256])
    expect(scan).toMatchObject({ id: 's1', width: 3, height: 2, mmPerPixel: { x: 1, y: 2 } })
  })

  it('has no low plane for a single-energy scan', () => {
    const scan = planesFromBytes(bytesOf([1, 2, 3, 4, 5, 6]), { ...shape, planes: 1 })
    expect(scan.low).toBeUndefined()
    expect(scan.high.length).toBe(6)
  })

  it('refuses too few bytes rather than showing noise', () => {
    expect(() => planesFromBytes(bytesOf([1, 2, 3]), shape)).toThrow(/expected 24/)
  })
})

describe('camera state in words', () => {
  it('tells reconnecting from offline', () => {
    expect(cameraState({ state: 'online', retryAt: null })).toBe('online')
    expect(cameraState({ state: 'connecting', retryAt: null })).toBe('reconnecting')
    expect(cameraState({ state: 'offline', retryAt: 123 })).toBe('reconnecting')
    expect(cameraState({ state: 'offline', retryAt: null })).toBe('offline')
  })
})

describe('vehicle lane keys', () => {
  it('never reuse a primary-line key or an X-ray viewer tool key', () => {
    const taken = ['A', 'R', 'S', 'C', 'D', 'M', 'P', 'W', 'N', 'I', 'E']
    const keys = Object.values(vehicleKeys)
    expect(keys.filter((k) => taken.includes(k))).toEqual([])
    expect(new Set(keys).size).toBe(keys.length)
    expect(Object.keys(shortcutMap({ closeVehicle: () => {} }))).toEqual(['x'])
  })
})

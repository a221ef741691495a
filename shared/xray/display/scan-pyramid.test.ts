import { describe, expect, it } from 'vitest'
import { halvePlane, pyramidLevelForZoom, scanAtLevel } from './scan-pyramid'
import { renderCpu } from './render-cpu'
import type { XrayScan } from './scan'

describe('scan pyramid', () => {
  it('picks the level whose own zoom is in (0.5, 1]', () => {
    expect(pyramidLevelForZoom(2)).toBe(0)
    expect(pyramidLevelForZoom(1)).toBe(0)
    expect(pyramidLevelForZoom(0.6)).toBe(0)
    expect(pyramidLevelForZoom(0.5)).toBe(1)
    expect(pyramidLevelForZoom(0.18)).toBe(2)
    expect(pyramidLevelForZoom(0.001)).toBe(4)
  })

  it('averages 2 × 2 blocks, and what exists at odd edges', () => {
    const src = Uint16Array.from([0, 4, 8, 10, 20, 30, 100, 200, 300])
    const { plane, width, height } = halvePlane(src, 3, 3)
    expect([width, height]).toEqual([2, 2])
    expect([...plane]).toEqual([Math.round((0 + 4 + 10 + 20) / 4), Math.round((8 + 8 + 30 + 30) / 4), Math.round((100 + 200 + 100 + 200) / 4), 300])
  })

  it('keeps a thin dense line visible when zoomed out, where nearest sampling would lose it', () => {
    const width = 400
    const height = 40
    const high = new Uint16Array(width * height).fill(60000)
    for (let y = 0; y < height; y++) high[y * width + 201] = high[y * width + 202] = 1000 // a 2-px wire
    const scan: XrayScan = { id: 'wire', width, height, high, mmPerPixel: { x: 1, y: 1 } }
    expect(scanAtLevel(scan, 2).width).toBe(100)
    expect(scanAtLevel(scan, 2).mmPerPixel).toEqual({ x: 4, y: 4 })
    const view = { originX: 0, originY: 0, zoom: 0.25, width: 100, height: 10 }
    const rgba = renderCpu(scan, { viewport: view, display: { window: { center: 32768, width: 65536 }, invert: false, material: false, edges: false, edgeAmount: 1 } })
    let darkest = 255
    for (let x = 0; x < 100; x++) darkest = Math.min(darkest, rgba[(5 * 100 + x) * 4]!)
    expect(darkest).toBeLessThan(200) // the wire shows at about half contrast
  })
})

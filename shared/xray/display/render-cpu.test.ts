import { describe, expect, it } from 'vitest'
import { renderCpu, sampleIndices } from './render-cpu'
import { BACKGROUND_RGB, type DisplaySettings } from './display-settings'
import { syntheticScan } from './synthetic-scan'
import { fitViewport } from './viewport'
import { planTextureTiles } from './texture-tiles'
import type { XrayScan } from './scan'

const display = (over: Partial<DisplaySettings> = {}): DisplaySettings => ({ window: { center: 32768, width: 65536 }, invert: false, material: false, edges: false, edgeAmount: 1, ...over })
const pixel = (rgba: Uint8ClampedArray, width: number, x: number, y: number) => [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)]

describe('CPU render path', () => {
  const tiny: XrayScan = { id: 't', width: 4, height: 2, high: Uint16Array.from([0, 16384, 32768, 65535, 65535, 32768, 16384, 0]), mmPerPixel: { x: 1, y: 1 } }

  it('renders every pixel through the window at zoom 1', () => {
    const out = renderCpu(tiny, { viewport: { originX: 0, originY: 0, zoom: 1, width: 4, height: 2 }, display: display() })
    expect(pixel(out, 4, 0, 0)).toEqual([0, 0, 0, 255])
    expect(pixel(out, 4, 3, 0)).toEqual([255, 255, 255, 255])
    expect(pixel(out, 4, 2, 0)[0]).toBe(128)
  })

  it('fills the canvas outside the image with the background', () => {
    const out = renderCpu(tiny, { viewport: { originX: -2, originY: 0, zoom: 1, width: 4, height: 2 }, display: display() })
    expect(pixel(out, 4, 0, 0)).toEqual([...BACKGROUND_RGB, 255])
    expect(pixel(out, 4, 2, 0)).toEqual([0, 0, 0, 255])
  })

  it('samples the nearest image pixel when zoomed in and out', () => {
    expect([...sampleIndices(0, 2, 8, 4)]).toEqual([0, 0, 1, 1, 2, 2, 3, 3])
    expect([...sampleIndices(0, 0.5, 2, 4)]).toEqual([1, 3])
    expect([...sampleIndices(2.5, 1, 2, 4)]).toEqual([3, -1])
  })

  it('inverts', () => {
    const out = renderCpu(tiny, { viewport: { originX: 0, originY: 0, zoom: 1, width: 4, height: 2 }, display: display({ invert: true }) })
    expect(pixel(out, 4, 0, 0)).toEqual([255, 255, 255, 255])
  })

  it('colours the synthetic blocks by their material', () => {
    const s = syntheticScan(400, 200)
    const vp = { originX: 0, originY: 0, zoom: 1, width: 400, height: 200 }
    const out = renderCpu(s.scan, { viewport: vp, display: display({ material: true, window: { center: 30000, width: 60000 } }), material: s.material })
    for (const b of s.blocks) {
      const [r, g, bl] = pixel(out, 400, Math.floor(b.x + b.w / 2), Math.floor(b.y + b.h / 2))
      if (b.expected === 'organic') expect(r! > g! && g! > bl!, `${b.name} orange`).toBe(true)
      if (b.expected === 'inorganic') expect(g! > r! && g! > bl!, `${b.name} green`).toBe(true)
      if (b.expected === 'metal') expect(bl! > r! && bl! > g!, `${b.name} blue`).toBe(true)
      if (b.expected === 'impenetrable') expect(r! > g! && r! > bl!, `${b.name} red`).toBe(true)
    }
  })

  it('the zoom-1 fast path draws the same pixels as the general loop', () => {
    const s = syntheticScan(300, 100)
    for (const d of [display(), display({ material: true })]) {
      const fast = renderCpu(s.scan, { viewport: { originX: 0, originY: 0, zoom: 1, width: 300, height: 100 }, display: d, material: s.material })
      // One column of background on the left forces the general loop; the rest must match, shifted.
      const general = renderCpu(s.scan, { viewport: { originX: -1, originY: 0, zoom: 1, width: 301, height: 100 }, display: d, material: s.material })
      let mismatches = 0
      for (let y = 0; y < 100; y++) for (let x = 0; x < 300; x++) if (pixel(fast, 300, x, y).join() !== pixel(general, 301, x + 1, y).join()) mismatches++
      expect(mismatches).toBe(0)
    }
  })

  it('edge enhancement changes pixels at edges but not in flat areas', () => {
    const s = syntheticScan(400, 200)
    const vp = fitViewport(400, 200, 400, 200)
    const w = { center: 30000, width: 60000 }
    const plain = renderCpu(s.scan, { viewport: vp, display: display({ window: w }) })
    const sharp = renderCpu(s.scan, { viewport: vp, display: display({ window: w, edges: true }) })
    const block = s.blocks.find((b) => b.name === 'metal-block')!
    const edgeDiff = Math.abs(pixel(sharp, 400, block.x, block.y + 10)[0]! - pixel(plain, 400, block.x, block.y + 10)[0]!)
    expect(edgeDiff).toBeGreaterThan(20)
  })

  it('plans texture stripes within the GPU limit', () => {
    expect(planTextureTiles(2000, 8000, 8192)).toEqual([{ x: 0, y: 0, w: 2000, h: 8000 }])
    const tiles = planTextureTiles(2000, 8000, 4096)
    expect(tiles).toEqual([{ x: 0, y: 0, w: 2000, h: 4096 }, { x: 0, y: 4096, w: 2000, h: 3904 }])
    expect(planTextureTiles(5000, 5000, 4096)).toHaveLength(4)
  })
})

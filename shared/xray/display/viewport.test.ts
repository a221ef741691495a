import { describe, expect, it } from 'vitest'
import { canvasToImage, clampViewport, fitViewport, imageToCanvas, panBy, visibleImageRect, zoomAt } from './viewport'

describe('viewport', () => {
  it('fits a long scan into a wide canvas, centred', () => {
    const v = fitViewport(6000, 2000, 1200, 600)
    expect(v.zoom).toBeCloseTo(0.2)
    expect(visibleImageRect(v, 6000, 2000)).toEqual({ x: 0, y: 0, w: 6000, h: 2000 })
  })

  it('maps canvas and image coordinates both ways', () => {
    const v = { originX: 100, originY: 50, zoom: 2, width: 800, height: 600 }
    const p = canvasToImage(v, 200, 100)
    expect(p).toEqual({ x: 200, y: 100 })
    expect(imageToCanvas(v, p)).toEqual({ x: 200, y: 100 })
  })

  it('zooms about the pointer', () => {
    const v = fitViewport(6000, 2000, 1200, 600)
    const before = canvasToImage(v, 300, 200)
    const z = zoomAt(v, 4, 300, 200, 6000, 2000)
    const after = canvasToImage(z, 300, 200)
    expect(after.x).toBeCloseTo(before.x)
    expect(after.y).toBeCloseTo(before.y)
  })

  it('never pans the image out of sight', () => {
    const v = panBy(fitViewport(6000, 2000, 1200, 600), 100000, 0, 6000, 2000)
    const centre = canvasToImage(v, 600, 300)
    expect(centre.x).toBe(0)
    expect(clampViewport(v, 6000, 2000)).toEqual(v)
  })
})

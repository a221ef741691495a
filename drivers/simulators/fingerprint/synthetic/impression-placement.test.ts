import { describe, expect, it } from 'vitest'
import { fingerToImage, imageToFinger, impressionPlacement } from './impression-placement'

describe('impression placement', () => {
  it('puts the finger centre at the image centre plus the translation', () => {
    const placement = impressionPlacement({ width: 300, height: 400 }, { dx: 12, dy: -8, rotationDeg: 30 })
    expect(fingerToImage(placement, { x: 0, y: 0 })).toEqual({ x: 162, y: 192 })
  })

  it('turns the finger clockwise on screen for a positive angle', () => {
    const placement = impressionPlacement({ width: 300, height: 400 }, { rotationDeg: 90 })
    // A point right of the finger centre ends up below it (y grows downwards).
    const p = fingerToImage(placement, { x: 10, y: 0 })
    expect(p.x).toBeCloseTo(150, 9)
    expect(p.y).toBeCloseTo(210, 9)
  })

  it('maps image points back to the same finger points', () => {
    const placement = impressionPlacement({ width: 256, height: 320 }, { dx: -20, dy: 14, rotationDeg: -17 })
    const back = imageToFinger(placement, fingerToImage(placement, { x: 37, y: -51 }))
    expect(back.x).toBeCloseTo(37, 9)
    expect(back.y).toBeCloseTo(-51, 9)
  })
})

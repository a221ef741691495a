import { describe, expect, it } from 'vitest'
import { distanceMm } from './measure'
import { boxFromCorners, isAnnotationCategory } from './annotation'

describe('measurement in millimetres', () => {
  it('scales each axis by its own mm per pixel', () => {
    // 300 px across at 2 mm and 400 px down at 4.5 mm: 600 mm and 1800 mm.
    expect(distanceMm({ x: 100, y: 200 }, { x: 400, y: 600 }, { x: 2, y: 4.5 })).toBeCloseTo(Math.hypot(600, 1800), 6)
  })

  it('is the axis length for a purely horizontal or vertical line', () => {
    expect(distanceMm({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 3, y: 7 })).toBe(30)
    expect(distanceMm({ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 3, y: 7 })).toBe(70)
  })

  it('does not depend on direction', () => {
    const mm = { x: 1.3, y: 5.1 }
    expect(distanceMm({ x: 5, y: 9 }, { x: 1, y: 2 }, mm)).toBe(distanceMm({ x: 1, y: 2 }, { x: 5, y: 9 }, mm))
  })
})

describe('annotation boxes', () => {
  it('normalises a box dragged up and to the left, and clips it to the image', () => {
    expect(boxFromCorners({ x: 50.4, y: 80.2 }, { x: 10.6, y: 20.9 }, 100, 100)).toEqual({ x: 10, y: 20, w: 41, h: 61 })
    expect(boxFromCorners({ x: -5, y: 90 }, { x: 20, y: 130 }, 100, 100)).toEqual({ x: 0, y: 90, w: 20, h: 10 })
  })

  it('knows its categories', () => {
    expect(isAnnotationCategory('weapon')).toBe(true)
    expect(isAnnotationCategory('fruit')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { greyImage } from '../../../shared/fingerprints/grey-image'
import { fitToWindow } from './fit-to-window'

describe('fitToWindow', () => {
  it('centre-crops a larger image and pads a smaller one with white', () => {
    const big = greyImage(10, 10, 500, 0)
    big.pixels[4 * 10 + 4] = 100 // the centred 4 × 4 crop starts at (3, 3), so this is its (1, 1)
    const cropped = fitToWindow(big, 4, 4, 500)
    expect(cropped).toMatchObject({ width: 4, height: 4, ppi: 500 })
    expect(cropped.pixels[1 * 4 + 1]).toBe(100)
    const small = greyImage(2, 2, 500, 0)
    const padded = fitToWindow(small, 4, 4, 500)
    expect([...padded.pixels]).toEqual([255, 255, 255, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255, 255, 255, 255])
  })

  it('averages blocks when the source has a higher resolution', () => {
    const fine = greyImage(4, 4, 1000, 0)
    for (let y = 0; y < 4; y++) for (let x = 0; x < 4; x++) fine.pixels[y * 4 + x] = x % 2 === 0 ? 0 : 200
    const coarse = fitToWindow(fine, 2, 2, 500)
    expect([...coarse.pixels]).toEqual([100, 100, 100, 100])
  })
})

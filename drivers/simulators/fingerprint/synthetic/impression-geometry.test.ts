import { describe, expect, it } from 'vitest'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import { createFinger, impressionGeometry, randomImpressionOptions, renderImpression } from './index'

/** Ridge-direction coherence in a square window: low at a core, high on parallel ridges. */
function coherenceAt(image: GreyImage, cx: number, cy: number, half = 10): number {
  const at = (x: number, y: number) => image.pixels[Math.round(y) * image.width + Math.round(x)]!
  let gxx = 0
  let gyy = 0
  let gxy = 0
  for (let y = cy - half; y <= cy + half; y++) {
    for (let x = cx - half; x <= cx + half; x++) {
      const gx = at(x + 1, y) - at(x - 1, y)
      const gy = at(x, y + 1) - at(x, y - 1)
      gxx += gx * gx
      gyy += gy * gy
      gxy += gx * gy
    }
  }
  return Math.hypot(gxx - gyy, 2 * gxy) / (gxx + gyy)
}

describe('impression geometry (ground truth)', () => {
  const finger = createFinger(808, { pattern: 'whorl' })
  const options = { ...randomImpressionOptions(4), distortion: 1, partial: 0 }

  it('maps skin points to the image and back, distortion included', () => {
    const geometry = impressionGeometry(finger, 3, options)
    for (const s of [{ x: 0, y: 0 }, { x: 80, y: -120 }, { x: -100, y: 90 }]) {
      const back = geometry.imageToSkin(geometry.skinToImage(s))
      expect(back.x).toBeCloseTo(s.x, 2)
      expect(back.y).toBeCloseTo(s.y, 2)
    }
  })

  it('places the finger’s singular points where the rendered ridges turn', () => {
    const loop = createFinger(809, { pattern: 'left-loop' })
    const moved = { rotationDeg: -15, dx: 12, dy: 8, distortion: 0.6 }
    const image = renderImpression(loop, 3, moved)
    const geometry = impressionGeometry(loop, 3, moved)
    const [core] = loop.singularPoints.cores
    const p = geometry.skinToImage(core!)
    expect(geometry.inContact(p)).toBe(true)
    // Parallel ridges a little further out along the loop's axis, a turning point at the core.
    const away = geometry.skinToImage({ x: core!.x, y: core!.y - 50 })
    expect(coherenceAt(image, p.x, p.y)).toBeLessThan(0.5)
    expect(coherenceAt(image, away.x, away.y)).toBeGreaterThan(0.7)
  })

  it('tells contact from bare platen', () => {
    const geometry = impressionGeometry(finger, 3, { partial: 0 })
    expect(geometry.inContact({ x: 150, y: 200 })).toBe(true)
    expect(geometry.inContact({ x: 2, y: 2 })).toBe(false)
  })
})

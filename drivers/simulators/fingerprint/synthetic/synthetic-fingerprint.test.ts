import { describe, expect, it } from 'vitest'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import {
  createFinger,
  fingerToImage,
  impressionPlacement,
  patternClasses,
  randomImpressionOptions,
  renderImpression,
  type ImpressionOptions,
} from './index'

const pixel = (image: GreyImage, x: number, y: number): number => image.pixels[y * image.width + x]!

function bilinear(image: GreyImage, x: number, y: number): number {
  const ix = Math.floor(x)
  const iy = Math.floor(y)
  if (ix < 0 || iy < 0 || ix >= image.width - 1 || iy >= image.height - 1) return 255
  const fx = x - ix
  const fy = y - iy
  const top = pixel(image, ix, iy) * (1 - fx) + pixel(image, ix + 1, iy) * fx
  const bottom = pixel(image, ix, iy + 1) * (1 - fx) + pixel(image, ix + 1, iy + 1) * fx
  return top * (1 - fy) + bottom * fy
}

/**
 * Pearson correlation between an upright reference impression and another
 * impression mapped back through its known rotation and translation, over the
 * middle of the finger where both have contact.
 */
function alignedCorrelation(reference: GreyImage, other: GreyImage, otherOptions: ImpressionOptions): number {
  const placement = impressionPlacement(other, otherOptions)
  const a: number[] = []
  const b: number[] = []
  for (let y = 0; y < reference.height; y++) {
    for (let x = 0; x < reference.width; x++) {
      const finger = { x: x + 0.5 - reference.width / 2, y: y + 0.5 - reference.height / 2 }
      if (Math.hypot(finger.x, finger.y) > 90) continue
      const q = fingerToImage(placement, finger)
      const va = pixel(reference, x, y)
      const vb = bilinear(other, q.x - 0.5, q.y - 0.5)
      if (va === 255 || vb === 255) continue
      a.push(va)
      b.push(vb)
    }
  }
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length
  const ma = mean(a)
  const mb = mean(b)
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < a.length; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb)
    saa += (a[i]! - ma) ** 2
    sbb += (b[i]! - mb) ** 2
  }
  return sab / Math.sqrt(saa * sbb)
}

/**
 * Median ridge period of a print: at points spread over the contact area,
 * find the ridge normal from the gradient structure tensor, sample a profile
 * along it and take the strongest autocorrelation peak.
 */
function measuredRidgePeriod(image: GreyImage): number {
  const periods: number[] = []
  for (let cy = 120; cy <= 280; cy += 20) {
    for (let cx = 90; cx <= 210; cx += 20) {
      let gxx = 0
      let gyy = 0
      let gxy = 0
      for (let y = cy - 8; y <= cy + 8; y++) {
        for (let x = cx - 8; x <= cx + 8; x++) {
          const gx = pixel(image, x + 1, y) - pixel(image, x - 1, y)
          const gy = pixel(image, x, y + 1) - pixel(image, x, y - 1)
          gxx += gx * gx
          gyy += gy * gy
          gxy += gx * gy
        }
      }
      if (Math.hypot(gxx - gyy, 2 * gxy) / (gxx + gyy) < 0.5) continue // near a core or delta
      const normal = 0.5 * Math.atan2(2 * gxy, gxx - gyy)
      const profile = Array.from({ length: 48 }, (_, t) => bilinear(image, cx + Math.cos(normal) * (t - 24), cy + Math.sin(normal) * (t - 24)))
      const m = profile.reduce((s, v) => s + v, 0) / profile.length
      const d = profile.map((v) => v - m)
      const corr = (lag: number) => d.slice(0, d.length - lag).reduce((s, v, i) => s + v * d[i + lag]!, 0) / (d.length - lag)
      let best = 0
      for (let lag = 5; lag <= 16; lag++) if (corr(lag) > corr(lag - 1) && corr(lag) >= corr(lag + 1) && (best === 0 || corr(lag) > corr(best))) best = lag
      if (best) periods.push(best)
    }
  }
  periods.sort((p, q) => p - q)
  return periods[periods.length >> 1]!
}

/** Share of pixels inside the central region darker than mid-grey. */
function darkShare(image: GreyImage): number {
  let dark = 0
  let count = 0
  for (let y = 140; y < 260; y++) {
    for (let x = 90; x < 210; x++) {
      count++
      if (pixel(image, x, y) < 128) dark++
    }
  }
  return dark / count
}

const contactPixels = (image: GreyImage): number => image.pixels.reduce((n, v) => n + (v < 250 ? 1 : 0), 0)

describe('synthetic fingerprint generator', () => {
  it('renders byte-identical images for the same seeds, even from a fresh identity', () => {
    const options = randomImpressionOptions(9)
    const a = renderImpression(createFinger(1234), 5, options)
    const b = renderImpression(createFinger(1234), 5, options)
    expect(b.pixels).toEqual(a.pixels)
    expect(createFinger(1234)).toEqual(createFinger(1234))
  })

  it('renders different prints for different fingers and different impressions', () => {
    const finger = createFinger(77, { pattern: 'whorl' })
    const other = createFinger(78, { pattern: 'whorl' })
    const differing = (a: GreyImage, b: GreyImage) => a.pixels.reduce((n, v, i) => n + (Math.abs(v - b.pixels[i]!) > 40 ? 1 : 0), 0)
    const first = renderImpression(finger, 1)
    expect(differing(first, renderImpression(other, 1))).toBeGreaterThan(15_000)
    expect(differing(first, renderImpression(finger, 2, { dx: 4 }))).toBeGreaterThan(15_000)
  })

  it.each(patternClasses)('renders a %s as a 300×400, 500 ppi print on a white background', (pattern) => {
    const finger = createFinger(31, { pattern })
    expect(finger.pattern).toBe(pattern)
    const image = renderImpression(finger, 1)
    expect([image.width, image.height, image.ppi]).toEqual([300, 400, 500])
    for (const [x, y] of [[0, 0], [299, 0], [0, 399], [299, 399]] as const) expect(pixel(image, x, y)).toBe(255)
    // Ridges cover roughly half of the contact area, as on a good live scan.
    expect(darkShare(image)).toBeGreaterThan(0.3)
    expect(darkShare(image)).toBeLessThan(0.7)
    const cores = finger.singularPoints.cores.length
    const deltas = finger.singularPoints.deltas.length
    const expected = { 'arch': [0, 0], 'tented-arch': [1, 1], 'left-loop': [1, 1], 'right-loop': [1, 1], 'whorl': [2, 2] }[pattern]
    expect([cores, deltas]).toEqual(expected)
  })

  it('puts the delta of a left loop on the right and of a right loop on the left', () => {
    for (let seed = 0; seed < 10; seed++) {
      const left = createFinger(seed, { pattern: 'left-loop' }).singularPoints
      const right = createFinger(seed, { pattern: 'right-loop' }).singularPoints
      expect(left.deltas[0]!.x).toBeGreaterThan(left.cores[0]!.x)
      expect(right.deltas[0]!.x).toBeLessThan(right.cores[0]!.x)
    }
  })

  it('draws a realistic mix of classes when none is asked for', () => {
    const counts = new Map<string, number>()
    for (let seed = 0; seed < 400; seed++) {
      const pattern = createFinger(seed).pattern
      counts.set(pattern, (counts.get(pattern) ?? 0) + 1)
    }
    expect(counts.size).toBe(5)
    expect((counts.get('left-loop')! + counts.get('right-loop')!) / 400).toBeGreaterThan(0.5)
    expect(counts.get('arch')! / 400).toBeLessThan(0.1)
  })

  it('renders a ridge period of about 9 px at 500 ppi, close to the finger’s own', () => {
    for (const [seed, pattern] of [[3, 'arch'], [4, 'right-loop'], [5, 'whorl']] as const) {
      const finger = createFinger(seed, { pattern })
      const period = measuredRidgePeriod(renderImpression(finger, 1))
      expect(period).toBeGreaterThanOrEqual(7.5)
      expect(period).toBeLessThanOrEqual(11)
      expect(Math.abs(period - finger.ridgePeriod)).toBeLessThanOrEqual(1.5)
    }
  })

  it('keeps impressions of one finger alike once aligned, and different fingers unlike', () => {
    const moved: ImpressionOptions = { rotationDeg: 14, dx: 18, dy: -12, distortion: 0.4, pressure: 0.45, noise: 0.1 }
    const finger = createFinger(501, { pattern: 'right-loop' })
    const reference = renderImpression(finger, 1)
    const genuine = alignedCorrelation(reference, renderImpression(finger, 2, moved), moved)
    const impostor = alignedCorrelation(reference, renderImpression(createFinger(502, { pattern: 'right-loop' }), 2, moved), moved)
    expect(genuine).toBeGreaterThan(0.5)
    expect(Math.abs(impostor)).toBeLessThan(0.2)
  })

  it('thickens and darkens ridges with pressure', () => {
    const finger = createFinger(61, { pattern: 'left-loop' })
    const light = darkShare(renderImpression(finger, 1, { pressure: 0.2 }))
    const normal = darkShare(renderImpression(finger, 1, { pressure: 0.5 }))
    const heavy = darkShare(renderImpression(finger, 1, { pressure: 0.85 }))
    expect(light).toBeLessThan(normal - 0.1)
    expect(heavy).toBeGreaterThan(normal + 0.1)
  })

  it('breaks ridges when dry, removes contact when partial, and adds noise on request', () => {
    const finger = createFinger(62, { pattern: 'whorl' })
    const clean = renderImpression(finger, 1)
    expect(darkShare(renderImpression(finger, 1, { dryness: 0.7 }))).toBeLessThan(darkShare(clean) * 0.6)
    const missing = 1 - contactPixels(renderImpression(finger, 1, { partial: 0.4 })) / contactPixels(clean)
    expect(missing).toBeGreaterThan(0.3)
    expect(missing).toBeLessThan(0.5)
    const noisy = renderImpression(finger, 1, { noise: 0.5 })
    const corner = Array.from({ length: 400 }, (_, i) => pixel(noisy, i % 20, Math.floor(i / 20)))
    expect(corner.filter((v) => v < 250).length).toBeGreaterThan(40)
  })

  it('keeps the finger the same physical size in a larger image', () => {
    const finger = createFinger(63)
    const small = renderImpression(finger, 1)
    const large = renderImpression(finger, 1, {}, { width: 500, height: 500 })
    expect([large.width, large.height]).toEqual([500, 500])
    expect(contactPixels(large) / contactPixels(small)).toBeCloseTo(1, 1)
  })

  it('draws random impression options within realistic ranges, repeatably', () => {
    expect(randomImpressionOptions(5)).toEqual(randomImpressionOptions(5))
    for (let seed = 0; seed < 200; seed++) {
      const o = randomImpressionOptions(seed)
      expect(Math.abs(o.rotationDeg!)).toBeLessThanOrEqual(20)
      expect(Math.abs(o.dx!)).toBeLessThanOrEqual(25)
      expect(Math.abs(o.dy!)).toBeLessThanOrEqual(25)
      expect(o.pressure).toBeGreaterThanOrEqual(0.3)
      expect(o.pressure).toBeLessThanOrEqual(0.7)
      for (const v of [o.distortion!, o.dryness!, o.partial!, o.noise!]) expect(v).toBeLessThanOrEqual(0.6)
    }
  })

  it('rejects impression options that are not numbers', () => {
    expect(() => renderImpression(createFinger(1), 1, { rotationDeg: Number.NaN })).toThrow(RangeError)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { compare } from './compare-templates'
import { extractMinutiae } from './extract-minutiae'
import { prepareTemplate, type PreparedTemplate } from './prepared-template'
import { DEFAULT_VERIFICATION_THRESHOLD } from './fpir-threshold'
import type { Template } from './template'
import { loadNistPrint, nistPrintNames, transformImage } from './test-prints'

const canvas = { width: 300, height: 300 }
let upright: Template[] = []
let prepared: PreparedTemplate[] = []

beforeAll(async () => {
  const images = await Promise.all(nistPrintNames.map(loadNistPrint))
  upright = images.map((image) => extractMinutiae(transformImage(image, 0, 0, 0, canvas)))
  prepared = upright.map(prepareTemplate)
})

/** The template as the same finger placed turned by `degrees` and shifted (exact geometry, no re-extraction). */
function moved(template: Template, degrees: number, dx: number, dy: number): Template {
  const a = (degrees * Math.PI) / 180
  const cx = template.width / 2
  const cy = template.height / 2
  return {
    ...template,
    minutiae: template.minutiae.map((m) => ({
      ...m,
      // Counter-clockwise as seen, y grows downwards.
      x: cx + Math.cos(a) * (m.x - cx) + Math.sin(a) * (m.y - cy) + dx,
      y: cy - Math.sin(a) * (m.x - cx) + Math.cos(a) * (m.y - cy) + dy,
      angle: (m.angle + a + 2 * Math.PI) % (2 * Math.PI),
    })),
  }
}

describe('compare', () => {
  it('scores a print against itself far above the verification threshold', () => {
    for (const p of prepared) expect(compare(p, p)).toBeGreaterThan(DEFAULT_VERIFICATION_THRESHOLD * 2)
  })

  it('scores different fingers below the verification threshold', () => {
    for (let a = 0; a < prepared.length; a++) {
      for (let b = 0; b < prepared.length; b++) if (a !== b) expect(compare(prepared[a]!, prepared[b]!)).toBeLessThan(DEFAULT_VERIFICATION_THRESHOLD)
    }
  })

  it.each([0, 17, -33, 90, 180])('does not care how the finger was turned (%i°) or shifted', (degrees) => {
    for (const template of upright) {
      const self = compare(prepareTemplate(template), prepareTemplate(template))
      const turned = compare(prepareTemplate(template), prepareTemplate(moved(template, degrees, 25, -18)))
      // Rounding of the turned geometry costs little; the score stays near the untouched one.
      expect(turned).toBeGreaterThan(self * 0.7)
    }
  })

  it('matches re-extracted impressions of a turned and shifted image of the same finger', async () => {
    const images = await Promise.all(nistPrintNames.map(loadNistPrint))
    images.forEach((image, k) => {
      const again = prepareTemplate(extractMinutiae(transformImage(image, 90, 10, -8, canvas)))
      expect(compare(prepared[k]!, again)).toBeGreaterThan(DEFAULT_VERIFICATION_THRESHOLD)
      for (let other = 0; other < prepared.length; other++) if (other !== k) expect(compare(prepared[other]!, again)).toBeLessThan(DEFAULT_VERIFICATION_THRESHOLD)
    })
  })

  it('gives 0 when either template has fewer than two minutiae', () => {
    const empty = prepareTemplate({ width: 300, height: 400, ppi: 500, minutiae: [] })
    expect(compare(empty, prepared[0]!)).toBe(0)
    expect(compare(prepared[0]!, empty)).toBe(0)
  })

  it('compares templates of another resolution at true scale', () => {
    // The same minutiae recorded at 1000 ppi: coordinates doubled.
    const template = upright[1]!
    const hiRes: Template = { ...template, ppi: 1000, minutiae: template.minutiae.map((m) => ({ ...m, x: m.x * 2, y: m.y * 2 })) }
    expect(compare(prepared[1]!, prepareTemplate(hiRes))).toBeGreaterThan(compare(prepared[1]!, prepared[1]!) * 0.9)
  })
})

import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { greyImage, type GreyImage } from '../../../../shared/fingerprints/grey-image'
import { darkBlotchyPrint, faintPrint, shiftedPrint } from './degraded-prints'
import { assessQuality, defaultQualityThresholds } from './index'

const nistFolder = path.resolve(__dirname, '../../../../resources/fingerprints/nist')
const nistNames = ['arch', 'loop-right', 'tented_arch', 'whorl'] as const

/** The NIST README: the ridge data is the PNG's alpha channel, used as is. */
async function nistFromAlpha(name: string): Promise<GreyImage> {
  const { data, info } = await sharp(path.join(nistFolder, `${name}.png`)).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true })
  return { width: info.width, height: info.height, pixels: new Uint8Array(data), ppi: 500 }
}

/** The plain sharp greyscale decoding, as other parts of the project read these files. */
async function nistFromGreyscale(name: string): Promise<GreyImage> {
  const { data, info } = await sharp(path.join(nistFolder, `${name}.png`)).greyscale().raw().toBuffer({ resolveWithObject: true })
  return { width: info.width, height: info.height, pixels: new Uint8Array(data), ppi: 500 }
}

function uniformNoise(width: number, height: number, seed: number): GreyImage {
  const image = greyImage(width, height)
  let state = seed
  for (let i = 0; i < image.pixels.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    image.pixels[i] = state >>> 24
  }
  return image
}

const nist = new Map<string, GreyImage>()
beforeAll(async () => {
  for (const name of nistNames) {
    nist.set(`alpha:${name}`, await nistFromAlpha(name))
    nist.set(`grey:${name}`, await nistFromGreyscale(name))
  }
})
const print = (name: string, decoding: 'alpha' | 'grey' = 'alpha'): GreyImage => nist.get(`${decoding}:${name}`)!

describe('capture quality gate', () => {
  it.each(nistNames)('accepts the NIST %s sample, decoded either way', (name) => {
    for (const decoding of ['alpha', 'grey'] as const) {
      const report = assessQuality(print(name, decoding))
      expect(report.feedback, `${name} (${decoding})`).toBe('ok')
      expect(report.acceptable).toBe(true)
      expect(report.score).toBeGreaterThanOrEqual(50)
      expect(report.score).toBeLessThanOrEqual(100)
    }
  })

  it('reports every proxy for the technician view', () => {
    const { measures } = assessQuality(print('whorl'))
    for (const name of ['imageMean', 'foregroundPixels', 'contrast', 'coherence', 'ridgePeriod', 'centreOffset', 'inkCoverage', 'darkBlotchFraction']) {
      expect(measures).toHaveProperty(name)
    }
    expect(measures.coherence).toBeGreaterThan(0.5)
    expect(measures.foregroundFraction).toBeGreaterThan(0.9)
    expect(measures.centreOffset).toBeLessThan(0.1)
  })

  it('says no finger for an empty (white) platen', () => {
    const report = assessQuality(greyImage(300, 400, 500, 255))
    expect(report).toMatchObject({ feedback: 'no-finger', acceptable: false, score: 0 })
  })

  it('says no finger for an empty platen with sensor noise', () => {
    const image = greyImage(300, 400, 500)
    let state = 11
    for (let i = 0; i < image.pixels.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      image.pixels[i] = 232 + (state >>> 28) // 232..247: σ ≈ 4.6
    }
    expect(assessQuality(image).feedback).toBe('no-finger')
  })

  it('fails a uniform grey image', () => {
    const report = assessQuality(greyImage(300, 400, 500, 128))
    expect(report.acceptable).toBe(false)
    expect(report.feedback).toBe('no-finger')
  })

  it('calls random noise smudged, not a finger', () => {
    const report = assessQuality(uniformNoise(300, 400, 7))
    expect(report.feedback).toBe('smudged')
    expect(report.acceptable).toBe(false)
    expect(report.measures.coherence).toBeLessThan(0.2)
    expect(report.score).toBeLessThan(20)
  })

  it.each(nistNames)('asks to press harder for a very faint %s', (name) => {
    for (const decoding of ['alpha', 'grey'] as const) {
      const report = assessQuality(faintPrint(print(name, decoding), 0.2))
      expect(report.feedback, `${name} (${decoding})`).toBe('press-harder')
      expect(report.acceptable).toBe(false)
    }
  })

  it.each(nistNames)('asks to re-centre when most of the %s is off the image', (name) => {
    const report = assessQuality(shiftedPrint(print(name), -180, 40))
    expect(report.feedback).toBe('re-centre')
    expect(report.acceptable).toBe(false)
  })

  it.each(nistNames)('asks to press lighter for a very dark, blotchy %s', (name) => {
    for (const decoding of ['alpha', 'grey'] as const) {
      const report = assessQuality(darkBlotchyPrint(print(name, decoding), 3))
      expect(['press-lighter', 'smudged'], `${name} (${decoding})`).toContain(report.feedback)
      expect(report.acceptable).toBe(false)
    }
  })

  it('takes thresholds from the caller over the defaults', () => {
    const strict = assessQuality(print('arch'), { minForegroundPixels: 100_000 })
    expect(strict.feedback).toBe('too-small')
    expect(strict.acceptable).toBe(false)
    const demanding = assessQuality(print('whorl'), { minScore: 99 })
    expect(demanding.acceptable).toBe(false)
    expect(defaultQualityThresholds.minForegroundPixels).toBe(40_000)
  })

  it('scales block size and areas with the resolution', () => {
    const image = print('loop-right')
    const at1000 = assessQuality({ ...image, ppi: 1000 })
    // The same pixels at twice the resolution are a quarter of the skin area.
    expect(at1000.measures.foregroundPixels).toBeCloseTo(assessQuality(image).measures.foregroundPixels! / 4, -3)
  })

  it('rejects an image whose pixel buffer does not match its size', () => {
    expect(() => assessQuality({ width: 10, height: 10, pixels: new Uint8Array(50), ppi: 500 })).toThrow(RangeError)
  })
})

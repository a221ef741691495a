import { beforeAll, describe, expect, it } from 'vitest'
import { createFinger, randomImpressionOptions, renderImpression } from '../../../../drivers/simulators/fingerprint/synthetic'
import { compare } from './compare-templates'
import { extractMinutiae } from './extract-minutiae'
import { DEFAULT_VERIFICATION_THRESHOLD } from './fpir-threshold'
import { prepareTemplate, type PreparedTemplate } from './prepared-template'

// Two impressions each of two generated fingers, placed the way a traveller might (rotation up to
// ±20°, shift up to ±25 px, distortion, pressure, dryness): what the bench measures at scale.
let impressions: PreparedTemplate[][] = []
beforeAll(() => {
  impressions = [11, 12].map((seed) => {
    const finger = createFinger(seed)
    return [1, 2].map((k) => prepareTemplate(extractMinutiae(renderImpression(finger, k, randomImpressionOptions(seed * 100 + k)))))
  })
})

describe('the built-in engine on synthetic fingers', () => {
  it('verifies two impressions of the same finger', () => {
    for (const [a, b] of impressions) expect(compare(a!, b!)).toBeGreaterThan(DEFAULT_VERIFICATION_THRESHOLD)
  })

  it('rejects impressions of different fingers', () => {
    for (const a of impressions[0]!) for (const b of impressions[1]!) expect(compare(a, b)).toBeLessThan(DEFAULT_VERIFICATION_THRESHOLD)
  })
})

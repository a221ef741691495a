import { describe, expect, it } from 'vitest'
import { createFinger, renderImpression } from '../../../../drivers/simulators/fingerprint/synthetic/index'
import { greyImage } from '../../../../shared/fingerprints/grey-image'
import { composeSlap } from '../simulation/slap-composition'
import { fingersLeftToRight, segmentSlap } from './slap-segmentation'

const finger = (seed: number) => renderImpression(createFinger(seed), 1)

describe('slap segmentation', () => {
  const prints = [finger(11), finger(12), finger(13), finger(14)]

  it('splits a four-finger slap into its fingers, left to right', () => {
    const slap = composeSlap(prints)
    const result = segmentSlap(slap, 13)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.fingers.map((f) => f.position)).toEqual([2, 3, 4, 5])
    // Each crop sits over the finger it came from (boxes ordered, not overlapping, about a finger wide).
    for (let k = 1; k < 4; k++) expect(result.fingers[k]!.box.x).toBeGreaterThan(result.fingers[k - 1]!.box.x + result.fingers[k - 1]!.box.width - 20)
    for (const f of result.fingers) expect(f.image.width).toBeGreaterThan(120)
    expect(fingersLeftToRight(14)).toEqual([10, 9, 8, 7])
  })

  it('splits two thumbs on a full-width platen', () => {
    const result = segmentSlap(composeSlap([prints[0]!, prints[1]!], 24, 1600), 15)
    expect(result.ok && result.fingers.map((f) => f.position)).toEqual([6, 1])
  })

  it('reports a slap with a finger missing instead of guessing', () => {
    expect(segmentSlap(composeSlap(prints.slice(0, 3)), 13)).toEqual({ ok: false, found: 3, expected: 4 })
    expect(segmentSlap(greyImage(1200, 400), 13)).toEqual({ ok: false, found: 0, expected: 4 })
  })
})

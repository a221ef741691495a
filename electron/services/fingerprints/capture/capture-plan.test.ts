import { describe, expect, it } from 'vitest'
import { capturePlan, nextStepIndex } from './capture-plan'

describe('capture plan', () => {
  it('takes the right then the left index finger at the primary line, whatever the pad', () => {
    expect(capturePlan(['single-finger', 'slap-4-4-2'], { kind: 'primary-line' })).toEqual([
      { position: 2, mode: 'single', fingers: [2] },
      { position: 7, mode: 'single', fingers: [7] },
    ])
  })

  it('is configurable', () => {
    expect(capturePlan(['single-finger'], { kind: 'primary-line', primaryFingers: [3] }).map((s) => s.position)).toEqual([3])
    expect(() => capturePlan(['single-finger'], { kind: 'primary-line', primaryFingers: [13] })).toThrow(RangeError)
  })

  it('takes 4-4-2 slaps on a slap-capable pad and ten single fingers otherwise', () => {
    const slaps = capturePlan(['single-finger', 'slap-4-4-2'], { kind: 'ten-print' })
    expect(slaps.map((s) => [s.position, s.mode, s.fingers.length])).toEqual([
      [13, 'slap', 4],
      [14, 'slap', 4],
      [15, 'slap', 2],
    ])
    const singles = capturePlan(['single-finger'], { kind: 'ten-print' })
    expect(singles).toHaveLength(10)
    expect(singles.every((s) => s.mode === 'single')).toBe(true)
  })

  it('says which step comes next', () => {
    const steps = capturePlan(['slap-4-4-2'], { kind: 'ten-print' })
    expect(nextStepIndex(steps, new Set())).toBe(0)
    expect(nextStepIndex(steps, new Set([2, 3, 4, 5]))).toBe(1)
    expect(nextStepIndex(steps, new Set([2, 3, 4, 5, 7, 8, 9, 10, 1]))).toBe(2)
    expect(nextStepIndex(steps, new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBeNull()
  })
})

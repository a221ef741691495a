import { describe, expect, it } from 'vitest'
import { normaliseName } from './normalise-name'
import { FIRST_GIVEN_NAME_MISSING_WEIGHT, MISSING_PART_WEIGHT, scoreNames, SINGLE_PART_CAP } from './score-name'

const score = (a: string, b: string, familyNameWeight?: number) =>
  scoreNames(normaliseName(a), normaliseName(b), familyNameWeight === undefined ? {} : { familyNameWeight })

describe('scoreNames', () => {
  it('charges a conflicting part fully and a missing middle name lightly', () => {
    // SMITH (1.3) and JOHN (1) match; PAUL is missing (0.3) or conflicts with PETER (1).
    expect(score('SMITH, JOHN PAUL', 'SMITH, JOHN').score).toBeCloseTo(2.3 / (2.3 + MISSING_PART_WEIGHT), 10)
    expect(score('SMITH, JOHN PAUL', 'SMITH, JOHN PETER').score).toBeCloseTo(2.3 / 3.3, 10)
  })

  it('charges a missing first given name like a conflict', () => {
    const result = score('SALEH, ALI ABDULLAH', 'SALEH, AHMED ALI ABDULLAH')
    expect(result.score).toBeCloseTo(3.3 / (3.3 + FIRST_GIVEN_NAME_MISSING_WEIGHT), 10)
    expect(result.features.find((f) => f.code === 'given-name-missing')?.detail).toContain('first given name')
  })

  it('uses the family-name weight option', () => {
    expect(score('PETROV, ANNA', 'SIDOROV, ANNA', 1).score).toBeCloseTo(0.5, 10)
    expect(score('PETROV, ANNA', 'SIDOROV, ANNA', 3).score).toBeCloseTo(0.25, 10)
  })

  it('joins a compound written in two parts on one side', () => {
    const result = score('RAHIMI, MOHAMMAD REZA', 'RAHIMI, MOHAMMADREZA')
    expect(result.features.map((f) => f.code)).toEqual(['family-name-exact', 'given-name-exact'])
    expect(result.score).toBe(1)
  })

  it('caps one matching part, penalises swapped roles, and adds contributions up to the score', () => {
    const single = score('ZAHRANI', 'MOHAMMED ZAHRANI')
    expect(single.score).toBe(SINGLE_PART_CAP)
    const swapped = score('IVANOV, SERGEI', 'SERGEI, IVANOV')
    expect(swapped.features.map((f) => f.code)).toContain('name-order-swapped')
    for (const result of [single, swapped, score('AL-ZAHRANI, MOHAMMED ALI', 'ZAHRANI, MUHAMMAD')]) {
      expect(result.features.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(result.score, 10)
    }
  })
})

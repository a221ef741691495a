import { describe, expect, it } from 'vitest'
import { nameIndexKeys } from './name-keys'
import { scorePersonName } from './score-person'
import { DEFAULT_PERSON_THRESHOLD } from './score-person'

const score = (a: string, b: string) => scorePersonName(a, b)

describe('nicknames', () => {
  it.each([
    ['PETROV, Sasha', 'PETROV, Aleksandr'],
    ['PETROV, Sasha', 'PETROV, Alexander'],
    ['PETROVA, Sasha', 'PETROVA, Aleksandra'],
    ['GARCIA, Pepe', 'GARCIA, José'],
    ['HARRIS, Bill', 'HARRIS, William'],
    ['WEBER, Hans', 'WEBER, Johannes'],
  ])('%s is %s, said so in the explanation', (a, b) => {
    const s = score(a, b)
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_PERSON_THRESHOLD)
    expect(s.features.some((f) => f.code === 'given-name-nickname' && /short form/.test(f.detail))).toBe(true)
  })

  it.each([
    ['PETROV, Sasha', 'PETROV, Aleksei'],
    ['GARCIA, Pepe', 'GARCIA, Pedro'],
    ['HARRIS, Bill', 'HARRIS, Robert'],
  ])('%s is not %s: a nickname stands for its own names only', (a, b) => {
    expect(score(a, b).score).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
  })

  it('is for given names only: a family name that is also a nickname is compared as written', () => {
    expect(score('BILL, John', 'WILLIAM, John').score).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
  })

  it('gives the nickname the retrieval keys of its formal names, so either finds the other', () => {
    const shared = (a: string, b: string) => nameIndexKeys(a).filter((k) => nameIndexKeys(b).includes(k))
    expect(shared('Sasha', 'Aleksandr')).not.toEqual([])
    expect(shared('Pepe', 'Jose')).not.toEqual([])
    expect(shared('Bill', 'William')).not.toEqual([])
  })
})

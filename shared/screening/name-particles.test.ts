import { describe, expect, it } from 'vitest'
import { GAELIC_PREFIXES, NAME_PARTICLES, NAME_TITLES } from './name-particles'

describe('name particles and titles', () => {
  it('are in MRZ form and do not overlap', () => {
    for (const word of [...NAME_PARTICLES, ...NAME_TITLES, ...GAELIC_PREFIXES]) expect(word).toMatch(/^[A-Z]+$/)
    for (const word of NAME_PARTICLES) expect(NAME_TITLES.has(word), word).toBe(false)
  })

  it('cover the particles of the brief', () => {
    for (const word of ['AL', 'EL', 'BIN', 'BEN', 'IBN', 'VAN', 'VON', 'DE', 'DA', 'DI', 'DEL', 'LA', 'LE', 'DER', 'DEN', 'TER']) {
      expect(NAME_PARTICLES.has(word), word).toBe(true)
    }
  })
})

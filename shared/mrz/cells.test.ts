import { describe, expect, it } from 'vitest'
import { parseMrz } from './index'

const TD3_UTOPIA = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']

describe('positions are shared, frozen objects', () => {
  it('two results reference the same position objects, in arrays of their own', () => {
    const a = parseMrz(TD3_UTOPIA).fields[3]
    const b = parseMrz(TD3_UTOPIA).fields[3]
    expect(a?.positions[0]).toBe(b?.positions[0])
    expect(a?.positions).not.toBe(b?.positions)
  })

  it('so a consumer mutating one fails loudly instead of corrupting other results', () => {
    const position = parseMrz(TD3_UTOPIA).fields[0]?.positions[0]
    expect(Object.isFrozen(position)).toBe(true)
    expect(() => {
      ;(position as { line: number }).line = 9
    }).toThrow(TypeError)
    expect(parseMrz(TD3_UTOPIA).fields[0]?.positions[0]).toEqual({ line: 0, column: 0 })
  })
})

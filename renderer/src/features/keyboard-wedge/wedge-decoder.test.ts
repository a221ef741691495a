import { describe, expect, it } from 'vitest'
import { parseMrz } from '../../../../shared/mrz'
import { WedgeDecoder, type WedgeKey } from './wedge-decoder'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const valid = (lines: string[]) => parseMrz(lines).valid

// What a scanner configured as a US keyboard sends (physical keys), and what a host layout makes of it.
const US_CODE = (c: string) => (c === '<' ? { code: 'Comma', shift: true } : /\d/.test(c) ? { code: `Digit${c}`, shift: false } : { code: `Key${c}`, shift: true })
const AZERTY_KEY: Record<string, string> = { KeyQ: 'a', KeyA: 'q', KeyW: 'z', KeyZ: 'w', KeyM: ',', Comma: ';', Digit1: '&', Digit2: 'é', Digit3: '"', Digit4: "'", Digit5: '(', Digit6: '-', Digit7: 'è', Digit8: '_', Digit9: 'ç', Digit0: 'à' }
const QWERTZ_KEY: Record<string, string> = { KeyY: 'z', KeyZ: 'y', Comma: ';' }

function burst(lines: string[], host: 'us' | 'azerty' | 'qwertz', gapMs = 4, start = 1000): WedgeKey[] {
  const keys: WedgeKey[] = []
  let t = start
  for (const line of lines) {
    for (const c of line) {
      const { code, shift } = US_CODE(c)
      let key = c
      if (host === 'azerty') key = AZERTY_KEY[code] ?? c
      if (host === 'qwertz') key = QWERTZ_KEY[code] ?? c
      if (host !== 'us' && code === 'Comma') key = shift ? (host === 'azerty' ? '.' : ';') : key
      keys.push({ key, code, shiftKey: shift, time: (t += gapMs) })
    }
    keys.push({ key: 'Enter', code: 'Enter', shiftKey: false, time: (t += gapMs) })
  }
  return keys
}

function run(keys: WedgeKey[]) {
  const d = new WedgeDecoder()
  const verdicts = keys.map((k) => d.key(k).kind)
  return { verdicts, result: d.settle(valid) }
}

describe('keyboard-wedge decoder', () => {
  it('decodes a scanner burst on a US host from the typed keys, swallowing all but the first key', () => {
    const { verdicts, result } = run(burst(TD3, 'us'))
    expect(result).toMatchObject({ scanner: true, lines: TD3, decodedBy: 'key', leakedKeys: 1 })
    expect(verdicts[0]).toBe('pass')
    expect(verdicts.slice(1).every((v) => v === 'swallow')).toBe(true)
  })

  it('survives an AZERTY host with a US-configured scanner by decoding the physical keys', () => {
    expect(run(burst(TD3, 'azerty')).result).toMatchObject({ scanner: true, lines: TD3, decodedBy: 'code' })
  })

  it('survives a QWERTZ host (Y and Z swapped, no < key where the scanner expects it)', () => {
    expect(run(burst(TD3, 'qwertz')).result).toMatchObject({ scanner: true, lines: TD3, decodedBy: 'code' })
  })

  it('takes a person typing at human speed for a person: nothing swallowed, nothing read', () => {
    const { verdicts, result } = run(burst(['ADMIT'], 'us', 140))
    expect(verdicts.every((v) => v === 'pass')).toBe(true)
    expect(result).toBeNull()
  })

  it('gives back keys swallowed from a short fast burst (a quick typist)', () => {
    const keys: WedgeKey[] = [...'hello'].map((c, i) => ({ key: c, code: `Key${c.toUpperCase()}`, shiftKey: false, time: 100 + i * 20 }))
    const { result } = run(keys)
    expect(result).toMatchObject({ scanner: false, replay: 'ello' })
    expect(result!.personRuns[0]!.map((k) => k.key).join('')).toBe('hello')
  })

  it('a pause in a fast run gives the swallowed keys back instead of losing them', () => {
    const d = new WedgeDecoder()
    d.key({ key: 'a', code: 'KeyA', shiftKey: false, time: 0 })
    expect(d.key({ key: 'b', code: 'KeyB', shiftKey: false, time: 20 }).kind).toBe('swallow')
    expect(d.key({ key: 'c', code: 'KeyC', shiftKey: false, time: 400 }).kind).toBe('pass')
    expect(d.settle(valid)).toMatchObject({ scanner: false, replay: 'b' })
  })
})

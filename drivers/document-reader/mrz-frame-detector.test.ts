import { describe, expect, it } from 'vitest'
import { MrzFrameDetector } from './mrz-frame-detector'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']
const bytes = (s: string) => new TextEncoder().encode(s)

describe('MrzFrameDetector', () => {
  it('emits a TD3 as soon as its last line ends (CR)', () => {
    const d = new MrzFrameDetector()
    expect(d.push(bytes(`${TD3[0]}\r`))).toEqual([])
    const out = d.push(bytes(`${TD3[1]}\r`))
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
  })

  it('accepts CRLF and fragmented delivery, byte by byte', () => {
    const d = new MrzFrameDetector()
    const events = [...bytes(TD1.map((l) => `${l}\r\n`).join(''))].flatMap((b) => d.push(Uint8Array.of(b)))
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ type: 'document', lines: TD1 })
  })

  it('strips 3M framing, maps _ padding to <, skips the empty leading line', () => {
    const d = new MrzFrameDetector()
    const framed = `\x01\x5a\x00OU\x02\x00\r${TD3[0]}\r${TD3[1]}\r\x03\x17`
    const out = d.push(bytes(framed.replaceAll('<<<<<10', '___<<10')))
    expect(out[0]).toMatchObject({ type: 'document', lines: TD3, checkDigitsPassed: true })
  })

  it('holds a read whose check digits fail until the line goes quiet, then reports it as failed', () => {
    const d = new MrzFrameDetector()
    const bad = [TD3[0]!, TD3[1]!.replace('L898902C36', 'L898902C35')]
    expect(d.push(bytes(bad.map((l) => `${l}\r`).join('')))).toEqual([])
    expect(d.flush()).toEqual([expect.objectContaining({ type: 'document', lines: bad, checkDigitsPassed: false })])
  })

  it('prefers a valid pair when a stray line came first', () => {
    const d = new MrzFrameDetector()
    const stray = 'X'.repeat(44)
    const out = d.push(bytes(`${stray}\r${TD3[0]}\r${TD3[1]}\r`))
    expect(out.filter((e) => e.type === 'document' && e.checkDigitsPassed)).toEqual([expect.objectContaining({ lines: TD3 })])
  })

  it('reports a partial line (document pulled out) on flush, and never completes it with later bytes', () => {
    const d = new MrzFrameDetector()
    d.push(bytes(`${TD3[0]}\r${TD3[1]!.slice(0, 12)}`))
    expect(d.flush()).toEqual([expect.objectContaining({ type: 'incomplete', reason: 'partial-line' })])
    expect(d.push(bytes(`${TD3[1]!.slice(12)}\r`))).toEqual([])
    expect(d.flush()).toEqual([expect.objectContaining({ type: 'incomplete' })])
  })

  it('reports noise as noise', () => {
    const d = new MrzFrameDetector()
    expect(d.push(Uint8Array.of(0x9f, 0x41, 0x07, 0x2a, 0xff, 0x0d))).toEqual([])
    expect(d.flush()).toEqual([expect.objectContaining({ type: 'incomplete', reason: 'noise' })])
  })

  it('drops the duplicate a swipe reader sends within two seconds, not a later re-read', () => {
    let now = 0
    const d = new MrzFrameDetector({ now: () => now })
    const once = bytes(TD3.map((l) => `${l}\r`).join(''))
    expect(d.push(once)).toHaveLength(1)
    now = 500
    expect(d.push(once)).toHaveLength(0)
    now = 5000
    expect(d.push(once)).toHaveLength(1)
  })
})

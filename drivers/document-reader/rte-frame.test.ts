import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { encodeRteFrame, RteFrameDecoder, rteMrzLines, rteOpticalLines, xorBcc, type RteDecoderEvent } from './rte-frame'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6']

const ascii = (s: string) => Buffer.from(s, 'latin1')
const frames = (events: RteDecoderEvent[]) => events.filter((e) => e.type === 'frame')
const errors = (events: RteDecoderEvent[]) => events.filter((e) => e.type === 'error').map((e) => (e.type === 'error' ? `${e.reason}:${e.detail}` : ''))

/** A frame built by hand from the wire description, independent of the encoder. */
function handFrame(text: string, lengthWord?: number): Uint8Array {
  const body = [0x4f, 0x55, 0x02, 0x00, ...ascii(text), 0x03]
  const total = 1 + 2 + body.length + 1
  const word = lengthWord ?? total
  const afterSoh = [word & 0xff, word >> 8, ...body]
  const bcc = afterSoh.reduce((a, b) => a ^ b, 0)
  return Uint8Array.from([0x01, ...afterSoh, bcc])
}

describe('RTE frame encoder', () => {
  it('lays a TD1 out as three 30-character lines in a whole-block-length, XOR-BCC frame', () => {
    const expected = handFrame(TD1.map((l) => `${l}\r`).join(''))
    expect(expected.length).toBe(102)
    expect([...encodeRteFrame(TD1)]).toEqual([...expected])
    expect(expected[1]).toBe(102)
    expect(expected[2]).toBe(0)
  })

  it('puts a 2-line passport at the bottom: CR line2 CR line3 CR', () => {
    const f = encodeRteFrame(TD3)
    expect([...f]).toEqual([...handFrame(`\r${TD3[0]}\r${TD3[1]}\r`)])
    expect(f.length).toBe(100)
  })

  it('pads short lines with _ to 30 or 44 and cuts long ones at 44', () => {
    expect(rteOpticalLines(TD2)).toEqual(['', TD2[0]!.padEnd(44, '_'), TD2[1]!.padEnd(44, '_')])
    expect(rteOpticalLines(['ABC', 'X'.repeat(50)])).toEqual(['', 'ABC'.padEnd(30, '_'), 'X'.repeat(44)])
  })

  it('computes BCC as the XOR of everything after SOH through ETX', () => {
    const f = encodeRteFrame(TD1)
    expect(f[f.length - 1]).toBe(xorBcc(f, 1, f.length - 1))
    expect(f[f.length - 2]).toBe(0x03)
  })
})

describe('RTE frame decoder', () => {
  it('yields the MRZ lines of a TD3, TD1 and a padded TD2', () => {
    const d = new RteFrameDecoder()
    const out = d.push(Buffer.concat([encodeRteFrame(TD3), encodeRteFrame(TD1), encodeRteFrame(TD2)]))
    expect(out.map((e) => (e.type === 'frame' ? e.mrz : e))).toEqual([TD3, TD1, TD2])
    expect(d.hasPending).toBe(false)
  })

  it('decodes a hand-built frame (not only what its own encoder makes)', () => {
    const out = new RteFrameDecoder().push(handFrame(`\r${TD3[0]}\r${TD3[1]}\r`))
    expect(out).toEqual([expect.objectContaining({ type: 'frame', flag: 0, lines: ['', TD3[0], TD3[1]], mrz: TD3 })])
  })

  it('gives the same frames whatever the fragmentation', () => {
    const stream = Buffer.concat([encodeRteFrame(TD3), encodeRteFrame(TD1)])
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 40 }), (cuts) => {
        const d = new RteFrameDecoder()
        const points = [0, ...cuts.sort((a, b) => a - b), stream.length]
        const out: RteDecoderEvent[] = []
        for (let i = 0; i + 1 < points.length; i++) out.push(...d.push(stream.subarray(points[i], points[i + 1])))
        expect(out.map((e) => (e.type === 'frame' ? e.mrz : e))).toEqual([TD3, TD1])
      }),
    )
  })

  it('reports garbage before a frame as noise and resynchronises on the SOH', () => {
    const d = new RteFrameDecoder()
    const out = d.push(Buffer.concat([ascii('\x9f\x41garbage\x7f'), encodeRteFrame(TD3)]))
    expect(errors(out)).toEqual(['noise:bytes-outside-frame'])
    expect(frames(out)).toHaveLength(1)
  })

  it('treats an SOH that is not followed by a frame header as noise', () => {
    const d = new RteFrameDecoder()
    const out = d.push(Buffer.concat([Uint8Array.of(0x01, 0x10, 0x00, 0x41), encodeRteFrame(TD1)]))
    expect(errors(out)).toEqual(['noise:bytes-outside-frame'])
    expect(frames(out).map((f) => (f.type === 'frame' ? f.mrz : null))).toEqual([TD1])
  })

  it('rejects a wrong BCC as bad-frame and still reads the next frame', () => {
    const bad = Uint8Array.from(encodeRteFrame(TD3))
    bad[bad.length - 1]! ^= 0x40
    const out = new RteFrameDecoder().push(Buffer.concat([bad, encodeRteFrame(TD1)]))
    expect(errors(out)).toEqual(['bad-frame:bcc-mismatch'])
    expect(frames(out)).toHaveLength(1)
  })

  it('rejects a data byte flipped in transit (BCC catches it)', () => {
    const bad = Uint8Array.from(encodeRteFrame(TD3))
    bad[20]! ^= 0x02
    const out = new RteFrameDecoder().push(bad)
    expect(errors(out)).toEqual(['bad-frame:bcc-mismatch'])
    expect(frames(out)).toHaveLength(0)
  })

  it('rejects a length word that puts ETX in the wrong place, without calling the rest of the frame noise', () => {
    const good = encodeRteFrame(TD3)
    const short = handFrame(`\r${TD3[0]}\r${TD3[1]}\r`, good.length - 2)
    const d = new RteFrameDecoder()
    const out = [...d.push(Buffer.concat([short, encodeRteFrame(TD1)])), ...d.flush()]
    expect(errors(out)).toEqual(['bad-frame:etx-missing'])
    expect(frames(out).map((f) => (f.type === 'frame' ? f.mrz : null))).toEqual([TD1])
  })

  it('rejects an absurd length at once instead of waiting for kilobytes', () => {
    const f = Uint8Array.from(encodeRteFrame(TD1))
    f[1] = 0xff
    f[2] = 0x3f
    const out = new RteFrameDecoder().push(f)
    expect(errors(out)).toEqual(['bad-frame:length-out-of-range'])
    const tiny = Uint8Array.from(encodeRteFrame(TD1))
    tiny[1] = 5
    expect(errors(new RteFrameDecoder().push(tiny))).toEqual(['bad-frame:length-out-of-range'])
  })

  it('uses only 14 bits of the length word', () => {
    const f = Uint8Array.from(encodeRteFrame(TD1))
    f[2] = f[2]! | 0xc0
    f[f.length - 1] = xorBcc(f, 1, f.length - 1)
    expect(frames(new RteFrameDecoder().push(f))).toHaveLength(1)
  })

  it('rejects an intact frame that does not hold exactly three CR-terminated printable lines', () => {
    const two = handFrame(`${TD3[0]}\r${TD3[1]}\r`)
    const ctrl = handFrame(`\r${TD3[0]}\r${TD3[1]!.slice(0, 10)}\x07${TD3[1]!.slice(11)}\r`)
    const noFinalCr = handFrame(`\r${TD3[0]}\r${TD3[1]}`)
    for (const f of [two, ctrl, noFinalCr]) expect(errors(new RteFrameDecoder().push(f))).toEqual(['bad-frame:data-layout'])
  })

  it('reports half a frame cut off by a new frame as partial, and reads the new one', () => {
    const first = encodeRteFrame(TD3)
    const out = new RteFrameDecoder().push(Buffer.concat([first.subarray(0, 40), encodeRteFrame(TD1)]))
    expect(errors(out)).toEqual(['partial-line:interrupted'])
    expect(frames(out).map((f) => (f.type === 'frame' ? f.mrz : null))).toEqual([TD1])
  })

  it('reports half a frame followed by silence as partial on flush, and never completes it later', () => {
    const f = encodeRteFrame(TD3)
    const d = new RteFrameDecoder()
    expect(d.push(f.subarray(0, 50))).toEqual([])
    expect(d.hasPending).toBe(true)
    expect(errors(d.flush())).toEqual(['partial-line:truncated'])
    const rest = [...d.push(f.subarray(50)), ...d.flush()]
    expect(frames(rest)).toHaveLength(0)
    expect(errors(rest)).toEqual(['noise:bytes-outside-frame'])
  })

  it('accepts frames whose length counts the bytes after the length word when so configured, and only then', () => {
    const f = encodeRteFrame(TD1, { lengthConvention: 'after-length-word' })
    expect(f[1]).toBe(99)
    expect(frames(new RteFrameDecoder({ lengthConvention: 'after-length-word' }).push(f))).toHaveLength(1)
    const d = new RteFrameDecoder()
    const out = [...d.push(f), ...d.flush()]
    expect(frames(out)).toHaveLength(0)
    expect(errors(out)[0]).toMatch(/^(bad-frame|partial-line)/)
  })

  it('never yields a frame from random bytes, and never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const d = new RteFrameDecoder()
        const out = [...d.push(bytes), ...d.flush()]
        expect(frames(out)).toHaveLength(0)
        expect(d.hasPending).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('finds a frame inside random garbage that holds no SOH', () => {
    const noSoh = fc.uint8Array({ maxLength: 80 }).map((a) => a.map((b) => (b === 0x01 ? 0x02 : b)))
    fc.assert(
      fc.property(noSoh, noSoh, (before, after) => {
        const d = new RteFrameDecoder()
        const out = [...d.push(Buffer.concat([before, encodeRteFrame(TD3), after])), ...d.flush()]
        expect(frames(out).map((f) => (f.type === 'frame' ? f.mrz : null))).toEqual([TD3])
      }),
      { numRuns: 200 },
    )
  })
})

describe('rteMrzLines', () => {
  it('strips trailing _ padding only; an _ inside a line stays (unreadable character)', () => {
    expect(rteMrzLines(['', `${TD2[0]}________`, `${TD2[1]}________`])).toEqual(TD2)
    expect(rteMrzLines(['', 'P<UTO_RIKSSON', 'X'])).toEqual(['P<UTO_RIKSSON', 'X'])
  })

  it('takes the bottom two lines when three are present but they are not a TD1', () => {
    expect(rteMrzLines(['STRAY TEXT', TD3[0]!, TD3[1]!])).toEqual(TD3)
    expect(rteMrzLines(TD1)).toEqual(TD1)
  })
})

import { describe, expect, it } from 'vitest'
import { encodeVirtualImage, encodeVirtualImageHeader, VirtualImageDecoder, type VirtualImageEvent } from './virtual-image-frame'

const image = (width: number, height: number, fill = 200) => ({ width, height, pixels: new Uint8Array(width * height).fill(fill) })
const types = (events: VirtualImageEvent[]) => events.map((e) => (e.type === 'bad-frame' ? `bad-frame:${e.detail}` : e.type))

describe('virtual_image framing', () => {
  it('lays out a frame as two little-endian int32s then the grey bytes, as struct.pack("ii") does', () => {
    const f = encodeVirtualImage({ width: 3, height: 2, pixels: Uint8Array.of(1, 2, 3, 4, 5, 6) })
    expect([...f]).toEqual([3, 0, 0, 0, 2, 0, 0, 0, 1, 2, 3, 4, 5, 6])
    expect([...encodeVirtualImageHeader(-4, 1)]).toEqual([0xfc, 0xff, 0xff, 0xff, 1, 0, 0, 0])
    expect(() => encodeVirtualImage({ width: 3, height: 2, pixels: new Uint8Array(5) })).toThrow(RangeError)
  })

  it('decodes an image in any fragmentation once the next header or silence proves where it ended', () => {
    const stream = Uint8Array.from([...encodeVirtualImage(image(40, 30)), ...encodeVirtualImageHeader(-4, 0)])
    for (const size of [1, 7, 1000, stream.length]) {
      const d = new VirtualImageDecoder()
      const out: VirtualImageEvent[] = []
      for (let i = 0; i < stream.length; i += size) out.push(...d.push(stream.subarray(i, i + size)))
      expect(types(out)).toEqual(['image', 'finger'])
      expect(out[0]).toMatchObject({ width: 40, height: 30 })
    }
    const d = new VirtualImageDecoder()
    expect(d.push(encodeVirtualImage(image(4, 4)))).toEqual([])
    expect(d.hasPending).toBe(true)
    expect(d.midFrame).toBe(false)
    expect(types(d.flush())).toEqual(['image'])
  })

  it('decodes the commands and rejects values outside their documented ranges', () => {
    const d = new VirtualImageDecoder()
    const out = d.push(
      Uint8Array.from([...encodeVirtualImageHeader(-1, 2), ...encodeVirtualImageHeader(-2, 10), ...encodeVirtualImageHeader(-3, 0), ...encodeVirtualImageHeader(-4, 1), ...encodeVirtualImageHeader(-5, 0)]),
    )
    expect(out).toEqual([
      { type: 'retry', retry: 'center-finger' },
      { type: 'device-error', error: 'removed' },
      { type: 'auto-finger', enabled: false },
      { type: 'finger', present: true },
      { type: 'removed' },
    ])
    for (const [a, b] of [[-1, 9], [-3, 2], [-9, 0], [100, -1]] as const) {
      const bad = new VirtualImageDecoder()
      expect(types(bad.push(encodeVirtualImageHeader(a, b)))).toEqual([a >= 0 ? 'bad-frame:size-out-of-range' : 'bad-frame:unknown-command'])
      expect(bad.broken).toBe(true)
    }
  })

  it('rejects a zero or oversized side, and ignores everything after until reset', () => {
    for (const [w, h, detail] of [[0, 10, 'zero-size'], [10, 0, 'zero-size'], [4097, 10, 'size-out-of-range'], [10, 5001, 'size-out-of-range']] as const) {
      const d = new VirtualImageDecoder()
      expect(types(d.push(encodeVirtualImageHeader(w, h)))).toEqual([`bad-frame:${detail}`])
      expect(d.push(encodeVirtualImage(image(4, 4)))).toEqual([])
      expect(d.flush()).toEqual([])
      d.reset()
      d.push(encodeVirtualImage(image(4, 4)))
      expect(types(d.flush())).toEqual(['image'])
    }
    expect(types(new VirtualImageDecoder({ maxSide: 5000 }).push(encodeVirtualImageHeader(4097, 10)))).toEqual([])
  })

  it('rejects an image followed by more bytes than its header announced (height disagreeing with the data)', () => {
    const img = image(50, 40, 255)
    const wrong = Uint8Array.from([...encodeVirtualImageHeader(50, 30), ...img.pixels])
    const d = new VirtualImageDecoder()
    const out = d.push(wrong)
    expect(types(out)).toEqual(['bad-frame:size-mismatch'])
    // A few stray bytes after an image, then silence: also a mismatch, not an image.
    const d2 = new VirtualImageDecoder()
    d2.push(Uint8Array.from([...encodeVirtualImage(image(5, 5)), 1, 2, 3]))
    expect(types(d2.flush())).toEqual(['bad-frame:size-mismatch'])
  })

  it('reports a frame cut short when the line goes quiet, with how much arrived', () => {
    const f = encodeVirtualImage(image(20, 20))
    const d = new VirtualImageDecoder()
    d.push(f.subarray(0, 108))
    expect(d.midFrame).toBe(true)
    expect(d.flush()).toEqual([{ type: 'truncated', expectedBytes: 408, receivedBytes: 108 }])
    expect(d.broken).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { encodeR30xPacket, R30xPacketDecoder, r30xChecksum, r30xPid, type R30xDecoderEvent } from './r30x-packet'
import { decodeSystemParameters, encodeSystemParameters, r30xCommandPayload } from './r30x-commands'
import { r30xOutcome } from './r30x-confirmation'
import { packR30xImage, unpackR30xImage } from './r30x-image'
import { greyImage } from '../../shared/fingerprints/grey-image'

const packets = (events: R30xDecoderEvent[]) => events.filter((e) => e.type === 'packet')

describe('R30x packet codec', () => {
  it('encodes GenImg exactly as the datasheet example', () => {
    // EF01 FFFFFFFF 01 0003 01 0005
    expect([...encodeR30xPacket({ address: 0xffffffff, pid: r30xPid.command, payload: r30xCommandPayload.genImg() })]).toEqual([
      0xef, 0x01, 0xff, 0xff, 0xff, 0xff, 0x01, 0x00, 0x03, 0x01, 0x00, 0x05,
    ])
    expect(r30xChecksum(0x01, 0x0007, [0x13, 0, 0, 0, 0])).toBe(0x1b)
    expect([...encodeR30xPacket({ address: 0xffffffff, pid: r30xPid.command, payload: r30xCommandPayload.vfyPwd(0) })].slice(-2)).toEqual([0x00, 0x1b])
  })

  it('round-trips packets delivered in any fragmentation, keeping the address', () => {
    const a = encodeR30xPacket({ address: 0x12345678, pid: r30xPid.ack, payload: Uint8Array.of(0, 1, 2) })
    const b = encodeR30xPacket({ address: 0x12345678, pid: r30xPid.endOfData, payload: new Uint8Array(128).fill(0xef) })
    const stream = Uint8Array.from([...a, ...b])
    for (const size of [1, 2, 5, 13, stream.length]) {
      const d = new R30xPacketDecoder()
      const out: R30xDecoderEvent[] = []
      for (let i = 0; i < stream.length; i += size) out.push(...d.push(stream.subarray(i, i + size)))
      expect(out.map((e) => e.type)).toEqual(['packet', 'packet'])
      expect(packets(out)[0]).toMatchObject({ address: 0x12345678, pid: r30xPid.ack, payload: Uint8Array.of(0, 1, 2) })
      expect(packets(out)[1]!.payload).toHaveLength(128)
      expect(d.hasPending).toBe(false)
    }
  })

  it('skips garbage (even a false start code) before a packet and reports it as noise', () => {
    const good = encodeR30xPacket({ address: 0xffffffff, pid: r30xPid.ack, payload: Uint8Array.of(0) })
    const d = new R30xPacketDecoder()
    const out = d.push(Uint8Array.from([0x55, 0xef, 0x01, 0xff, 0xff, 0xff, 0xff, 0x09, 0x00, 0x03, 0x13, ...good]))
    expect(out.map((e) => e.type)).toEqual(['noise', 'packet'])
    expect(out[0]!.raw).toHaveLength(11)
  })

  it('reports a checksum error once and resynchronises on the next packet, even when the bad length would swallow it', () => {
    const bad = Uint8Array.from(encodeR30xPacket({ address: 0xffffffff, pid: r30xPid.ack, payload: Uint8Array.of(0) }))
    bad[bad.length - 1]! ^= 0x40
    const good = encodeR30xPacket({ address: 0xffffffff, pid: r30xPid.ack, payload: Uint8Array.of(2) })
    const d = new R30xPacketDecoder()
    const out = d.push(Uint8Array.from([...bad, ...good]))
    expect(out.map((e) => (e.type === 'error' ? e.reason : e.type))).toEqual(['checksum-mismatch', 'packet'])
    // A corrupt length that claims 200 bytes: the real packet behind it is still found.
    const longLen = Uint8Array.from(bad)
    longLen[8] = 200
    const d2 = new R30xPacketDecoder()
    const out2 = d2.push(Uint8Array.from([...longLen, ...good, ...new Uint8Array(200)]))
    expect(packets(out2).map((p) => p.payload[0])).toEqual([2])
    expect(out2.filter((e) => e.type === 'error')).toHaveLength(1)
  })

  it('reports a packet cut short when the line goes quiet', () => {
    const good = encodeR30xPacket({ address: 0xffffffff, pid: r30xPid.data, payload: new Uint8Array(64) })
    const d = new R30xPacketDecoder()
    expect(d.push(good.subarray(0, 30))).toEqual([])
    expect(d.hasPending).toBe(true)
    expect(d.flush()).toMatchObject([{ type: 'error', reason: 'truncated' }])
    expect(d.hasPending).toBe(false)
  })
})

describe('R30x commands, confirmations and image', () => {
  it('round-trips ReadSysPara parameters', () => {
    const p = { statusRegister: 0, systemId: 9, librarySize: 1000, securityLevel: 3, address: 0xffffffff, packetSizeBytes: 128, baudMultiplier: 6 }
    expect(decodeSystemParameters(encodeSystemParameters(p))).toEqual(p)
    expect(decodeSystemParameters(new Uint8Array(15))).toBeNull()
  })

  it('maps confirmation codes to prompts and classified errors', () => {
    expect(r30xOutcome(0x01, 0x00)).toEqual({ kind: 'ok' })
    expect(r30xOutcome(0x01, 0x02)).toMatchObject({ kind: 'prompt', prompt: 'no-finger' })
    expect(r30xOutcome(0x02, 0x06)).toMatchObject({ kind: 'prompt', prompt: 'image-too-messy' })
    expect(r30xOutcome(0x02, 0x07)).toMatchObject({ kind: 'prompt', prompt: 'press-harder', detail: 'too-few-features' })
    expect(r30xOutcome(0x01, 0x01)).toMatchObject({ kind: 'error', error: { kind: 'transient', code: 'pad-packet-error' } })
    expect(r30xOutcome(0x13, 0x13)).toMatchObject({ kind: 'error', error: { kind: 'fatal', code: 'pad-wrong-password' } })
    expect(r30xOutcome(0x0a, 0x0f)).toMatchObject({ kind: 'incomplete', detail: 'upload-image-fail' })
    expect(r30xOutcome(0x06, 0x0b)).toMatchObject({ kind: 'incomplete', detail: 'command-0x06-confirmation-0x0b' })
  })

  it('packs two pixels per byte, left pixel high, and unpacks nibbles to full-range grey', () => {
    const img = greyImage(256, 288)
    img.pixels[0] = 0
    img.pixels[1] = 0x7f
    img.pixels[2] = 0x10
    const packed = packR30xImage(img)
    expect(packed).toHaveLength(36864)
    expect([packed[0], packed[1], packed[2]]).toEqual([0x07, 0x1f, 0xff])
    const back = unpackR30xImage(packed)
    expect([back.pixels[0], back.pixels[1], back.pixels[2], back.pixels[3]]).toEqual([0, 119, 17, 255])
    expect(() => unpackR30xImage(new Uint8Array(100))).toThrow(RangeError)
  })
})

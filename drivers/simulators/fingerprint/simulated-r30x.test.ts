// The simulated module's answers, spoken to with raw EF01 packets through a
// real SerialPortStream (no driver): enrolment and search on the module, a
// corrupt host packet, a foreign address.
import { SerialPortStream } from '@serialport/stream'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeSearchResult, r30xCommandPayload, r30xConfirmation } from '../../fingerprint/r30x-commands'
import { encodeR30xPacket, R30xPacketDecoder, r30xPid, type R30xDecoderEvent } from '../../fingerprint/r30x-packet'
import { until } from '../../../tests/support/wait'
import { ridgePattern } from './ridge-pattern'
import { SimulatedR30x } from './simulated-r30x'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

async function host(sim: SimulatedR30x) {
  const port = new SerialPortStream({ binding: sim.binding, path: sim.path, baudRate: 57600, autoOpen: false })
  await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
  cleanup.push(() => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())))
  const decoder = new R30xPacketDecoder()
  const events: R30xDecoderEvent[] = []
  port.on('data', (chunk: Buffer) => events.push(...decoder.push(chunk)))
  /** Sends a command and returns its acknowledgement's payload. */
  const ask = async (payload: Uint8Array, address = 0xffffffff, timeoutMs = 1000): Promise<Uint8Array> => {
    const before = events.length
    port.write(Buffer.from(encodeR30xPacket({ address, pid: r30xPid.command, payload })))
    const ack = await until(() => events.slice(before).find((e) => e.type === 'packet' && e.pid === r30xPid.ack), timeoutMs)
    return ack.type === 'packet' ? ack.payload : new Uint8Array()
  }
  return { port, events, ask }
}

describe('SimulatedR30x, spoken to packet by packet', () => {
  it('enrols a finger on the module and finds it again by Search, but not a different finger', async () => {
    const sim = new SimulatedR30x()
    const { ask } = await host(sim)
    expect([...(await ask(r30xCommandPayload.vfyPwd(0)))]).toEqual([0])
    expect([...(await ask(r30xCommandPayload.genImg()))]).toEqual([r30xConfirmation.noFinger])
    sim.placeFinger(ridgePattern(300, 400, 1))
    for (const buffer of [1, 2] as const) {
      expect((await ask(r30xCommandPayload.genImg()))[0]).toBe(0)
      expect((await ask(r30xCommandPayload.img2Tz(buffer)))[0]).toBe(0)
    }
    expect((await ask(r30xCommandPayload.regModel()))[0]).toBe(0)
    expect((await ask(r30xCommandPayload.store(1, 5)))[0]).toBe(0)
    expect((await ask(r30xCommandPayload.store(1, 5000)))[0]).toBe(r30xConfirmation.badLocation)
    expect(sim.enrolledPages).toEqual([5])
    const found = await ask(r30xCommandPayload.search(1, 0, 1000))
    expect(found[0]).toBe(0)
    expect(decodeSearchResult(found.subarray(1))).toMatchObject({ pageId: 5 })
    sim.placeFinger(ridgePattern(300, 400, 8))
    await ask(r30xCommandPayload.genImg())
    await ask(r30xCommandPayload.img2Tz(1))
    expect((await ask(r30xCommandPayload.search(1, 0, 1000)))[0]).toBe(r30xConfirmation.notFound)
  })

  it('judges a barely-touching finger as too few features, and needs the password once one is set', async () => {
    const sim = new SimulatedR30x({ password: 7 })
    const { ask } = await host(sim)
    expect((await ask(r30xCommandPayload.genImg()))[0]).toBe(r30xConfirmation.mustVerifyPassword)
    expect((await ask(r30xCommandPayload.vfyPwd(6)))[0]).toBe(r30xConfirmation.wrongPassword)
    expect((await ask(r30xCommandPayload.vfyPwd(7)))[0]).toBe(0)
    const faint = ridgePattern(300, 400, 1)
    faint.pixels.fill(255)
    faint.pixels.fill(0, 0, 3000)
    sim.placeFinger(faint)
    await ask(r30xCommandPayload.genImg())
    expect((await ask(r30xCommandPayload.img2Tz(1)))[0]).toBe(r30xConfirmation.tooFewFeatures)
  })

  it('answers a corrupt host packet with a packet error, and ignores packets for another address', async () => {
    const sim = new SimulatedR30x()
    const { port, events, ask } = await host(sim)
    const bad = Uint8Array.from(encodeR30xPacket({ address: 0xffffffff, pid: r30xPid.command, payload: r30xCommandPayload.genImg() }))
    bad[bad.length - 1]! ^= 0xff
    port.write(Buffer.from(bad))
    const ack = await until(() => events.find((e) => e.type === 'packet'), 1000)
    expect(ack.type === 'packet' && [...ack.payload]).toEqual([r30xConfirmation.packetReceiveError])
    await expect(ask(r30xCommandPayload.genImg(), 0x12345678, 150)).rejects.toThrow('timed out')
  })
})

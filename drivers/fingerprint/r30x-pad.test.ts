// The R30x driver against SimulatedR30x at the wire level: the real
// SerialPortStream over the simulator's serialport binding, EF01 packets both ways.
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../core/driver'
import type { DeviceError } from '../core/device-error'
import { SimulatedR30x, type SimulatedR30xOptions } from '../simulators/fingerprint/simulated-r30x'
import { fitToWindow } from '../simulators/fingerprint/fit-to-window'
import { ridgePattern } from '../simulators/fingerprint/ridge-pattern'
import { sleep, until } from '../../tests/support/wait'
import type { FingerprintPadEvent } from './fingerprint-events'
import { packR30xImage, unpackR30xImage } from './r30x-image'
import { r30xCommand, r30xConfirmation } from './r30x-commands'
import { R30xPad, r30xPadConfigSchema, r30xPadDriver } from './r30x-pad'
import { r30xPid } from './r30x-packet'

/** Byte equality without vitest's element-by-element diffing (slow on images). */
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

function setup(options: { sim?: SimulatedR30xOptions; config?: Record<string, unknown> } = {}) {
  const sim = new SimulatedR30x(options.sim)
  const config = r30xPadConfigSchema.parse({ path: sim.path, pollIntervalMs: 10, responseTimeoutMs: 300, captureTimeoutMs: 500, ...options.config })
  const pad = new R30xPad(config, sim.binding, silentLogger, Date.now)
  const readings: FingerprintPadEvent[] = []
  const problems: DeviceError[] = []
  pad.on('reading', (r) => readings.push(r))
  pad.on('problem', (e) => problems.push(e))
  cleanup.push(() => pad.close())
  const kinds = () => readings.map((r) => (r.type === 'capture' ? 'capture' : r.type === 'prompt' ? `prompt:${r.prompt}` : `incomplete:${r.reason}`))
  /** The next capture, with the finger placed only once the pad asks for it (after it has seen the last one lifted). */
  const captureWhenAsked = async (position: Parameters<R30xPad['capture']>[0], place: () => void) => {
    const asked = kinds().filter((k) => k === 'prompt:place-finger').length
    const result = pad.capture(position, 'single')
    await until(() => (kinds().filter((k) => k === 'prompt:place-finger').length > asked ? true : undefined))
    place()
    return result
  }
  return { sim, pad, readings, problems, kinds, captureWhenAsked }
}

const print = ridgePattern(300, 400, 3)
/** What the host must receive for `print`: the module's window at 4 bits per pixel. */
const expectedImage = unpackR30xImage(packR30xImage(fitToWindow(print, 256, 288, 500)))

describe('R30x fingerprint module over the simulated wire', () => {
  it('verifies the password, reads the system parameters, and captures a finger', async () => {
    const { sim, pad, readings, kinds } = setup()
    await pad.open()
    expect(pad.systemParameters).toMatchObject({ packetSizeBytes: 128, librarySize: 1000, baudMultiplier: 6, address: 0xffffffff })
    sim.placeFinger(print)
    const outcome = await pad.capture(2, 'single')
    expect(outcome).toMatchObject({ type: 'capture', position: 2, image: { width: 256, height: 288, ppi: 500 } })
    if (outcome.type !== 'capture') throw new Error('no capture')
    expect(sameBytes(outcome.image.pixels, expectedImage.pixels)).toBe(true)
    expect(outcome.raw).toHaveLength(36864)
    expect(kinds()).toEqual(['prompt:place-finger', 'capture', 'prompt:lift-finger'])
    expect(readings[0]).toMatchObject({ detail: 'finger-2' })
    expect(readings[1]).toBe(outcome)
    expect(sim.commandsReceived).toEqual([r30xCommand.vfyPwd, r30xCommand.readSysPara, r30xCommand.genImg, r30xCommand.img2Tz, r30xCommand.upImage])
  })

  it('polls until a finger arrives, and asks for the finger to be lifted before the next capture', async () => {
    const { sim, pad, kinds } = setup({ config: { captureTimeoutMs: 1500 } })
    await pad.open()
    const first = pad.capture(7, 'single')
    await sleep(60)
    sim.placeFinger(print)
    expect(await first).toMatchObject({ type: 'capture', position: 7 })
    const second = pad.capture(8, 'single')
    await until(() => (kinds().filter((k) => k === 'prompt:lift-finger').length >= 2 ? true : undefined))
    sim.liftFinger()
    await until(() => (kinds().filter((k) => k === 'prompt:place-finger').length >= 2 ? true : undefined))
    sim.placeFinger(ridgePattern(300, 400, 5))
    expect(await second).toMatchObject({ type: 'capture', position: 8 })
    expect(kinds()).toEqual(['prompt:place-finger', 'capture', 'prompt:lift-finger', 'prompt:lift-finger', 'prompt:place-finger', 'capture', 'prompt:lift-finger'])
  })

  it('prompts no-finger when nobody touches the window before the capture timeout', async () => {
    const { pad, kinds } = setup()
    await pad.open()
    expect(await pad.capture(1, 'single')).toMatchObject({ type: 'prompt', prompt: 'no-finger', detail: 'timeout' })
    expect(kinds()).toEqual(['prompt:place-finger', 'prompt:no-finger'])
  })

  it("turns the module's quality verdicts into prompts, never into a capture", async () => {
    const { sim, pad, readings, captureWhenAsked } = setup()
    await pad.open()
    sim.placeFinger(print, { img2TzCode: r30xConfirmation.imageMessy })
    expect(await pad.capture(2, 'single')).toMatchObject({ type: 'prompt', prompt: 'image-too-messy' })
    sim.liftFinger()
    const outcome = captureWhenAsked(2, () => sim.placeFinger(print, { img2TzCode: r30xConfirmation.tooFewFeatures }))
    expect(await outcome).toMatchObject({ type: 'prompt', prompt: 'press-harder', detail: 'too-few-features' })
    expect(readings.some((r) => r.type === 'capture')).toBe(false)
  })

  it('reports a corrupt checksum as a clear incomplete reading, resynchronises and still captures the whole image', async () => {
    const { sim, pad, readings, kinds, captureWhenAsked } = setup()
    await pad.open()
    sim.placeFinger(print)
    sim.corruptNextChecksum(r30xPid.data)
    const outcome = await pad.capture(3, 'single')
    expect(readings.find((r) => r.type === 'incomplete')).toMatchObject({ reason: 'bad-frame', detail: 'checksum-mismatch' })
    expect(outcome.type === 'capture' && sameBytes(outcome.image.pixels, expectedImage.pixels)).toBe(true)
    expect(kinds().filter((k) => k === 'capture')).toHaveLength(1)
    expect(sim.commandsReceived.filter((c) => c === r30xCommand.upImage)).toHaveLength(2)
    // An acknowledgement spoilt the same way is retried too.
    sim.liftFinger()
    const next = captureWhenAsked(4, () => {
      sim.placeFinger(ridgePattern(300, 400, 9))
      sim.corruptNextChecksum(r30xPid.ack)
    })
    expect(await next).toMatchObject({ type: 'capture', position: 4 })
    expect(readings.filter((r) => r.type === 'incomplete')).toHaveLength(2)
  })

  it('skips garbage before a packet without reporting a failed capture', async () => {
    const { sim, pad, readings } = setup()
    await pad.open()
    sim.placeFinger(print)
    sim.garbageBeforeNextPacket(Uint8Array.from([0x00, 0xef, 0x01, 0x42, 0xef, 0x13, 0x37]))
    const outcome = await pad.capture(2, 'single')
    expect(outcome.type === 'capture' && sameBytes(outcome.image.pixels, expectedImage.pixels)).toBe(true)
    expect(readings.filter((r) => r.type === 'incomplete')).toEqual([])
  })

  it('reports an unplug during UpImage as pad-disconnected, emits nothing half-done, and captures again after replug', async () => {
    const { sim, pad, readings, problems } = setup()
    await pad.open()
    sim.placeFinger(print)
    sim.unplugDuringNextUpImage(40)
    await expect(pad.capture(2, 'single')).rejects.toMatchObject({ kind: 'needs-operator', code: 'pad-disconnected' })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ kind: 'needs-operator', code: 'pad-disconnected' })
    expect(readings.filter((r) => r.type === 'capture')).toEqual([])
    await expect(pad.capture(2, 'single')).rejects.toMatchObject({ code: 'pad-disconnected' })
    await expect(pad.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'pad-not-connected' })
    sim.replug()
    await pad.open()
    expect(await pad.capture(2, 'single')).toMatchObject({ type: 'capture' })
  })

  it('reports a cable pulled while idle once, and refuses captures until reopened', async () => {
    const { sim, pad, problems } = setup()
    await expect(pad.capture(2, 'single')).rejects.toMatchObject({ code: 'pad-not-open' })
    await pad.open()
    sim.unplug()
    await until(() => problems[0])
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).not.toMatch(/during a capture/)
    await expect(pad.capture(2, 'single')).rejects.toMatchObject({ kind: 'needs-operator', code: 'pad-disconnected' })
  })

  it('refuses a wrong password as a fatal configuration error', async () => {
    const { sim, pad } = setup({ config: { password: '0000002A' } })
    await expect(pad.open()).rejects.toMatchObject({ kind: 'fatal', code: 'pad-wrong-password' })
    sim.setPassword(0x2b)
    await expect(pad.open()).rejects.toMatchObject({ kind: 'fatal', code: 'pad-wrong-password' })
    sim.setPassword(0x2a)
    await pad.open()
    expect(pad.systemParameters).not.toBeNull()
  })

  it('says the module is not answering when the baud rate is wrong', async () => {
    const { pad } = setup({ config: { baudRate: 9600, retries: 0, responseTimeoutMs: 100 } })
    await expect(pad.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'pad-not-responding' })
  })

  it('refuses slaps and slap positions, and a second request while one runs', async () => {
    const { sim, pad } = setup()
    await pad.open()
    await expect(pad.capture(13, 'slap')).rejects.toMatchObject({ kind: 'fatal', code: 'capture-mode-unsupported' })
    await expect(pad.capture(14, 'single')).rejects.toMatchObject({ kind: 'fatal', code: 'bad-capture-request' })
    const first = pad.capture(2, 'single')
    await expect(pad.capture(3, 'single')).rejects.toMatchObject({ kind: 'transient', code: 'pad-busy' })
    sim.placeFinger(print)
    await first
  })

  it('validates its configuration: 57600 baud and factory address/password by default, hex accepted, unknown keys refused', () => {
    expect(r30xPadConfigSchema.parse({ path: '/dev/ttyUSB0' })).toEqual({
      path: '/dev/ttyUSB0',
      baudRate: 57600,
      address: 0xffffffff,
      password: 0,
      captureTimeoutMs: 10_000,
      pollIntervalMs: 100,
      responseTimeoutMs: 1000,
      retries: 2,
      moduleQualityCheck: true,
      imagePpi: 500,
    })
    expect(r30xPadConfigSchema.parse({ path: 'COM3', address: '0x0000ABCD', password: 42 })).toMatchObject({ address: 0xabcd, password: 42 })
    expect(r30xPadConfigSchema.safeParse({ path: 'COM3', baudRate: 50000 }).success).toBe(false)
    expect(r30xPadConfigSchema.safeParse({ path: 'COM3', parity: 'even' }).success).toBe(false)
    expect(r30xPadDriver).toMatchObject({ id: 'r30x-fingerprint', kind: 'fingerprint' })
  })
})

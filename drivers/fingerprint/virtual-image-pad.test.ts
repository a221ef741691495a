// The virtual_image pad driver against SimulatedImagePad over real sockets:
// a unix socket in a temp folder, and TCP on 127.0.0.1. The driver listens,
// the simulated pad connects, as with libfprint's virtual_image.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { greyImage, type GreyImage } from '../../shared/fingerprints/grey-image'
import { silentLogger } from '../core/driver'
import type { DeviceError } from '../core/device-error'
import { SimulatedImagePad } from '../simulators/fingerprint/simulated-image-pad'
import { ridgePattern } from '../simulators/fingerprint/ridge-pattern'
import { until } from '../../tests/support/wait'
import type { FingerprintPadEvent } from './fingerprint-events'
import { VirtualImagePad, virtualImagePadConfigSchema, virtualImagePadDriver } from './virtual-image-pad'

const dir = mkdtempSync(join(tmpdir(), 'checkpoint-pad-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let socketCount = 0

/** Byte equality without vitest's element-by-element diffing (slow on images). */
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

function setup(config: Record<string, unknown> = {}) {
  const sim = new SimulatedImagePad()
  const parsed = virtualImagePadConfigSchema.parse({ socketPath: join(dir, `pad-${++socketCount}.sock`), connectTimeoutMs: 500, interByteTimeoutMs: 100, ...config })
  const logged: string[] = []
  const log = { ...silentLogger, info: (message: string) => void logged.push(message) }
  const pad = new VirtualImagePad(parsed, sim.transport, log, Date.now)
  const readings: FingerprintPadEvent[] = []
  const problems: DeviceError[] = []
  pad.on('reading', (r) => readings.push(r))
  pad.on('problem', (e) => problems.push(e))
  cleanup.push(() => pad.close())
  const incompletes = () => readings.filter((r) => r.type === 'incomplete')
  const captures = () => readings.filter((r) => r.type === 'capture')
  return { sim, pad, readings, problems, incompletes, captures, logged }
}

const finger = ridgePattern(320, 400, 2)
/** A right-hand four-finger slap at 500 ppi: about 3.2 × 3 in. */
const slap: GreyImage = ridgePattern(1600, 1500, 4)

describe('virtual_image pad over a real socket', () => {
  it('listens on a unix socket, accepts the pad, and captures a single finger with its position', async () => {
    const { sim, pad, readings } = setup()
    await pad.open()
    expect(pad.connected).toBe(true)
    const result = pad.capture(2, 'single')
    sim.placeFinger(finger)
    const outcome = await result
    expect(outcome).toMatchObject({ type: 'capture', position: 2, image: { width: 320, height: 400, ppi: 500 } })
    expect(outcome.type === 'capture' && sameBytes(outcome.image.pixels, finger.pixels)).toBe(true)
    expect(readings.map((r) => r.type)).toEqual(['prompt', 'capture'])
    expect(readings[0]).toMatchObject({ prompt: 'place-finger', detail: 'finger-2' })
  })

  it('captures the 4-4-2 slaps as one larger image each, over TCP on 127.0.0.1', async () => {
    const { sim, pad, captures } = setup({ socketPath: undefined, port: 0 })
    await pad.open()
    expect(pad.listeningOn).toMatchObject({ host: '127.0.0.1' })
    const thumbs = ridgePattern(1000, 1400, 6)
    for (const [position, image] of [[13, slap], [14, ridgePattern(1600, 1500, 5)], [15, thumbs]] as const) {
      const result = pad.capture(position, 'slap')
      sim.placeSlap(position, image)
      expect(await result).toMatchObject({ type: 'capture', position, image: { width: image.width, height: image.height } })
    }
    expect(captures().map((c) => c.type === 'capture' && c.position)).toEqual([13, 14, 15])
  })

  it('asks again when a slap is too narrow to hold the fingers, and for the pad’s retry requests', async () => {
    const { sim, pad } = setup()
    await pad.open()
    const narrow = pad.capture(14, 'slap')
    sim.placeSlap(14, finger)
    expect(await narrow).toMatchObject({ type: 'prompt', prompt: 'slap-incomplete', detail: 'width-320' })
    const centred = pad.capture(3, 'single')
    sim.sendRetry('center-finger')
    expect(await centred).toMatchObject({ type: 'prompt', prompt: 'place-finger', detail: 'retry-center-finger' })
    const failed = pad.capture(3, 'single')
    sim.sendError('general')
    expect(await failed).toMatchObject({ type: 'incomplete', reason: 'device-error', detail: 'error-general' })
  })

  it('prompts no-finger when no image arrives in time, and drops images nobody asked for', async () => {
    const { sim, pad, readings, logged } = setup({ captureTimeoutMs: 150 })
    await pad.open()
    sim.placeFinger(finger)
    await until(() => (logged.includes('image without a capture request dropped') ? true : undefined))
    expect(readings).toEqual([])
    expect(await pad.capture(1, 'single')).toMatchObject({ type: 'prompt', prompt: 'no-finger', detail: 'timeout' })
  })

  it('reports a frame cut short as partial, drops the connection, and reads again once the pad reconnects', async () => {
    const { sim, pad, problems } = setup()
    await pad.open()
    const result = pad.capture(2, 'single')
    sim.sendTruncated(finger)
    expect(await result).toMatchObject({ type: 'incomplete', reason: 'partial', detail: `truncated-${8 + 64000}-of-${8 + 128000}` })
    expect(problems[0]).toMatchObject({ kind: 'transient', code: 'pad-protocol-error' })
    await until(() => (sim.connections >= 2 && sim.connected ? true : undefined))
    await pad.open()
    const again = pad.capture(2, 'single')
    sim.placeFinger(finger)
    expect(await again).toMatchObject({ type: 'capture' })
  })

  it('rejects a height that disagrees with the bytes, a zero width and a side over 4096 as bad frames, never as captures', async () => {
    const { sim, pad, incompletes, captures } = setup()
    await pad.open()
    const wrong = pad.capture(2, 'single')
    sim.sendWrongSize(finger, -10)
    expect(await wrong).toMatchObject({ type: 'incomplete', reason: 'bad-frame', detail: 'size-mismatch' })
    for (const [a, b, detail] of [[0, 400, 'zero-size'], [5000, 10, 'size-out-of-range']] as const) {
      await until(() => (sim.connected ? true : undefined))
      await pad.open()
      const r = pad.capture(2, 'single')
      sim.sendHeader(a, b)
      expect(await r).toMatchObject({ type: 'incomplete', reason: 'bad-frame', detail })
    }
    // More bytes announced than sent: cut short once the line goes quiet.
    await until(() => (sim.connected ? true : undefined))
    await pad.open()
    const short = pad.capture(2, 'single')
    sim.sendWrongSize(finger, +10)
    expect(await short).toMatchObject({ type: 'incomplete', reason: 'partial' })
    expect(incompletes()).toHaveLength(4)
    expect(captures()).toEqual([])
  })

  it('reports an unplug mid-slap as pad-disconnected and emits nothing half-done; after replug it captures again', async () => {
    const { sim, pad, readings, problems } = setup({ connectTimeoutMs: 150 })
    await pad.open()
    const result = pad.capture(13, 'slap')
    sim.unplugDuringNextFrame(1_000_000)
    sim.placeSlap(13, slap)
    await expect(result).rejects.toMatchObject({ kind: 'needs-operator', code: 'pad-disconnected' })
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toMatch(/while sending an image/)
    expect(readings.filter((r) => r.type !== 'prompt')).toEqual([])
    await expect(pad.capture(13, 'slap')).rejects.toMatchObject({ code: 'pad-not-connected' })
    await expect(pad.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'pad-not-connected' })
    sim.replug()
    await pad.open()
    const again = pad.capture(13, 'slap')
    sim.placeSlap(13, slap)
    expect(await again).toMatchObject({ type: 'capture', position: 13, image: { width: 1600, height: 1500 } })
  })

  it('keeps an image that ended exactly before the pad disconnected, and honours the removal command', async () => {
    const { sim, pad, problems } = setup({ settleMs: 1000 })
    await pad.open()
    const result = pad.capture(6, 'single')
    sim.placeFinger(finger)
    sim.hangUp() // every byte arrives, then the end of the connection, long before the line would count as settled
    expect(await result).toMatchObject({ type: 'capture', position: 6 })
    expect(problems[0]).toMatchObject({ code: 'pad-disconnected' })
    sim.replug()
    await pad.open()
    sim.sendHeader(-5, 0)
    await until(() => problems[1])
    expect(problems[1]).toMatchObject({ kind: 'needs-operator', code: 'pad-disconnected' })
  })

  it('tracks finger reports, refuses a second pad, and refuses requests it cannot serve', async () => {
    const { sim, pad } = setup()
    await pad.open()
    sim.fingerDown()
    await until(() => (pad.fingerOnPlaten ? true : undefined))
    sim.liftFinger()
    await until(() => (!pad.fingerOnPlaten ? true : undefined))
    await expect(pad.capture(2, 'slap')).rejects.toMatchObject({ kind: 'fatal', code: 'bad-capture-request' })
    await expect(pad.capture(13, 'single')).rejects.toMatchObject({ kind: 'fatal', code: 'bad-capture-request' })
    const first = pad.capture(2, 'single')
    await expect(pad.capture(3, 'single')).rejects.toMatchObject({ code: 'pad-busy' })
    sim.placeFinger(greyImage(200, 200, 500, 100))
    expect(await first).toMatchObject({ type: 'capture' })
  })

  it('replaces a stale socket file but never a regular file, and says when nobody connects', async () => {
    const stale = join(dir, 'regular-file')
    writeFileSync(stale, 'not a socket')
    const { pad } = setup({ socketPath: stale })
    await expect(pad.open()).rejects.toMatchObject({ code: 'pad-socket-in-use' })
    expect(existsSync(stale)).toBe(true)
    const lonely = setup({ connectTimeoutMs: 60 })
    lonely.sim.unplug()
    await expect(lonely.pad.open()).rejects.toMatchObject({ kind: 'needs-operator', code: 'pad-not-connected' })
  })

  it('validates its configuration: a socket path or a loopback port, not both, unknown keys refused', () => {
    expect(virtualImagePadConfigSchema.parse({ socketPath: '/run/checkpoint/pad.sock' })).toEqual({
      socketPath: '/run/checkpoint/pad.sock',
      host: '127.0.0.1',
      connectTimeoutMs: 3000,
      captureTimeoutMs: 15_000,
      interByteTimeoutMs: 1000,
      settleMs: 20,
      maxSide: 4096,
      slapMinWidth: 800,
      ppi: 500,
    })
    expect(virtualImagePadConfigSchema.safeParse({ port: 7777 }).success).toBe(true)
    expect(virtualImagePadConfigSchema.safeParse({}).success).toBe(false)
    expect(virtualImagePadConfigSchema.safeParse({ socketPath: '/tmp/x', port: 1 }).success).toBe(false)
    expect(virtualImagePadConfigSchema.safeParse({ host: '10.0.0.5', port: 1 }).success).toBe(false)
    expect(virtualImagePadConfigSchema.safeParse({ port: 1, width: 3 }).success).toBe(false)
    expect(virtualImagePadDriver).toMatchObject({ id: 'virtual-image-fingerprint', kind: 'fingerprint' })
  })
})

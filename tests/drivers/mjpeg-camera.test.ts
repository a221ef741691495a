// The MJPEG camera driver against SimulatedCamera, a real HTTP server on
// 127.0.0.1 (ephemeral port) rendering frames with sharp.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../drivers/core/driver'
import type { DeviceError } from '../../drivers/core/device-error'
import type { CameraFrame } from '../../drivers/camera/camera-reading'
import { nodeHttpConnector } from '../../drivers/camera/http-connector'
import { MjpegCamera, mjpegCameraConfigSchema, mjpegCameraDriver } from '../../drivers/camera/mjpeg-camera'
import { SimulatedCamera, type SimulatedCameraOptions } from '../../drivers/simulators/camera/simulated-camera'
import { DeviceManager } from '../../electron/services/devices/device-manager'
import { recordingLogger, sleep, until } from './helpers'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

const SMALL = { width: 320, height: 180, fps: 25 }

async function setup(options: { sim?: SimulatedCameraOptions; config?: Record<string, unknown>; realConnector?: boolean } = {}) {
  const sim = new SimulatedCamera({ ...SMALL, ...options.sim })
  await sim.start()
  cleanup.push(() => sim.stop())
  const log = recordingLogger()
  const config = mjpegCameraConfigSchema.parse({ url: sim.url, ...options.config })
  const camera = new MjpegCamera(config, options.realConnector ? nodeHttpConnector() : sim.transport, log, Date.now)
  cleanup.push(() => camera.close())
  const frames: CameraFrame[] = []
  const problems: DeviceError[] = []
  camera.on('reading', (f) => frames.push(f))
  camera.on('problem', (e) => problems.push(e))
  return { sim, camera, log, frames, problems }
}

describe('MJPEG camera driver against the simulated camera', () => {
  it('streams whole JPEG frames with size, sequence and the camera capture time', async () => {
    const { camera, frames } = await setup({ realConnector: true })
    await camera.open()
    await until(() => frames[4])
    const f = frames[4]!
    expect(f).toMatchObject({ type: 'frame', width: 320, height: 180, seq: 5 })
    expect(f.jpeg[0]).toBe(0xff)
    expect(f.jpeg[1]).toBe(0xd8)
    expect(f.sourceTimestamp).toBeGreaterThan(Date.now() - 5000)
    expect(f.at - f.sourceTimestamp!).toBeLessThan(1000)
    expect(camera.stats.badParts).toBe(0)
  })

  it('also frames streams without Content-Length (boundary scanning)', async () => {
    const { camera, frames } = await setup({ sim: { contentLength: false } })
    await camera.open()
    await until(() => frames[2])
    expect(frames[2]).toMatchObject({ width: 320, height: 180 })
  })

  for (const scheme of ['basic', 'digest'] as const) {
    it(`authenticates with ${scheme}, and never puts the password in logs, errors or readings`, async () => {
      const { sim, camera, frames, log } = await setup({ sim: { auth: { user: 'viewer', pass: 's3cret-PW', scheme } }, config: { auth: { username: 'viewer', password: 's3cret-PW' } } })
      await camera.open()
      await until(() => frames[1])
      // a reconnect reuses the Digest nonce with the next nc: no new 401
      const refused = sim.gate.refused
      await camera.close()
      await camera.open()
      await until(() => frames[3])
      if (scheme === 'digest') expect(sim.gate.refused).toBe(refused)
      const snap = await camera.snapshot()
      expect(snap).toMatchObject({ type: 'snapshot', source: 'stream', width: 320 })
      expect(JSON.stringify(log.lines)).not.toContain('s3cret-PW')
    })
  }

  it('reports wrong credentials as fatal camera-auth-failed, without the password', async () => {
    const { camera } = await setup({ sim: { auth: { user: 'viewer', pass: 'right', scheme: 'digest' } }, config: { auth: { username: 'viewer', password: 'wrong-pw' } } })
    const err = await camera.open().catch((e: DeviceError) => e)
    expect(err).toMatchObject({ kind: 'fatal', code: 'camera-auth-failed' })
    expect((err as Error).message).not.toContain('wrong-pw')
    const { camera: noCreds } = await setup({ sim: { auth: { user: 'viewer', pass: 'right', scheme: 'basic' } } })
    await expect(noCreds.open()).rejects.toMatchObject({ code: 'camera-auth-failed' })
  })

  it('refuses to send a password in clear when the configuration says digest only', async () => {
    const { camera } = await setup({ sim: { auth: { user: 'viewer', pass: 'pw', scheme: 'basic' } }, config: { auth: { username: 'viewer', password: 'pw', scheme: 'digest' } } })
    await expect(camera.open()).rejects.toMatchObject({ kind: 'fatal', code: 'camera-auth-failed' })
  })

  it('answers a stale nonce without calling it an authentication failure', async () => {
    const { sim, camera, frames } = await setup({ sim: { auth: { user: 'v', pass: 'p', scheme: 'digest' } }, config: { auth: { username: 'v', password: 'p' } } })
    await camera.open()
    await until(() => frames[0])
    await camera.close()
    sim.gate.expireNonces()
    await camera.open()
    await until(() => frames[2])
  })

  it('fetches a snapshot from the snapshot URL with the same authentication', async () => {
    const sim = new SimulatedCamera({ ...SMALL, auth: { user: 'v', pass: 'p', scheme: 'digest' } })
    await sim.start()
    cleanup.push(() => sim.stop())
    const camera = new MjpegCamera(mjpegCameraConfigSchema.parse({ url: sim.url, snapshotUrl: sim.snapshotUrl, auth: { username: 'v', password: 'p' } }), sim.transport, silentLogger, Date.now)
    const snap = await camera.snapshot()
    expect(snap).toMatchObject({ type: 'snapshot', source: 'snapshot-url', width: 320, height: 180 })
  })

  it('reports a camera that stops mid-frame as camera-stalled', async () => {
    const { sim, camera, frames, problems } = await setup({ config: { stallTimeoutMs: 300 } })
    await camera.open()
    await until(() => frames[0])
    sim.stall()
    const p = await until(() => problems[0])
    expect(p).toMatchObject({ kind: 'transient', code: 'camera-stalled' })
    expect(p.message).toContain('middle of a frame')
    expect(problems).toHaveLength(1)
  })

  it('recovers from a stall under the DeviceManager: the new connection gets frames again', async () => {
    const sim = new SimulatedCamera(SMALL)
    await sim.start()
    cleanup.push(() => sim.stop())
    const manager = new DeviceManager([{ id: 'cam', driver: mjpegCameraDriver, config: { url: sim.url, stallTimeoutMs: 200 }, transport: sim.transport, simulated: true }], {
      log: silentLogger,
      initialBackoffMs: 20,
      maxBackoffMs: 60,
    })
    cleanup.push(() => manager.stop())
    const problems: string[] = []
    manager.on('problem', (_id, e) => problems.push(e.code))
    await manager.start()
    sim.stall()
    await until(() => (problems.includes('camera-stalled') ? true : undefined))
    const frames: unknown[] = []
    manager.on('reading', (_id, r) => frames.push(r))
    await until(() => frames[2])
    expect(manager.statuses()[0]!.state).toBe('online')
  })

  it('does not start streaming when closed while still connecting', async () => {
    const { sim, camera, frames } = await setup()
    const opening = camera.open()
    await camera.close()
    await opening
    await sleep(100)
    expect(frames).toHaveLength(0)
    expect(sim.connected).toBe(false)
  })

  it('reports unreachable cameras and dropped connections as transient camera-unreachable', async () => {
    const { sim, camera, problems } = await setup()
    await camera.open()
    await until(() => (sim.connected ? true : undefined))
    sim.dropConnections()
    expect(await until(() => problems[0])).toMatchObject({ kind: 'transient', code: 'camera-unreachable' })
    await sim.stop()
    await expect(camera.open()).rejects.toMatchObject({ kind: 'transient', code: 'camera-unreachable' })
  })

  it('rejects a URL that is not an MJPEG stream, and skips parts that are not JPEGs', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/page') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html/>')
      res.writeHead(200, { 'Content-Type': 'multipart/x-mixed-replace; boundary=b' })
      res.write('--b\r\nContent-Type: image/jpeg\r\n\r\nnot a jpeg\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Length: 4\r\n\r\n\xff\xd8\xff\xd9\r\n--b\r\n', 'latin1')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    cleanup.push(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) }))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const page = new MjpegCamera(mjpegCameraConfigSchema.parse({ url: `${base}/page` }), nodeHttpConnector(), silentLogger, Date.now)
    await expect(page.open()).rejects.toMatchObject({ kind: 'fatal', code: 'camera-not-mjpeg' })
    const log = recordingLogger()
    const camera = new MjpegCamera(mjpegCameraConfigSchema.parse({ url: `${base}/stream` }), nodeHttpConnector(), log, Date.now)
    cleanup.push(() => camera.close())
    const frames: CameraFrame[] = []
    camera.on('reading', (f) => frames.push(f))
    await camera.open()
    await until(() => frames[0])
    expect(camera.stats.badParts).toBe(1)
    expect(log.lines.some((l) => l.message.includes('bad part'))).toBe(true)
  })

  it('validates its configuration: no credentials in the URL, http(s) only', () => {
    expect(mjpegCameraConfigSchema.safeParse({ url: 'http://10.0.0.5/mjpg' }).success).toBe(true)
    expect(mjpegCameraConfigSchema.safeParse({ url: 'http://admin:pw@10.0.0.5/mjpg' }).success).toBe(false)
    expect(mjpegCameraConfigSchema.safeParse({ url: 'rtsp://10.0.0.5/live' }).success).toBe(false)
    expect(mjpegCameraConfigSchema.safeParse({ url: 'http://10.0.0.5/mjpg', auth: { username: 'a', password: 'b', scheme: 'ntlm' } }).success).toBe(false)
  })

  it('comes back online under the DeviceManager after the camera restarts', async () => {
    const sim = new SimulatedCamera(SMALL)
    await sim.start()
    cleanup.push(() => sim.stop())
    const manager = new DeviceManager([{ id: 'lane-cam', driver: mjpegCameraDriver, config: { url: sim.url }, transport: sim.transport, simulated: true }], {
      log: silentLogger,
      initialBackoffMs: 20,
      maxBackoffMs: 60,
    })
    cleanup.push(() => manager.stop())
    await manager.start()
    expect(manager.statuses()[0]!.state).toBe('online')
    await sim.stop()
    await until(() => (manager.statuses()[0]!.state === 'offline' ? true : undefined))
    expect(manager.statuses()[0]!.problem).toMatchObject({ kind: 'transient', code: 'camera-unreachable' })
    await sleep(100)
    await sim.start()
    await until(() => (manager.statuses()[0]!.state === 'online' ? true : undefined))
    const frames: unknown[] = []
    manager.on('reading', (_id, r) => frames.push(r))
    expect(await until(() => frames[0])).toMatchObject({ type: 'frame', width: 320 })
  })
})

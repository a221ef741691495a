// The simulated camera's own control surface, read with plain HTTP.
import http from 'node:http'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import { MultipartStreamParser } from '../../camera/multipart-stream-parser'
import { laneSceneSvg, plateCropSvg } from './lane-scene'
import { SimulatedCamera } from './simulated-camera'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

function get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

/** The first `n` parts of the MJPEG stream. */
function parts(url: string, n: number): Promise<Array<{ headers: Record<string, string>; body: Uint8Array }>> {
  return new Promise((resolve, reject) => {
    const out: Array<{ headers: Record<string, string>; body: Uint8Array }> = []
    const req = http.get(url, (res) => {
      const parser = new MultipartStreamParser(/boundary=(.*)$/.exec(res.headers['content-type'] ?? '')![1]!)
      res.on('data', (c: Buffer) => {
        for (const e of parser.push(c)) if (e.type === 'part') out.push({ headers: { ...e.headers }, body: e.body })
        if (out.length >= n) {
          req.destroy()
          resolve(out.slice(0, n))
        }
      })
    })
    req.on('error', (e) => (out.length >= n ? undefined : reject(e)))
  })
}

describe('SimulatedCamera', () => {
  it('serves 1280×720 JPEG parts stamped with capture time and frame number, and a snapshot', async () => {
    const sim = new SimulatedCamera({ fps: 25 })
    await sim.start()
    cleanup.push(() => sim.stop())
    const [a, b] = await parts(sim.url, 2)
    expect(await sharp(a!.body).metadata()).toMatchObject({ format: 'jpeg', width: 1280, height: 720 })
    expect(Number(b!.headers['x-frame'])).toBe(Number(a!.headers['x-frame']) + 1)
    expect(Number(a!.headers['x-timestamp'])).toBeGreaterThan(Date.now() - 5000)
    expect(Number(a!.headers['content-length'])).toBe(a!.body.length)
    const snap = await get(sim.snapshotUrl)
    expect(snap.headers['content-type']).toBe('image/jpeg')
    expect((await get(`${sim.origin}/nope`)).status).toBe(404)
  })

  it('changes scene and frame rate on command, and guards both endpoints with the configured auth', async () => {
    const sim = new SimulatedCamera({ width: 320, height: 180, fps: 10, auth: { user: 'u', pass: 'p', scheme: 'basic' } })
    await sim.start()
    cleanup.push(() => sim.stop())
    const denied = await get(sim.url)
    expect(denied.status).toBe(401)
    expect(denied.headers['www-authenticate']).toMatch(/^Basic realm=/)
    sim.setAuth({ user: 'u', pass: 'p', scheme: 'digest' })
    expect((await get(sim.snapshotUrl)).headers['www-authenticate']).toMatch(/Digest .*algorithm=SHA-256/)
    sim.setAuth(null)
    const before = (await get(sim.snapshotUrl)).body
    await sim.setScene({})
    const empty = (await get(sim.snapshotUrl)).body
    expect(empty.length).not.toBe(before.length)
    expect(() => sim.setFps(0)).toThrow()
    sim.setFps(50)
  })

  it('draws the plate text into the scene SVG, escaped', () => {
    const svg = laneSceneSvg({ plate: 'A<B>&1', vehicle: 'truck', country: 'F' }, 1280, 720)
    expect(svg).toContain('A&#60;B&#62;&#38;1')
    expect(laneSceneSvg({}, 640, 360)).not.toContain('textLength')
    expect(plateCropSvg('XY 12', 'D')).toContain('XY 12')
  })
})

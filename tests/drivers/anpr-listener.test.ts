// The ANPR listener driver against SimulatedAnprCamera posting real HTTP to
// 127.0.0.1 (ephemeral port), in both vendor formats.
import http from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { AnprListener, anprListenerConfigSchema, anprListenerDriver, nodeHttpServerFactory } from '../../drivers/anpr/anpr-listener'
import { silentLogger } from '../../drivers/core/driver'
import { DeviceManager } from '../../electron/services/devices/device-manager'
import type { AnprIncomplete, AnprReading, PlateReading } from '../../drivers/anpr/plate-reading'
import { SimulatedAnprCamera, type GarbageKind } from '../../drivers/simulators/anpr/simulated-anpr-camera'
import { SimulatedLane } from '../../drivers/simulators/anpr/simulated-lane'
import { SimulatedCamera } from '../../drivers/simulators/camera/simulated-camera'
import { MjpegCamera, mjpegCameraConfigSchema } from '../../drivers/camera/mjpeg-camera'
import { recordingLogger, until } from './helpers'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

async function setup(config: Record<string, unknown> = {}) {
  const log = recordingLogger()
  const listener = new AnprListener(anprListenerConfigSchema.parse({ host: '127.0.0.1', port: 0, ...config }), nodeHttpServerFactory, log, Date.now)
  await listener.open()
  cleanup.push(() => listener.close())
  const readings: AnprReading[] = []
  listener.on('reading', (r) => readings.push(r))
  return {
    listener,
    log,
    readings,
    plates: () => readings.filter((r): r is PlateReading => r.type === 'plate'),
    incompletes: () => readings.filter((r): r is AnprIncomplete => r.type === 'incomplete'),
  }
}

describe('ANPR listener against simulated cameras', () => {
  it('Axis: NEW with the first read, UPDATE with the better one, LOST, all under one event id', async () => {
    const { listener, plates } = await setup()
    const cam = new SimulatedAnprCamera({ url: listener.url, format: 'axis' })
    await cam.vehicleArrives({ plate: 'AA7690EO', country: 'UKR', confidence: 0.92 })
    await cam.vehicleLeaves()
    await until(() => plates()[2])
    expect(plates().map((p) => [p.state, p.plate, p.confidence])).toEqual([
      ['new', 'AA7690EQ', 0.67],
      ['update', 'AA7690EO', 0.92],
      ['lost', 'AA7690EO', 0.92],
    ])
    expect(new Set(plates().map((p) => p.eventId)).size).toBe(1)
    const update = plates()[1]!
    expect(update).toMatchObject({ format: 'axis', country: 'UKR', plateNormalised: 'AA7690EO', lane: 1, direction: 'approaching' })
    expect(update.plateImage?.[0]).toBe(0xff)
    expect(update.sceneImage?.[0]).toBe(0xff)
    expect(cam.posts.map((p) => p.status)).toEqual([200, 200, 200])
  })

  it('Hikvision: one multipart event with the XML, the plate crop and the scene', async () => {
    const { listener, plates } = await setup()
    const cam = new SimulatedAnprCamera({ url: listener.url, format: 'hikvision-isapi', lane: 2 })
    const uuid = await cam.vehicleArrives({ plate: 'B-XY 4711', country: 'D', confidence: 0.81, vehicle: 'truck' })
    const p = await until(() => plates()[0])
    expect(p).toMatchObject({ format: 'hikvision-isapi', state: 'new', eventId: `hikvision:${uuid}`, plate: 'B-XY 4711', plateNormalised: 'BXY4711', country: 'D', confidence: 0.81, lane: 2, direction: 'approaching' })
    expect(p.plateImage?.[0]).toBe(0xff)
    expect(p.sceneImage!.length).toBeGreaterThan(p.plateImage!.length)
    await cam.vehicleLeaves() // Hikvision has no LOST
    expect((await cam.heartbeat()).status).toBe(200)
    expect(plates()).toHaveLength(1)
  })

  it('answers garbage with 400/413/415 and a reason, reports it as incomplete, and keeps working', async () => {
    const { listener, incompletes, plates, log } = await setup({ maxBodyBytes: 4 * 1024 * 1024 })
    const hik = new SimulatedAnprCamera({ url: listener.url, format: 'hikvision-isapi' })
    const axis = new SimulatedAnprCamera({ url: listener.url, format: 'axis' })
    const expected: Array<[SimulatedAnprCamera, GarbageKind, number, string]> = [
      [hik, 'bad-multipart', 400, 'bad-multipart'],
      [hik, 'malformed-xml', 400, 'malformed-xml'],
      [hik, 'missing-plate', 400, 'missing-plate'],
      [axis, 'malformed-json', 400, 'malformed-json'],
      [axis, 'missing-plate', 400, 'missing-plate'],
      [axis, 'bad-image', 400, 'bad-image'],
      [axis, 'wrong-content-type', 415, 'unsupported-media-type'],
      [axis, 'huge', 413, 'body-too-large'],
    ]
    for (const [cam, kind, status, detail] of expected) {
      const r = await cam.postGarbage(kind)
      expect(r.status, kind).toBe(status)
      expect(JSON.parse(r.body), kind).toEqual({ error: detail })
    }
    await until(() => incompletes()[expected.length - 1])
    expect(incompletes().map((i) => [i.status, i.detail])).toEqual(expected.map(([, , s, d]) => [s, d]))
    expect(log.lines.filter((l) => l.message === 'ANPR post refused')).toHaveLength(expected.length)
    await hik.vehicleArrives({ plate: 'AB123CD', country: 'F' })
    expect(await until(() => plates()[0])).toMatchObject({ plate: 'AB123CD' })
  })

  it('requires Basic auth when configured; the password never appears in readings or logs', async () => {
    const { listener, plates, incompletes, log } = await setup({ auth: { username: 'cam', password: 'pa55-anpr' } })
    const anonymous = new SimulatedAnprCamera({ url: listener.url, format: 'axis' })
    await anonymous.vehicleArrives({ plate: 'AB123' })
    expect(anonymous.posts[0]!.status).toBe(401)
    const wrong = new SimulatedAnprCamera({ url: listener.url, format: 'axis', auth: { username: 'cam', password: 'nope' } })
    await wrong.vehicleArrives({ plate: 'AB123' })
    expect(wrong.posts[0]!.status).toBe(401)
    const cam = new SimulatedAnprCamera({ url: listener.url, format: 'axis', auth: { username: 'cam', password: 'pa55-anpr' } })
    await cam.vehicleArrives({ plate: 'AB123' })
    await until(() => plates()[1])
    expect(incompletes().every((i) => i.detail === 'unauthorised')).toBe(true)
    expect(JSON.stringify([...plates(), ...incompletes(), log.lines])).not.toContain('pa55-anpr')
  })

  it('refuses other methods, and a camera hanging up mid-post is no crash', async () => {
    const { listener, readings } = await setup()
    const status = await new Promise<number>((resolve) => http.get(`${listener.url}/ISAPI/anpr`, (res) => (res.resume(), resolve(res.statusCode ?? 0))))
    expect(status).toBe(405)
    await new Promise<void>((resolve) => {
      const req = http.request(`${listener.url}/x`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': 1000 } })
      req.on('error', () => resolve())
      req.write('{"carState":')
      setTimeout(() => (req.destroy(), resolve()), 30)
    })
    const cam = new SimulatedAnprCamera({ url: listener.url, format: 'axis' })
    await cam.vehicleArrives({ plate: 'ZZ999' })
    await until(() => readings.find((r) => r.type === 'plate' && r.state === 'update'))
  })

  it('drives a vehicle through the lane camera and the ANPR camera together', async () => {
    const { listener, plates } = await setup()
    const video = new SimulatedCamera({ width: 320, height: 180, fps: 10, scene: {} })
    await video.start()
    cleanup.push(() => video.stop())
    const mjpeg = new MjpegCamera(mjpegCameraConfigSchema.parse({ url: video.url, snapshotUrl: video.snapshotUrl }), video.transport, recordingLogger(), Date.now)
    const empty = await mjpeg.snapshot()
    const lane = new SimulatedLane(video, new SimulatedAnprCamera({ url: listener.url, format: 'axis' }))
    await lane.vehicleArrives({ plate: 'AB123CD', country: 'FRA', vehicle: 'van' })
    const withVan = await mjpeg.snapshot()
    expect(withVan.jpeg.length).toBeGreaterThan(empty.jpeg.length)
    await lane.vehicleLeaves()
    await until(() => plates()[2])
    expect(plates().map((p) => p.state)).toEqual(['new', 'update', 'lost'])
  })

  it('runs under the DeviceManager with the simulator as its transport (simulated mode: port 0)', async () => {
    const cam = new SimulatedAnprCamera({ format: 'hikvision-isapi' })
    const manager = new DeviceManager([{ id: 'anpr', driver: anprListenerDriver, config: { host: '127.0.0.1', port: 0 }, transport: cam.transport, simulated: true }], { log: silentLogger })
    cleanup.push(() => manager.stop())
    const readings: unknown[] = []
    manager.on('reading', (_id, r) => readings.push(r))
    await manager.start()
    expect(manager.statuses()[0]).toMatchObject({ kind: 'anpr', state: 'online' })
    await cam.vehicleArrives({ plate: 'AB123CD', country: 'F' })
    expect(await until(() => readings[0])).toMatchObject({ type: 'plate', plate: 'AB123CD', format: 'hikvision-isapi' })
  })

  it('validates its configuration and reports a port in use as fatal', async () => {
    expect(anprListenerConfigSchema.safeParse({ port: 8080 }).success).toBe(false)
    expect(anprListenerConfigSchema.parse({ host: '0.0.0.0', port: 8080 }).maxBodyBytes).toBe(8 * 1024 * 1024)
    const { listener } = await setup()
    const port = Number(new URL(listener.url).port)
    const second = new AnprListener(anprListenerConfigSchema.parse({ host: '127.0.0.1', port }), nodeHttpServerFactory, recordingLogger(), Date.now)
    await expect(second.open()).rejects.toMatchObject({ kind: 'fatal', code: 'anpr-cannot-listen' })
  })
})

// Reading a camera's profiles with the `onvif` package against
// SimulatedOnvifDevice (SOAP over HTTP on 127.0.0.1). WS-Discovery multicast
// cannot be tested here; only the direct-address path is.
import { afterEach, describe, expect, it } from 'vitest'
import { readOnvifProfiles } from '../../drivers/camera/onvif-profiles'
import { MjpegCamera, mjpegCameraConfigSchema } from '../../drivers/camera/mjpeg-camera'
import { nodeHttpConnector } from '../../drivers/camera/http-connector'
import { silentLogger } from '../../drivers/core/driver'
import { SimulatedCamera } from '../../drivers/simulators/camera/simulated-camera'
import { SimulatedOnvifDevice, type SimulatedOnvifProfile } from '../../drivers/simulators/camera/simulated-onvif-device'

let cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

function profiles(camera: SimulatedCamera): SimulatedOnvifProfile[] {
  return [
    { token: 'Profile_1', name: 'MainStream', width: 1280, height: 720, fps: 25, httpStreamUri: camera.url, rtspStreamUri: 'rtsp://127.0.0.1:8554/main', snapshotUri: camera.snapshotUrl },
    { token: 'Profile_2', name: 'SubStream', width: 640, height: 360, fps: 10, httpStreamUri: `${camera.url}?sub=1`, rtspStreamUri: 'rtsp://127.0.0.1:8554/sub', snapshotUri: camera.snapshotUrl },
  ]
}

async function setup(credentials: { username?: string; password?: string } = {}) {
  const camera = new SimulatedCamera({ width: 320, height: 180, fps: 10 })
  await camera.start()
  cleanup.push(() => camera.stop())
  const device = new SimulatedOnvifDevice({ profiles: profiles(camera), model: 'Lane Cam 7', ...credentials })
  await device.start()
  cleanup.push(() => device.stop())
  return { camera, device }
}

describe('ONVIF profiles through the onvif package against the simulated device', () => {
  it('connects, and lists profiles with their stream and snapshot URIs (WS-UsernameToken)', async () => {
    const { camera, device } = await setup({ username: 'onvif', password: 'secret' })
    const summary = await readOnvifProfiles({ hostname: device.hostname, port: device.servicePort, username: 'onvif', password: 'secret' })
    expect(summary).toMatchObject({ manufacturer: 'Checkpoint', model: 'Lane Cam 7', serialNumber: 'SIM-0001' })
    expect(summary.profiles).toEqual([
      { token: 'Profile_1', name: 'MainStream', encoding: 'JPEG', width: 1280, height: 720, fps: 25, rtspUri: 'rtsp://127.0.0.1:8554/main', httpUri: camera.url, snapshotUri: camera.snapshotUrl },
      { token: 'Profile_2', name: 'SubStream', encoding: 'JPEG', width: 640, height: 360, fps: 10, rtspUri: 'rtsp://127.0.0.1:8554/sub', httpUri: `${camera.url}?sub=1`, snapshotUri: camera.snapshotUrl },
    ])
    expect(device.actions).toEqual(expect.arrayContaining(['GetSystemDateAndTime', 'GetServices', 'GetProfiles', 'GetVideoSources', 'GetStreamUri', 'GetSnapshotUri', 'GetDeviceInformation']))
    // the URIs found feed the MJPEG driver
    const mjpeg = new MjpegCamera(mjpegCameraConfigSchema.parse({ url: summary.profiles[0]!.httpUri, snapshotUrl: summary.profiles[0]!.snapshotUri }), nodeHttpConnector(), silentLogger, Date.now)
    expect(await mjpeg.snapshot()).toMatchObject({ type: 'snapshot', width: 320, height: 180 })
  })

  it('reports wrong credentials as camera-auth-failed and an absent device as camera-unreachable', async () => {
    const { device } = await setup({ username: 'onvif', password: 'secret' })
    await expect(readOnvifProfiles({ hostname: device.hostname, port: device.servicePort, username: 'onvif', password: 'wrong' })).rejects.toMatchObject({ code: 'camera-auth-failed' })
    await expect(readOnvifProfiles({ hostname: device.hostname, port: device.servicePort })).rejects.toMatchObject({ code: 'camera-auth-failed' })
    const port = device.servicePort
    await device.stop()
    await expect(readOnvifProfiles({ hostname: '127.0.0.1', port, timeoutMs: 1000 })).rejects.toMatchObject({ kind: 'transient', code: 'camera-unreachable' })
  })

  it('works without credentials on an open device', async () => {
    const { device } = await setup()
    const summary = await readOnvifProfiles({ hostname: device.hostname, port: device.servicePort })
    expect(summary.profiles.map((p) => p.token)).toEqual(['Profile_1', 'Profile_2'])
  })
})

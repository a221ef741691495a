// Finding a camera's video with ONVIF (package `onvif`, xray-cameras-anpr.md
// §3.2), for the technician's device set-up: connect to a device by address
// (WS-UsernameToken auth), list its media profiles with their stream and
// snapshot URIs. `probeOnvifDevices` does WS-Discovery (multicast
// 239.255.255.250:3702), which cannot work in CI sandboxes or across routed
// lane networks; there, the technician types the address and
// `readOnvifProfiles` is used directly (that path is what the tests cover).
import onvif from 'onvif'
import type { Cam, CamOptions } from 'onvif'
import { DeviceError } from '../core/device-error'

export interface OnvifTarget {
  hostname: string
  port?: number
  /** Device service path; default `/onvif/device_service`. */
  path?: string
  username?: string
  password?: string
  timeoutMs?: number
}

export interface OnvifProfileInfo {
  token: string
  name: string
  encoding?: string
  width?: number
  height?: number
  fps?: number
  /** GetStreamUri with RTSP (what Profile S devices stream). */
  rtspUri?: string
  /** GetStreamUri with HTTP (RTSP over HTTP on real devices; the simulator answers its MJPEG stream). */
  httpUri?: string
  snapshotUri?: string
}

export interface OnvifDeviceSummary {
  manufacturer?: string
  model?: string
  firmwareVersion?: string
  serialNumber?: string
  profiles: OnvifProfileInfo[]
}

/** How the package's camera class is made; injectable so a test can count calls. */
export type CamFactory = (options: CamOptions) => Cam

const defaultCamFactory: CamFactory = (options) => new onvif.Cam(options)

export async function readOnvifProfiles(target: OnvifTarget, makeCam: CamFactory = defaultCamFactory): Promise<OnvifDeviceSummary> {
  const where = `${target.hostname}:${target.port ?? 80}`
  const cam = makeCam({
    hostname: target.hostname,
    port: target.port ?? 80,
    path: target.path ?? '/onvif/device_service',
    timeout: target.timeoutMs ?? 5000,
    autoconnect: false,
    ...(target.username ? { username: target.username, password: target.password ?? '' } : {}),
  })
  // The package emits 'warning' for odd devices; without a listener nothing happens, but log-worthy.
  cam.on('warning', () => undefined)
  await call(where, 'connect', (cb) => cam.connect(cb))
  const info = (await call(where, 'GetDeviceInformation', (cb) => cam.getDeviceInformation(cb)).catch(() => null)) as Record<string, unknown> | null
  const profiles: OnvifProfileInfo[] = []
  for (const p of (cam.profiles ?? []) as Array<Record<string, unknown>>) {
    const token = String((p.$ as Record<string, unknown> | undefined)?.token ?? p.token ?? '')
    if (!token) continue
    const enc = p.videoEncoderConfiguration as Record<string, unknown> | undefined
    const resolution = enc?.resolution as Record<string, unknown> | undefined
    const rate = enc?.rateControl as Record<string, unknown> | undefined
    const uri = async (fn: (cb: (err: Error | null, v?: { uri?: string }) => void) => void) =>
      ((await call(where, 'media URI', fn).catch(() => null)) as { uri?: string } | null)?.uri
    const rtspUri = await uri((cb) => cam.getStreamUri({ protocol: 'RTSP', profileToken: token }, cb))
    const httpUri = await uri((cb) => cam.getStreamUri({ protocol: 'HTTP', profileToken: token }, cb))
    const snapshotUri = await uri((cb) => cam.getSnapshotUri({ profileToken: token }, cb))
    profiles.push({
      token,
      name: String(p.name ?? token),
      ...(typeof enc?.encoding === 'string' ? { encoding: enc.encoding } : {}),
      ...(typeof resolution?.width === 'number' ? { width: resolution.width, height: Number(resolution.height) } : {}),
      ...(typeof rate?.frameRateLimit === 'number' ? { fps: rate.frameRateLimit } : {}),
      ...(rtspUri ? { rtspUri } : {}),
      ...(httpUri ? { httpUri } : {}),
      ...(snapshotUri ? { snapshotUri } : {}),
    })
  }
  const text = (k: string) => (info && info[k] !== undefined ? { [k]: String(info[k]) } : {})
  return { ...text('manufacturer'), ...text('model'), ...text('firmwareVersion'), ...text('serialNumber'), profiles }
}

/** A device that answered a WS-Discovery probe. */
export interface OnvifProbeMatch {
  hostname: string
  port: number
  /** The device service address it announced. */
  xaddr: string
}

/**
 * WS-Discovery on the local segment (UDP multicast). Resolves after
 * `timeoutMs` with whatever answered; errors from individual replies are dropped.
 */
export function probeOnvifDevices(timeoutMs = 3000): Promise<OnvifProbeMatch[]> {
  return new Promise((resolve) => {
    onvif.Discovery.probe({ timeout: timeoutMs, resolve: true }, (_err, devices) => {
      const matches: OnvifProbeMatch[] = []
      for (const d of devices ?? []) {
        const cam = d as Cam
        if (typeof cam.hostname !== 'string') continue
        matches.push({ hostname: cam.hostname, port: cam.port, xaddr: cam.xaddrs?.[0]?.href ?? `http://${cam.hostname}:${cam.port}${cam.path}` })
      }
      resolve(matches)
    })
  })
}

function call<T>(where: string, what: string, fn: (cb: (err: Error | null, value?: T) => void) => void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    try {
      fn((err, value) => (err ? reject(classify(where, what, err)) : resolve(value)))
    } catch (err) {
      // The package throws from inside callbacks for devices it does not understand.
      reject(classify(where, what, err instanceof Error ? err : new Error(String(err))))
    }
  })
}

function classify(where: string, what: string, err: Error & { code?: string }): DeviceError {
  const m = err.message
  if (/NotAuthorized|not authorized|authentication failed|Unauthorized/i.test(m)) {
    return new DeviceError('fatal', 'camera-auth-failed', `ONVIF device at ${where} refused the credentials (${what}).`)
  }
  if (err.code === 'ECONNREFUSED' || err.code === 'EHOSTUNREACH' || err.code === 'ETIMEDOUT' || /timeout|ECONN/i.test(m)) {
    return new DeviceError('transient', 'camera-unreachable', `ONVIF device at ${where} cannot be reached (${err.code ?? m}).`)
  }
  return new DeviceError('fatal', 'onvif-error', `ONVIF device at ${where} failed ${what}: ${m}`)
}

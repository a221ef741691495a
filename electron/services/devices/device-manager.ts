// Supervises every configured device: opens it, keeps a status the UI shows,
// reconnects with backoff, and logs once when a device becomes unavailable and
// once when it returns (Home Assistant's log-when-unavailable rule).
import { EventEmitter } from 'node:events'
import type { DeviceStatus } from '../../../shared/domain/devices'
import type { Device, DriverDescriptor, Logger } from '../../../drivers/core/driver'
import { DeviceError, isDeviceError } from '../../../drivers/core/device-error'
import { backoffDelay } from './backoff'

export interface DeviceSpec {
  id: string
  // Drivers differ in config, transport and reading types; the spec pairs them correctly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  driver: DriverDescriptor<any, any, any>
  config: unknown
  transport: unknown
  simulated: boolean
}

export interface DeviceManagerOptions {
  log: Logger
  now?: () => number
  initialBackoffMs?: number
  maxBackoffMs?: number
}

interface Supervised {
  spec: DeviceSpec
  device: Device | null
  status: DeviceStatus
  attempt: number
  timer: NodeJS.Timeout | null
  reportedUnavailable: boolean
}

export interface DeviceManagerEvents {
  status: [DeviceStatus[]]
  reading: [deviceId: string, reading: unknown]
  problem: [deviceId: string, error: DeviceError]
}

export class DeviceManager extends EventEmitter<DeviceManagerEvents> {
  private readonly devices = new Map<string, Supervised>()
  private stopped = false
  private readonly now: () => number
  private readonly initialMs: number
  private readonly maxMs: number

  constructor(specs: DeviceSpec[], private readonly options: DeviceManagerOptions) {
    super()
    this.now = options.now ?? Date.now
    this.initialMs = options.initialBackoffMs ?? 500
    this.maxMs = options.maxBackoffMs ?? 15_000
    for (const spec of specs) {
      this.devices.set(spec.id, {
        spec,
        device: null,
        attempt: 0,
        timer: null,
        reportedUnavailable: false,
        status: {
          id: spec.id,
          kind: spec.driver.kind,
          driver: spec.driver.id,
          displayName: spec.driver.displayName,
          simulated: spec.simulated,
          state: 'connecting',
          problem: null,
          retryAt: null,
          activity: null,
        },
      })
    }
  }

  async start(): Promise<void> {
    this.stopped = false
    await Promise.all([...this.devices.values()].map((d) => this.connect(d)))
  }

  async stop(): Promise<void> {
    this.stopped = true
    for (const d of this.devices.values()) {
      if (d.timer) clearTimeout(d.timer)
      d.timer = null
      await d.device?.close().catch(() => undefined)
    }
  }

  statuses(): DeviceStatus[] {
    return [...this.devices.values()].map((d) => ({ ...d.status }))
  }

  /** The open device (to send it a request, e.g. a fingerprint capture), or null while it is not online. */
  device(id: string): Device | null {
    const d = this.devices.get(id)
    return d && d.status.state === 'online' ? d.device : null
  }

  /** Try now instead of waiting for the next backoff step (technician's "reconnect"). */
  async reconnect(id: string): Promise<void> {
    const d = this.devices.get(id)
    if (!d || d.status.state === 'online') return
    if (d.timer) clearTimeout(d.timer)
    d.timer = null
    d.attempt = 0
    await this.connect(d)
  }

  private async connect(d: Supervised): Promise<void> {
    if (this.stopped) return
    this.setStatus(d, { state: 'connecting', retryAt: null })
    try {
      if (!d.device) d.device = this.create(d)
      await d.device.open()
    } catch (err) {
      this.unavailable(d, toDeviceError(err))
      return
    }
    d.attempt = 0
    if (d.reportedUnavailable) this.options.log.info('device available again', { device: d.spec.id })
    d.reportedUnavailable = false
    this.setStatus(d, { state: 'online', problem: null, retryAt: null })
  }

  private create(d: Supervised): Device {
    const parsed = d.spec.driver.configSchema.safeParse(d.spec.config)
    if (!parsed.success) {
      throw new DeviceError('fatal', 'bad-configuration', `Invalid configuration for ${d.spec.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    }
    const device = d.spec.driver.create({ config: parsed.data, transport: d.spec.transport, log: this.options.log, now: this.now })
    device.on('reading', (reading: unknown) => this.emit('reading', d.spec.id, reading))
    // Readers that report their state (the vendor bridge) emit `status`; others never do.
    ;(device as unknown as { on(e: 'status', l: (s: { status: DeviceStatus['activity'] }) => void): void }).on('status', (s) => this.setStatus(d, { activity: s.status }))
    device.on('problem', (error: DeviceError) => {
      this.emit('problem', d.spec.id, error)
      d.attempt = 0
      this.unavailable(d, error)
    })
    return device
  }

  private unavailable(d: Supervised, error: DeviceError): void {
    if (!d.reportedUnavailable) {
      this.options.log.warn('device unavailable', { device: d.spec.id, kind: error.kind, code: error.code, detail: error.message })
      d.reportedUnavailable = true
    }
    const retry = error.kind !== 'fatal' && !this.stopped
    const delay = backoffDelay(d.attempt, this.initialMs, this.maxMs)
    this.setStatus(d, {
      state: 'offline',
      activity: null,
      problem: { kind: error.kind, code: error.code, detail: error.message },
      retryAt: retry ? this.now() + delay : null,
    })
    if (!retry) return
    d.attempt++
    if (d.timer) clearTimeout(d.timer)
    d.timer = setTimeout(() => {
      d.timer = null
      void this.connect(d)
    }, delay)
  }

  private setStatus(d: Supervised, patch: Partial<DeviceStatus>): void {
    d.status = { ...d.status, ...patch }
    this.emit('status', this.statuses())
  }
}

function toDeviceError(err: unknown): DeviceError {
  if (isDeviceError(err)) return err
  return new DeviceError('transient', 'unexpected', err instanceof Error ? err.message : String(err))
}

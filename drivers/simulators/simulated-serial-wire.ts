// The device's side of a serial wire: a serialport binding (like
// @serialport/binding-mock, but scripted) with the physical controls every
// serial device simulator shares: raw bytes onto the wire, unplug, replug,
// what the host wrote, and garbage when the host opens with the wrong line
// settings. Protocol simulators (plain-text MRZ, RTE framed) extend it and add
// what their device sends. Drivers read through the real SerialPortStream on
// top of it, so their protocol code is exercised unchanged.
import type { BindingInterface, BindingPortInterface, OpenOptions, PortInfo, PortStatus } from '@serialport/bindings-interface'

export interface SerialSettings {
  baudRate: number
  dataBits: 5 | 6 | 7 | 8
  parity: string
  stopBits: 1 | 1.5 | 2
}

export interface SimulatedSerialWireOptions {
  path?: string
  /** The simulated device's own line settings; a host opening with others receives garbage, as on a real wire. */
  settings?: Partial<SerialSettings>
  /** Largest chunk one read returns, to exercise reassembly of fragmented reads. */
  maxReadSize?: number
  /** What `list()` reports about the port (USB ids, manufacturer). */
  portInfo?: Partial<Omit<PortInfo, 'path'>>
}

class CanceledError extends Error {
  readonly canceled = true
}

/** Deterministic pseudo-random bytes (xorshift32): the same seed gives the same noise. */
export function noiseBytes(seed: number, length: number): Buffer {
  let x = seed >>> 0 || 1
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = (x >>> 0) % 256
  }
  return bytes
}

export class SimulatedSerialWire {
  readonly path: string
  readonly settings: SerialSettings
  private readonly maxReadSize: number
  private readonly portInfo: Omit<PortInfo, 'path'>
  private isPlugged = true
  private port: SimulatedPort | null = null
  /** Bytes the host wrote to the device. */
  readonly received: Buffer[] = []

  constructor(options: SimulatedSerialWireOptions = {}, defaultPath = '/dev/ttySIM0') {
    this.path = options.path ?? defaultPath
    this.settings = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, ...options.settings }
    this.maxReadSize = options.maxReadSize ?? 16
    this.portInfo = {
      manufacturer: 'Checkpoint simulator',
      serialNumber: 'SIM-0001',
      pnpId: undefined,
      locationId: undefined,
      productId: undefined,
      vendorId: undefined,
      ...options.portInfo,
    }
  }

  /** The binding a SerialPortStream opens; inject it into the driver. */
  readonly binding: BindingInterface = {
    list: async (): Promise<PortInfo[]> => (this.isPlugged ? [{ path: this.path, ...this.portInfo }] : []),
    open: async (options: OpenOptions): Promise<BindingPortInterface> => {
      if (options.path !== this.path || !this.isPlugged) throw new Error(`Error: No such file or directory, cannot open ${options.path}`)
      if (this.port?.isOpen) throw new Error(`Error Resource temporarily unavailable (busy), cannot open ${options.path}`)
      this.port = new SimulatedPort(options, this.maxReadSize, (b) => this.received.push(b))
      return this.port
    },
  }

  /** The driver's transport: the serialport binding. */
  get transport(): BindingInterface {
    return this.binding
  }

  get plugged(): boolean {
    return this.isPlugged
  }

  get connected(): boolean {
    return this.isPlugged && (this.port?.isOpen ?? false)
  }

  /** Raw bytes onto the wire, exactly as given. */
  send(bytes: Uint8Array): void {
    if (!this.isPlugged || !this.port?.isOpen) return // nobody listening: the bytes are lost, as on a real wire
    this.port.deliver(this.garbleIfMismatched(Buffer.from(bytes)))
  }

  unplug(): void {
    this.isPlugged = false
    this.port?.disconnect()
    this.port = null
  }

  replug(): void {
    this.isPlugged = true
  }

  /** A receiver at the wrong baud rate or framing sees garbage, not text. */
  private garbleIfMismatched(bytes: Buffer): Buffer {
    const o = this.port!.openOptions
    const s = this.settings
    const match = o.baudRate === s.baudRate && o.dataBits === s.dataBits && o.parity === s.parity && o.stopBits === s.stopBits
    if (match) return bytes
    return Buffer.from(bytes.map((b, i) => ((b * 7 + i * 13) ^ 0xa5) & 0xff))
  }
}

class SimulatedPort implements BindingPortInterface {
  readonly openOptions: Required<OpenOptions>
  isOpen = true
  private unplugged = false
  private queue: Buffer[] = []
  private pendingRead: {
    buffer: Buffer
    offset: number
    length: number
    resolve: (r: { buffer: Buffer; bytesRead: number }) => void
    reject: (e: Error) => void
  } | null = null

  constructor(
    options: OpenOptions,
    private readonly maxReadSize: number,
    private readonly onWrite: (b: Buffer) => void,
  ) {
    this.openOptions = {
      dataBits: 8,
      lock: true,
      stopBits: 1,
      parity: 'none',
      rtscts: false,
      xon: false,
      xoff: false,
      xany: false,
      hupcl: true,
      ...options,
    } as Required<OpenOptions>
  }

  deliver(bytes: Buffer): void {
    this.queue.push(bytes)
    this.serve()
  }

  /** The cable is pulled: in-flight reads fail with a non-canceled error, which the stream treats as a disconnection. */
  disconnect(): void {
    // The port stays "open" from the host's view until the stream closes it,
    // as with a real USB-serial adapter yanked out: the next I/O fails.
    this.unplugged = true
    this.queue = []
    const p = this.pendingRead
    this.pendingRead = null
    p?.reject(new Error('Device disconnected (simulated unplug)'))
  }

  async read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }> {
    if (!this.isOpen) throw new CanceledError('Port is closed')
    if (this.unplugged) throw new Error('Device disconnected (simulated unplug)')
    return new Promise((resolve, reject) => {
      this.pendingRead = { buffer, offset, length, resolve, reject }
      this.serve()
    })
  }

  async write(buffer: Buffer): Promise<void> {
    if (!this.isOpen) throw new CanceledError('Port is closed')
    if (this.unplugged) throw new Error('Device disconnected (simulated unplug)')
    this.onWrite(Buffer.from(buffer))
  }

  async close(): Promise<void> {
    this.isOpen = false
    const p = this.pendingRead
    this.pendingRead = null
    p?.reject(new CanceledError('Port closed'))
  }

  async update(options: { baudRate: number }): Promise<void> {
    this.openOptions.baudRate = options.baudRate
  }
  async set(): Promise<void> {}
  async get(): Promise<PortStatus> {
    return { cts: true, dsr: true, dcd: false }
  }
  async getBaudRate(): Promise<{ baudRate: number }> {
    return { baudRate: this.openOptions.baudRate }
  }
  async flush(): Promise<void> {
    this.queue = []
  }
  async drain(): Promise<void> {}

  private serve(): void {
    const p = this.pendingRead
    const head = this.queue[0]
    if (!p || !head) return
    const n = Math.min(p.length, this.maxReadSize, head.length)
    head.copy(p.buffer, p.offset, 0, n)
    if (n === head.length) this.queue.shift()
    else this.queue[0] = head.subarray(n)
    this.pendingRead = null
    p.resolve({ buffer: p.buffer, bytesRead: n })
  }
}

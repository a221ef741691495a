// The device's side of a serial wire, for a plain-text MRZ reader: a
// serialport binding (like @serialport/binding-mock, but scripted) plus the
// controls a test, a scenario or a trainer uses: present a document, send
// noise or a partial line, unplug, replug. The driver reads through the real
// SerialPortStream on top of it, so its protocol code is exercised unchanged.
import type { BindingInterface, BindingPortInterface, OpenOptions, PortInfo, PortStatus } from '@serialport/bindings-interface'

export interface SerialSettings {
  baudRate: number
  dataBits: 5 | 6 | 7 | 8
  parity: string
  stopBits: 1 | 1.5 | 2
}

export interface SimulatedSerialReaderOptions {
  path?: string
  /** The simulated device's own line settings; a host opening with others receives garbage, as on a real wire. */
  settings?: Partial<SerialSettings>
  /** Largest chunk one read returns, to exercise reassembly of fragmented reads. */
  maxReadSize?: number
  lineEnding?: 'CR' | 'CRLF'
}

export interface PresentOptions {
  lineEnding?: 'CR' | 'CRLF'
}

class CanceledError extends Error {
  readonly canceled = true
}

export class SimulatedSerialReader {
  readonly path: string
  readonly settings: SerialSettings
  private readonly maxReadSize: number
  private readonly lineEnding: 'CR' | 'CRLF'
  private isPlugged = true
  private port: SimulatedPort | null = null
  /** Bytes the host wrote to the device (the plain-text reader ignores them). */
  readonly received: Buffer[] = []

  constructor(options: SimulatedSerialReaderOptions = {}) {
    this.path = options.path ?? '/dev/ttySIM-MRZ0'
    this.settings = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, ...options.settings }
    this.maxReadSize = options.maxReadSize ?? 16
    this.lineEnding = options.lineEnding ?? 'CR'
  }

  /** The binding a SerialPortStream opens; inject it into the driver. */
  readonly binding: BindingInterface = {
    list: async (): Promise<PortInfo[]> =>
      this.isPlugged
        ? [{ path: this.path, manufacturer: 'Checkpoint simulator', serialNumber: 'SIM-MRZ-0001', pnpId: undefined, locationId: undefined, productId: '5400', vendorId: '08e6' }]
        : [],
    open: async (options: OpenOptions): Promise<BindingPortInterface> => {
      if (options.path !== this.path || !this.isPlugged) throw new Error(`Error: No such file or directory, cannot open ${options.path}`)
      if (this.port?.isOpen) throw new Error(`Error Resource temporarily unavailable (busy), cannot open ${options.path}`)
      this.port = new SimulatedPort(options, this.maxReadSize, (b) => this.received.push(b))
      return this.port
    },
  }

  get plugged(): boolean {
    return this.isPlugged
  }

  get connected(): boolean {
    return this.isPlugged && (this.port?.isOpen ?? false)
  }

  /** The reader reads a document: every MRZ line, each ending in CR (or CRLF). */
  present(lines: readonly string[], options: PresentOptions = {}): void {
    const eol = (options.lineEnding ?? this.lineEnding) === 'CRLF' ? '\r\n' : '\r'
    this.send(Buffer.from(lines.map((l) => l + eol).join(''), 'latin1'))
  }

  /** Line noise: random bytes including control characters, then a terminator. */
  sendNoise(seed = 1, length = 24): void {
    let x = seed >>> 0 || 1
    const bytes = Buffer.alloc(length)
    for (let i = 0; i < length; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      bytes[i] = (x >>> 0) % 256
    }
    this.send(Buffer.concat([bytes, Buffer.from('\r')]))
  }

  /** The document is pulled out mid-read: the first line and part of the next, no terminator. */
  sendPartial(lines: readonly string[]): void {
    const first = lines[0] ?? ''
    const second = (lines[1] ?? '').slice(0, 12)
    this.send(Buffer.from(`${first}\r${second}`, 'latin1'))
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

// USB HID as drivers see it: list devices, open one by path, then reports in
// ('data'), failures ('error'), output reports out (write). Drivers receive a
// HidTransport exactly where a simulator's would go. The real one is on
// node-hid's HIDAsync, whose operations run in order on a work queue.
//
// node-hid's README: HID.devices() and open() each trigger a costly USB
// enumeration, so NEVER poll them for hotplug. Nothing here runs on a timer:
// list() runs only when a driver opens (and the driver tries its last known
// path first, which needs no enumeration); a vanished device surfaces as an
// 'error' on the open connection.
import { EventEmitter } from 'node:events'
import HID from 'node-hid'
import type { Device as NodeHidDevice, HIDAsync } from 'node-hid'

export interface HidDeviceInfo {
  path: string
  vendorId: number
  productId: number
  product?: string
  manufacturer?: string
  serialNumber?: string
  /** 0xFF00–0xFFFF is vendor-defined: the reader's data interface, as opposed to a keyboard-wedge one. */
  usagePage?: number
  usage?: number
  interface?: number
}

export interface HidConnection {
  /** An input report, without a report-id byte for devices that use none. */
  on(event: 'data', listener: (report: Uint8Array) => void): void
  /** Reading failed, typically because the device was unplugged. No more data follows. */
  on(event: 'error', listener: (error: Error) => void): void
  off(event: 'data', listener: (report: Uint8Array) => void): void
  off(event: 'error', listener: (error: Error) => void): void
  /** An output report; the first byte is the report id (0x00 for devices without numbered reports). Resolves to bytes written. */
  write(data: readonly number[] | Uint8Array): Promise<number>
  close(): Promise<void>
}

export interface HidTransport {
  list(): Promise<HidDeviceInfo[]>
  open(path: string): Promise<HidConnection>
}

/** The subset of node-hid this transport uses (injectable for tests without USB). */
export interface NodeHidModule {
  devicesAsync(): Promise<NodeHidDevice[]>
  HIDAsync: { open(path: string): Promise<HIDAsync> }
  setDriverType?(type: 'hidraw' | 'libusb'): void
}

export interface NodeHidTransportOptions {
  /** Only these vendor ids are listed (default: all). */
  vendorIds?: readonly number[]
  /** Linux: 'hidraw' (default, kernel driver stays attached) or 'libusb'. */
  driverType?: 'hidraw' | 'libusb'
  /** For tests: a stand-in for the node-hid module. */
  module?: NodeHidModule
}

class NodeHidConnection extends EventEmitter implements HidConnection {
  private closed = false

  constructor(private readonly device: HIDAsync) {
    super()
    // Attaching a 'data' listener starts node-hid's read thread.
    device.on('data', (data: Buffer) => this.emit('data', new Uint8Array(data.buffer, data.byteOffset, data.byteLength)))
    device.on('error', (error: unknown) => {
      if (!this.closed) this.emit('error', error instanceof Error ? error : new Error(String(error)))
    })
  }

  async write(data: readonly number[] | Uint8Array): Promise<number> {
    return this.device.write(Buffer.from(data as ArrayLike<number>))
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.removeAllListeners()
    await this.device.close()
  }
}

/** The real USB HID transport on node-hid's HIDAsync. */
export function nodeHidTransport(options: NodeHidTransportOptions = {}): HidTransport {
  const hid: NodeHidModule = options.module ?? HID
  let driverSet = false
  const prepare = () => {
    if (driverSet) return
    driverSet = true
    if (process.platform === 'linux' && options.driverType) hid.setDriverType?.(options.driverType)
  }
  return {
    async list() {
      prepare()
      const devices = await hid.devicesAsync()
      return devices
        .filter((d): d is NodeHidDevice & { path: string } => typeof d.path === 'string' && d.path.length > 0)
        .filter((d) => !options.vendorIds || options.vendorIds.includes(d.vendorId))
        .map((d) => ({
          path: d.path,
          vendorId: d.vendorId,
          productId: d.productId,
          product: d.product,
          manufacturer: d.manufacturer,
          serialNumber: d.serialNumber,
          usagePage: d.usagePage,
          usage: d.usage,
          interface: d.interface,
        }))
    },
    async open(path: string) {
      prepare()
      return new NodeHidConnection(await hid.HIDAsync.open(path))
    },
  }
}

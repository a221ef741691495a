// An image pad on the other end of libfprint's `virtual_image` socket: like
// libfprint's tests/virtual-image.py it CONNECTS to the socket the driver
// listens on and pushes frames (virtual-image-frame.ts). Its transport wraps
// the real `net` one, so it learns where the driver listens and connects as
// soon as it does (and again after the driver drops it, while plugged in),
// and the driver under test runs on real sockets.
//
// The protocol carries no finger position: a slap is just a larger image, so
// `placeSlap`'s position is only recorded for the trainer's log. The driver
// decides what an image is from the capture it asked for.
import { connect, type Socket } from 'node:net'
import type { GreyImage } from '../../../shared/fingerprints/grey-image'
import type { FingerPosition } from '../../../shared/fingerprints/finger-positions'
import { netPadSocketTransport, type PadListener, type PadSocketAddress, type PadSocketTransport } from '../../fingerprint/pad-socket'
import {
  encodeVirtualImage,
  encodeVirtualImageHeader,
  fpDeviceError,
  fpDeviceRetry,
  virtualImageCommand,
  VIRTUAL_IMAGE_HEADER_BYTES,
} from '../../fingerprint/virtual-image-frame'
import type { FingerprintPadSimulator } from './fingerprint-pad-simulator'

export interface SimulatedImagePadOptions {
  /** The real socket transport it wraps (the `net` one by default). */
  base?: PadSocketTransport
  /** How soon it reconnects after the driver dropped it. */
  reconnectDelayMs?: number
}

export class SimulatedImagePad implements FingerprintPadSimulator {
  readonly transport: PadSocketTransport
  private target: PadSocketAddress | null = null
  private socket: Socket | null = null
  private isPlugged = true
  private readonly reconnectDelayMs: number
  private reconnectTimer: NodeJS.Timeout | null = null
  private unplugAfterBytes: number | null = null
  /** The slap last placed, for the trainer's log (the wire does not carry it). */
  lastSlapPosition: FingerPosition | null = null
  /** How many connections the pad has made (reconnects included). */
  connections = 0

  constructor(options: SimulatedImagePadOptions = {}) {
    const base = options.base ?? netPadSocketTransport()
    this.reconnectDelayMs = options.reconnectDelayMs ?? 30
    this.transport = {
      listen: async (address) => {
        const listener = await base.listen(address)
        this.target = listener.address
        this.connectIfPlugged()
        return this.watch(listener)
      },
    }
  }

  get plugged(): boolean {
    return this.isPlugged
  }

  /** Connected to a listening driver. */
  get connected(): boolean {
    return this.socket !== null && !this.socket.connecting && !this.socket.destroyed
  }

  // ---- Control surface -----------------------------------------------------

  /** A single finger is imaged: one frame of the image as it is. */
  placeFinger(image: GreyImage): void {
    this.send(encodeVirtualImage(image))
  }

  /** A slap (13 right four, 14 left four, 15 both thumbs) is imaged: one larger frame. */
  placeSlap(position: FingerPosition, image: GreyImage): void {
    this.lastSlapPosition = position
    this.send(encodeVirtualImage(image))
  }

  /** The finger leaves the platen (command -4, 0). */
  liftFinger(): void {
    this.send(encodeVirtualImageHeader(virtualImageCommand.fingerStatus, 0))
  }

  /** The finger is on the platen (command -4, 1). */
  fingerDown(): void {
    this.send(encodeVirtualImageHeader(virtualImageCommand.fingerStatus, 1))
  }

  /** The pad asks for the scan to be repeated (command -1). */
  sendRetry(retry: (typeof fpDeviceRetry)[number]): void {
    this.send(encodeVirtualImageHeader(virtualImageCommand.retry, fpDeviceRetry.indexOf(retry)))
  }

  /** The pad reports an error (command -2). */
  sendError(error: (typeof fpDeviceError)[number]): void {
    this.send(encodeVirtualImageHeader(virtualImageCommand.error, fpDeviceError.indexOf(error)))
  }

  /** The header and only part of the pixels, then silence. */
  sendTruncated(image: GreyImage, fraction = 0.5): void {
    const frame = encodeVirtualImage(image)
    this.send(frame.subarray(0, VIRTUAL_IMAGE_HEADER_BYTES + Math.floor(image.pixels.length * fraction)))
  }

  /** A header whose height disagrees with the pixels that follow (all of the image's bytes are sent). */
  sendWrongSize(image: GreyImage, heightDelta = -10): void {
    const frame = encodeVirtualImage(image)
    frame.set(encodeVirtualImageHeader(image.width, image.height + heightDelta), 0)
    this.send(frame)
  }

  /** Any header at all (a zero width, 5000 × 5000, an unknown command). */
  sendHeader(a: number, b: number): void {
    this.send(encodeVirtualImageHeader(a, b))
  }

  /** Raw bytes onto the socket. */
  send(bytes: Uint8Array): void {
    const socket = this.socket && !this.socket.destroyed ? this.socket : null
    if (!socket) return // nobody listening: lost, as on a real cable (a socket still connecting buffers the bytes)
    if (this.unplugAfterBytes !== null && bytes.length > this.unplugAfterBytes) {
      const cut = this.unplugAfterBytes
      this.unplugAfterBytes = null
      socket.write(bytes.subarray(0, cut), () => this.unplug())
      return
    }
    socket.write(bytes)
  }

  /** The cable comes out after this many bytes of the next frame sent (mid-slap, say). */
  unplugDuringNextFrame(afterBytes = 100_000): void {
    this.unplugAfterBytes = afterBytes
  }

  /** The capture service closes its end cleanly: what it already wrote still arrives, then the connection ends. */
  hangUp(): void {
    this.isPlugged = false
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = null
    const socket = this.socket
    this.socket = null
    socket?.end()
  }

  unplug(): void {
    this.isPlugged = false
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = null
    const socket = this.socket
    this.socket = null
    socket?.destroy()
  }

  replug(): void {
    this.isPlugged = true
    this.connectIfPlugged()
  }

  /** Resolves once connected to the driver. */
  async whenConnected(timeoutMs = 2000): Promise<void> {
    const started = Date.now()
    while (!this.connected) {
      if (Date.now() - started > timeoutMs) throw new Error('simulated pad did not connect')
      await new Promise((r) => setTimeout(r, 5))
    }
  }

  // ---- The pad's side of the socket ------------------------------------------

  private connectIfPlugged(): void {
    if (!this.isPlugged || !this.target || this.socket) return
    const socket = 'path' in this.target ? connect(this.target.path) : connect(this.target.port, this.target.host)
    this.socket = socket
    this.connections++
    socket.on('error', () => undefined) // a refused or reset connection ends in 'close'
    socket.on('close', () => {
      if (this.socket !== socket) return
      this.socket = null
      // The driver dropped us (or went away): a pad that is still plugged in tries again.
      if (this.isPlugged && this.target) this.reconnectTimer = setTimeout(() => this.connectIfPlugged(), this.reconnectDelayMs)
    })
  }

  /** The driver's listener, noting when the driver stops listening. */
  private watch(listener: PadListener): PadListener {
    return {
      address: listener.address,
      onConnection: (l) => listener.onConnection(l),
      close: async () => {
        this.target = null
        if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
        this.reconnectTimer = null
        const socket = this.socket
        this.socket = null
        socket?.destroy()
        await listener.close()
      },
    }
  }
}

// The socket an image pad's images arrive on. As in libfprint's
// virtual_image, the driver LISTENS (a unix stream socket, or TCP on this
// machine) and the pad side (a capture process, or SimulatedImagePad)
// connects and pushes frames. Injected like a serialport binding: the real
// one is `net`; the simulator wraps it to learn where to connect.
import { lstatSync, unlinkSync } from 'node:fs'
import { createServer, type Server } from 'node:net'

export type PadSocketAddress = { path: string } | { host: string; port: number }

/** The parts of a `net.Socket` the driver uses. */
export interface PadConnection {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown
  on(event: 'close', listener: () => void): unknown
  on(event: 'error', listener: (err: Error) => void): unknown
  destroy(): void
}

export interface PadListener {
  /** Where it actually listens (with the port the OS chose, if 0 was asked). */
  readonly address: PadSocketAddress
  onConnection(listener: (connection: PadConnection) => void): void
  close(): Promise<void>
}

export interface PadSocketTransport {
  listen(address: PadSocketAddress): Promise<PadListener>
}

export const describeAddress = (a: PadSocketAddress): string => ('path' in a ? a.path : `${a.host}:${a.port}`)

/** Real sockets: `net.createServer` on a unix path (a stale socket file is replaced, as libfprint does) or a TCP port. */
export function netPadSocketTransport(): PadSocketTransport {
  return {
    async listen(address) {
      if ('path' in address) removeStaleSocket(address.path)
      const server = createServer({ pauseOnConnect: false })
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        const done = () => {
          server.off('error', reject)
          resolve()
        }
        if ('path' in address) server.listen(address.path, done)
        else server.listen(address.port, address.host, done)
      })
      return serverListener(server, address)
    },
  }
}

function serverListener(server: Server, asked: PadSocketAddress): PadListener {
  const bound = server.address()
  const address: PadSocketAddress = 'path' in asked || bound === null || typeof bound === 'string' ? asked : { host: asked.host, port: bound.port }
  return {
    address,
    onConnection: (listener) => void server.on('connection', listener),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
      }),
  }
}

/** Only a socket file is removed, never a regular file someone configured by mistake. */
function removeStaleSocket(path: string): void {
  try {
    if (lstatSync(path).isSocket()) unlinkSync(path)
  } catch {
    // absent: nothing to remove
  }
}

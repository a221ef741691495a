// The simulated camera and ONVIF device serve HTTP on the loopback interface only.
import type http from 'node:http'
import type { AddressInfo } from 'node:net'

/** Listens on 127.0.0.1 (port 0: any free port) and answers the port taken. */
export function listenOnLoopback(server: http.Server, port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

// How a bridge driver reaches a vendor's local bridge process: a connector
// that opens a WebSocket (package `ws`). The real one connects to the URL in
// the driver's config; SimulatedBridge's connects to the simulator's own
// ephemeral port. Either way the driver speaks to a real WebSocket.
import WebSocket from 'ws'

export interface BridgeConnectOptions {
  handshakeTimeoutMs: number
}

export interface BridgeConnector {
  connect(url: string, options: BridgeConnectOptions): WebSocket
}

/** Results carry page images as base64; allow a few full-page captures per message. */
export const BRIDGE_MAX_MESSAGE_BYTES = 64 * 1024 * 1024

export function wsBridgeConnector(): BridgeConnector {
  return {
    connect: (url, options) =>
      new WebSocket(url, {
        handshakeTimeout: options.handshakeTimeoutMs,
        maxPayload: BRIDGE_MAX_MESSAGE_BYTES,
        perMessageDeflate: false,
        followRedirects: false,
      }),
  }
}

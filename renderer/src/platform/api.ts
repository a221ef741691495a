// The renderer talks only to CheckpointApi: the Electron preload's
// window.checkpoint when present, otherwise the web host's WebSocket.
import type { CheckpointApi } from '../../../shared/api/contract'
import { createWsClient, type ConnectionState } from './ws-client'

declare global {
  interface Window {
    checkpoint?: CheckpointApi
  }
}

const stateListeners = new Set<(s: ConnectionState) => void>()
let connectionState: ConnectionState = 'open'

function webApi(): CheckpointApi {
  const token = new URLSearchParams(location.search).get('token') ?? ''
  const url = `ws://${location.host}/api?token=${encodeURIComponent(token)}`
  return createWsClient(url, (s) => {
    connectionState = s
    for (const l of stateListeners) l(s)
  })
}

export const api: CheckpointApi = window.checkpoint ?? webApi()
export const host: 'electron' | 'web' = window.checkpoint ? 'electron' : 'web'

export function onConnectionState(cb: (s: ConnectionState) => void): () => void {
  stateListeners.add(cb)
  cb(connectionState)
  return () => stateListeners.delete(cb)
}

// CheckpointApi over the web host's WebSocket: the same contract as the
// Electron preload, so the rest of the renderer cannot tell the hosts apart.
import { events, methodNames, onName, type CheckpointApi, type EventName } from '../../../shared/api/contract'
import type { ServerMessage } from '../../../shared/api/wire'
import type { Result } from '../../../shared/api/result'

export type ConnectionState = 'connecting' | 'open' | 'closed'

export function createWsClient(url: string, onState: (s: ConnectionState) => void): CheckpointApi {
  const pending = new Map<number, (r: Result<unknown>) => void>()
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let nextId = 1
  let socket: WebSocket
  let ready: Promise<void>
  let retry = 0

  const connect = () => {
    onState('connecting')
    socket = new WebSocket(url)
    ready = new Promise<void>((resolve) => socket.addEventListener('open', () => resolve(), { once: true }))
    socket.addEventListener('open', () => {
      retry = 0
      onState('open')
    })
    socket.addEventListener('message', (e) => {
      const m = JSON.parse(String(e.data)) as ServerMessage
      if (m.t === 'res') {
        pending.get(m.id)?.(m.result as Result<unknown>)
        pending.delete(m.id)
      } else {
        for (const cb of listeners.get(m.event) ?? []) cb(m.payload)
      }
    })
    socket.addEventListener('close', () => {
      onState('closed')
      for (const resolve of pending.values()) resolve({ ok: false, code: 'unavailable', message: 'Connection to the workstation lost.' })
      pending.clear()
      // The server forgets the session with the socket; the app returns to sign-in.
      for (const cb of listeners.get('sessionChanged') ?? []) cb(null)
      setTimeout(connect, Math.min(5000, 250 * 2 ** retry++))
    })
  }
  connect()

  const api: Record<string, unknown> = {}
  for (const { ns, method, channel } of methodNames()) {
    const group = (api[ns] ??= {}) as Record<string, unknown>
    group[method] = async (input?: unknown): Promise<Result<unknown>> => {
      await ready
      const id = nextId++
      return new Promise((resolve) => {
        pending.set(id, resolve)
        socket.send(JSON.stringify({ t: 'req', id, channel, input: input ?? {} }))
      })
    }
  }
  for (const event of Object.keys(events) as EventName[]) {
    api[onName(event)] = (cb: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(cb)
      return () => set.delete(cb)
    }
  }
  return Object.freeze(api) as unknown as CheckpointApi
}

// Exposes exactly one frozen object, window.checkpoint: a named function per
// contract request and an on…(cb) per event that returns its unsubscribe.
// Never a generic invoke(channel).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { events, methodNames, onName, type EventName } from '../../shared/api/contract'

const api: Record<string, unknown> = {}
for (const { ns, method, channel } of methodNames()) {
  const group = (api[ns] ??= {}) as Record<string, unknown>
  group[method] = (input?: unknown) => ipcRenderer.invoke(`checkpoint:${channel}`, input ?? {})
}
for (const event of Object.keys(events) as EventName[]) {
  api[onName(event)] = (cb: (payload: unknown) => void) => {
    const listener = (_e: IpcRendererEvent, payload: unknown) => cb(payload)
    ipcRenderer.on(`checkpoint:event:${event}`, listener)
    return () => {
      ipcRenderer.off(`checkpoint:event:${event}`, listener)
    }
  }
}
for (const group of Object.values(api)) if (typeof group === 'object') Object.freeze(group)
contextBridge.exposeInMainWorld('checkpoint', Object.freeze(api))

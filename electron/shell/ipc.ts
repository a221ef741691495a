// Electron IPC host: one ipcMain handler per contract request. The sender
// frame must be the app's own main frame; the input is parsed by Connection.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { methodNames } from '../../shared/api/contract'
import { fail } from '../../shared/api/result'
import type { CheckpointApp } from '../app/checkpoint-app'
import type { Connection } from '../api/connection'
import { isAppUrl } from './security'

export const requestChannel = (channel: string) => `checkpoint:${channel}`
export const eventChannel = (event: string) => `checkpoint:event:${event}`

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, rendererIndexUrl: string): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, rendererIndexUrl)
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, app: CheckpointApp, rendererIndexUrl: string): void {
  const connections = new Map<number, Connection>()
  const connectionFor = (contents: WebContents): Connection => {
    let c = connections.get(contents.id)
    if (!c) {
      const created = app.connect((event, payload) => {
        if (!contents.isDestroyed()) contents.send(eventChannel(event), payload)
      })
      connections.set(contents.id, created)
      contents.once('destroyed', () => {
        if (created.user) app.signedOut(created.user)
        app.disconnect(created)
        connections.delete(contents.id)
      })
      c = created
    }
    return c
  }
  for (const { channel } of methodNames()) {
    ipcMain.handle(requestChannel(channel), async (event, input: unknown) => {
      if (!isTrustedSender(event, rendererIndexUrl)) return fail('forbidden', 'Request from an untrusted frame.')
      return connectionFor(event.sender).call(channel, input)
    })
  }
}

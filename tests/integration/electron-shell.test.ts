// The Electron security baseline, checked without launching Electron: window
// options, CSP, navigation and permission handlers, IPC sender checks, and the
// preload's exposed surface (electron itself is mocked).
import { readFileSync } from 'node:fs'
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy, hardenSession, hardenWebContents, isAppUrl, windowOptions } from '../../electron/shell/security'
import { isTrustedSender, registerIpc } from '../../electron/shell/ipc'
import { methodNames } from '../../shared/api/contract'
import { startApp } from './app-harness'

const APP_URL = 'file:///opt/checkpoint/out/renderer/index.html'

describe('BrowserWindow options', () => {
  it('isolate, sandbox and strip Node from the renderer', () => {
    const w = windowOptions('/opt/checkpoint/out/preload/index.cjs').webPreferences!
    expect(w).toMatchObject({
      preload: '/opt/checkpoint/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('Content-Security-Policy', () => {
  const directives = new Map(contentSecurityPolicy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]))

  it('allows only the app itself: no inline or eval script, no plugins, no remote content, no framing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|(^|\s)\*(\s|;|$)/)
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:*', 'checkpoint-media:'])
  })

  it('is the same policy in the renderer page (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync('renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]
    expect(meta).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''))
  })
})

describe('navigation and permissions', () => {
  it('denies new windows and navigation away from the app', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    hardenWebContents(contents as never, APP_URL)
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as () => unknown
    expect(handler()).toEqual({ action: 'deny' })
    const away = { preventDefault: vi.fn() }
    contents.emit('will-navigate', away, 'https://example.org/')
    expect(away.preventDefault).toHaveBeenCalled()
    const reload = { preventDefault: vi.fn() }
    contents.emit('will-navigate', reload, APP_URL)
    expect(reload.preventDefault).not.toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission except the camera for the app page', () => {
    let request: (wc: unknown, permission: string, cb: (ok: boolean) => void, details: Record<string, unknown>) => void = () => {}
    const session = {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: vi.fn(),
    }
    hardenSession(session as never, APP_URL)
    const ask = (permission: string, details: Record<string, unknown>) => {
      let answer: boolean | undefined
      request({ getURL: () => APP_URL }, permission, (ok) => (answer = ok), details)
      return answer
    }
    expect(ask('media', { requestingUrl: APP_URL, mediaTypes: ['video'] })).toBe(true)
    expect(ask('media', { requestingUrl: APP_URL, mediaTypes: ['audio'] })).toBe(false)
    expect(ask('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false)
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial']) {
      expect(ask(p, { requestingUrl: APP_URL })).toBe(false)
    }
  })

  it('recognises only the app page as the app', () => {
    expect(isAppUrl(APP_URL, APP_URL)).toBe(true)
    expect(isAppUrl(`${APP_URL}?x=1#y`, APP_URL)).toBe(true)
    expect(isAppUrl('file:///tmp/evil.html', APP_URL)).toBe(false)
    expect(isAppUrl('not a url', APP_URL)).toBe(false)
  })
})

describe('IPC host', () => {
  it('accepts requests only from the app page main frame', () => {
    const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent }, sender: {} }) as never
    expect(isTrustedSender(frame(APP_URL), APP_URL)).toBe(true)
    expect(isTrustedSender(frame(APP_URL, {}), APP_URL)).toBe(false)
    expect(isTrustedSender(frame('https://example.org/'), APP_URL)).toBe(false)
    expect(isTrustedSender({ senderFrame: null, sender: {} } as never, APP_URL)).toBe(false)
  })

  it('registers one handler per contract request, each validating sender and input', async () => {
    const { app } = await startApp()
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
    registerIpc({ handle: (channel: string, fn: never) => handlers.set(channel, fn) } as never, app, APP_URL)
    expect([...handlers.keys()].sort()).toEqual(methodNames().map((m) => `checkpoint:${m.channel}`).sort())

    const contents = Object.assign(new EventEmitter(), { id: 1, isDestroyed: () => false, send: vi.fn() })
    const trusted = { senderFrame: { url: APP_URL, parent: null }, sender: contents }
    const untrusted = { senderFrame: { url: 'https://example.org/', parent: null }, sender: contents }
    const signIn = handlers.get('checkpoint:session.signIn')!
    expect(await signIn(untrusted, { username: 'officer', password: 'officer-demo' })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await signIn(trusted, { username: 'officer', password: 42 })).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(await signIn(trusted, { username: 'officer', password: 'officer-demo' })).toMatchObject({ ok: true })
    expect(contents.send).toHaveBeenCalledWith('checkpoint:event:sessionChanged', expect.objectContaining({ username: 'officer' }))
    await app.stop()
  })
})

describe('preload', () => {
  it('exposes one frozen object of named functions and unsubscribable events, never a generic invoke', async () => {
    const exposed: Record<string, unknown> = {}
    const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), off: vi.fn() }
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld: (k: string, v: unknown) => (exposed[k] = v) }, ipcRenderer }))
    await import('../../electron/preload/index')
    const api = exposed.checkpoint as Record<string, Record<string, (i?: unknown) => Promise<unknown>> | ((cb: () => void) => () => void)>
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api)).not.toContain('invoke')
    expect(Object.keys(api)).not.toContain('send')
    const inspection = api.inspection as Record<string, (i?: unknown) => Promise<unknown>>
    expect(Object.isFrozen(inspection)).toBe(true)
    await inspection.decide!({ decision: 'admit' })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('checkpoint:inspection.decide', { decision: 'admit' })
    const off = (api.onInspectionChanged as (cb: () => void) => () => void)(() => {})
    const listener = ipcRenderer.on.mock.calls[0]![1]
    off()
    expect(ipcRenderer.off).toHaveBeenCalledWith('checkpoint:event:inspectionChanged', listener)
  })
})

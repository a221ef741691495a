// The Electron security baseline (ARCHITECTURE.md): isolated, sandboxed
// renderer without Node, strict CSP, no navigation, no new windows, every
// permission denied except camera/microphone for the app's own page.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'
import { contentSecurityPolicy } from '../app/content-security-policy'

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'Checkpoint',
    backgroundColor: '#10161f',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  }
}

/** The app's own page is the only trusted origin: a file:// URL inside the packaged renderer folder. */
export function isAppUrl(url: string, rendererIndexUrl: string): boolean {
  try {
    const u = new URL(url)
    const own = new URL(rendererIndexUrl)
    return u.protocol === own.protocol && u.host === own.host && u.pathname === own.pathname
  } catch {
    return false
  }
}

export function hardenSession(session: Session, rendererIndexUrl: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } })
  })
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const media = permission === 'media' && isAppUrl(details.requestingUrl ?? webContents.getURL(), rendererIndexUrl)
    const onlyVideo = media && (details as { mediaTypes?: string[] }).mediaTypes?.every((t) => t === 'video') !== false
    callback(media && onlyVideo)
  })
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin) => permission === 'media' && requestingOrigin === new URL(rendererIndexUrl).origin)
}

export function hardenWebContents(contents: WebContents, rendererIndexUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndexUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export { contentSecurityPolicy }

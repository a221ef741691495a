// The web host: the same services as the Electron shell, served to a browser
// over HTTP (static renderer) and a WebSocket (the API). Loopback only, and a
// per-run token is required to open the API socket.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import { clientMessageSchema, type ServerMessage } from '../../shared/api/wire'
import type { CheckpointApp } from '../app/checkpoint-app'
import { contentSecurityPolicy } from '../app/content-security-policy'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
}

export interface WebHost {
  url: string
  token: string
  close(): Promise<void>
}

export async function startWebHost(app: CheckpointApp, options: { port: number; staticDir: string }): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url')
  const server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/media/')) serveMedia(app, req, res)
    else void serveStatic(options.staticDir, req, res)
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const origin = req.headers.origin
    const expectedOrigin = `http://${req.headers.host}`
    // The token proves the page came from this run; the origin check stops other sites' pages.
    if (url.pathname !== '/api' || !sameSecret(url.searchParams.get('token') ?? '', token) || (origin !== undefined && origin !== expectedOrigin)) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n')
      socket.destroy()
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(app, ws))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate()
        wss.close()
        server.close(() => resolve())
      }),
  }
}

function attach(app: CheckpointApp, ws: WebSocket): void {
  const send = (m: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m))
  }
  const connection = app.connect((event, payload) => send({ t: 'evt', event, payload }))
  ws.on('message', async (data) => {
    let message
    try {
      message = clientMessageSchema.parse(JSON.parse(data.toString()))
    } catch {
      ws.close(1007, 'malformed message')
      return
    }
    const result = await connection.call(message.channel, message.input)
    send({ t: 'res', id: message.id, result })
  })
  ws.on('close', () => {
    if (connection.user) app.signedOut(connection.user)
    app.disconnect(connection)
  })
}

/** `/media/<ticket>`: a camera's live view or a scan's planes (see electron/services/media). */
function serveMedia(app: CheckpointApp, req: IncomingMessage, res: ServerResponse): void {
  const ticket = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice('/media/'.length)
  const media = req.method === 'GET' ? app.mediaResponse(ticket) : null
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' }
  if (!media) {
    res.writeHead(405, headers).end()
    return
  }
  res.writeHead(media.status, { ...headers, ...media.headers })
  if (media.body instanceof Uint8Array) {
    res.end(media.body)
    return
  }
  const stop = media.body.start({ write: (chunk) => void res.write(chunk), congested: () => res.writableLength > 1 << 20 })
  res.on('close', stop)
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, headers).end()
    return
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
  const relative = normalize(pathname === '/' ? '/index.html' : pathname)
  const file = join(root, relative)
  if (!file.startsWith(root + sep)) {
    res.writeHead(403, headers).end()
    return
  }
  try {
    const body = await readFile(file)
    res.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found')
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

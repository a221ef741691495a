// The web host: loopback only, a per-run token and same-origin check on the
// API socket, malformed messages refused, static files confined to the renderer folder.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startWebHost, type WebHost } from '../../electron/hosts/web-host'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import { startApp } from './app-harness'

let app: CheckpointApp
let host: WebHost
let base: URL

beforeAll(async () => {
  ;({ app } = await startApp())
  const staticDir = mkdtempSync(join(tmpdir(), 'checkpoint-static-'))
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Checkpoint</title>')
  host = await startWebHost(app, { port: 0, staticDir })
  base = new URL(host.url)
})
afterAll(async () => {
  await host.close()
  await app.stop()
})

function open(path: string, origin?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${base.host}${path}`, origin ? { origin } : {})
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

function request(ws: WebSocket, channel: string, input: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const id = Math.floor(Math.random() * 1e9)
    const onMessage = (data: WebSocket.RawData) => {
      const m = JSON.parse(data.toString()) as { t: string; id?: number; result?: unknown }
      if (m.t === 'res' && m.id === id) {
        ws.off('message', onMessage)
        resolve(m.result)
      }
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify({ t: 'req', id, channel, input }))
  })
}

describe('web host', () => {
  it('prints a loopback URL with a token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
  })

  it('serves the renderer with the CSP header and nothing outside its folder', async () => {
    const page = await fetch(new URL('/', base))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect((await fetch(new URL('/..%2f..%2fetc%2fpasswd', base))).status).toBeGreaterThanOrEqual(403)
    expect((await fetch(new URL('/', base), { method: 'POST' })).status).toBe(405)
  })

  it('refuses the API socket without the token or from another origin', async () => {
    await expect(open('/api?token=wrong')).rejects.toThrow(/403/)
    await expect(open(`/api?token=${host.token}`, 'http://evil.example')).rejects.toThrow(/403/)
  })

  it('answers requests through the contract and closes on malformed frames', async () => {
    const ws = await open(`/api?token=${host.token}`, `http://${base.host}`)
    expect(await request(ws, 'session.current', {})).toEqual({ ok: true, value: null })
    expect(await request(ws, 'inspection.current', {})).toMatchObject({ ok: false, code: 'not-signed-in' })
    expect(await request(ws, 'session.signIn', { username: 'officer', password: 'officer-demo' })).toMatchObject({ ok: true, value: { username: 'officer' } })
    expect(await request(ws, 'inspection.current', {})).toMatchObject({ ok: true, value: { state: 'idle' } })
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
    ws.send('{ this is not json')
    expect(await closed).toBe(1007)
  })
})

describe('media route', () => {
  it('streams a camera live view for a ticket issued through the contract, once; other tickets are refused', async () => {
    const officer = app.connect(() => {})
    await officer.call('session.signIn', { username: 'officer', password: 'officer-demo' })
    const issued = (await officer.call('media.ticket', { kind: 'camera', deviceId: 'lane-camera-1' })) as { ok: boolean; value: { ticket: string } }
    expect(issued.ok).toBe(true)
    const url = new URL(`/media/${issued.value.ticket}`, base)
    const controller = new AbortController()
    const res = await fetch(url, { signal: controller.signal })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^multipart\/x-mixed-replace; boundary=/)
    // The first part is a whole JPEG (SOI marker after the part headers).
    const reader = res.body!.getReader()
    let bytes = Buffer.alloc(0)
    while (bytes.indexOf(Buffer.from([0xff, 0xd9])) === -1) {
      const { value, done } = await reader.read()
      if (done) break
      bytes = Buffer.concat([bytes, Buffer.from(value)])
    }
    expect(bytes.toString('latin1')).toContain('Content-Type: image/jpeg')
    expect(bytes.indexOf(Buffer.from([0xff, 0xd8]))).toBeGreaterThan(0)
    controller.abort()
    // Single use, and a made-up ticket is refused the same way.
    expect((await fetch(url)).status).toBe(403)
    expect((await fetch(new URL('/media/not-a-ticket', base))).status).toBe(403)
    // Without a session there is no ticket at all.
    const anonymous = app.connect(() => {})
    expect(((await anonymous.call('media.ticket', { kind: 'camera', deviceId: 'lane-camera-1' })) as { code: string }).code).toBe('not-signed-in')
    expect(((await officer.call('media.ticket', { kind: 'scan', scanId: 'no-such-scan' })) as { code: string }).code).toBe('not-found')
  })
})

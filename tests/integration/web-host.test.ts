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

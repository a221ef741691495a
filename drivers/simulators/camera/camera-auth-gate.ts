// The simulated camera's HTTP authentication, as a camera enforces it: Basic,
// or Digest (RFC 7616) offering SHA-256 and MD5 challenges with qop=auth, a
// nonce it issued, and a nonce count that must grow (a replayed header is
// refused). Uses the same pure functions the driver uses, from the other side.
import { randomBytes } from 'node:crypto'
import type http from 'node:http'
import { parseBasicAuthorization, parseDigestAuthorization, verifyDigest } from '../../camera/http-auth'

export interface SimulatedCameraAuth {
  user: string
  pass: string
  scheme: 'basic' | 'digest'
}

export class CameraAuthGate {
  private auth: SimulatedCameraAuth | null = null
  /** Issued nonces and the highest nc seen with each. */
  private readonly nonces = new Map<string, number>()
  readonly realm = 'Checkpoint Simulated Camera'
  /** Requests refused (wrong or missing credentials), for tests. */
  refused = 0

  set(auth: SimulatedCameraAuth | null): void {
    this.auth = auth
    this.nonces.clear()
  }

  /** Expire every nonce: the next Digest request gets `stale=true`. */
  expireNonces(): void {
    this.nonces.clear()
  }

  /** True if the request may proceed; otherwise the 401 has been sent. */
  check(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const auth = this.auth
    if (!auth) return true
    const header = req.headers.authorization
    if (auth.scheme === 'basic') {
      const c = parseBasicAuthorization(header)
      if (c && c.username === auth.user && c.password === auth.pass) return true
      return this.challenge(res, [`Basic realm="${this.realm}"`])
    }
    const d = parseDigestAuthorization(header)
    let stale = false
    if (d) {
      const lastNc = this.nonces.get(d.nonce)
      const nc = d.nc ? parseInt(d.nc, 16) : NaN
      const pathOk = d.uri === req.url
      const credentialsOk = verifyDigest(d, req.method ?? 'GET', { username: auth.user, password: auth.pass })
      if (credentialsOk && pathOk && lastNc === undefined) stale = true
      else if (credentialsOk && pathOk && d.qop === 'auth' && Number.isFinite(nc) && nc > lastNc!) {
        this.nonces.set(d.nonce, nc)
        return true
      }
    }
    const nonce = randomBytes(16).toString('base64url')
    this.nonces.set(nonce, 0)
    const s = stale ? ', stale=true' : ''
    return this.challenge(res, [
      `Digest realm="${this.realm}", qop="auth", algorithm=SHA-256, nonce="${nonce}", opaque="sim"${s}`,
      `Digest realm="${this.realm}", qop="auth", algorithm=MD5, nonce="${nonce}", opaque="sim"${s}`,
    ])
  }

  private challenge(res: http.ServerResponse, lines: string[]): false {
    this.refused++
    res.writeHead(401, { 'WWW-Authenticate': lines, 'Content-Type': 'text/plain', Connection: 'close' })
    res.end('401 Unauthorized')
    return false
  }
}

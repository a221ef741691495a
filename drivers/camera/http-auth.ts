// HTTP authentication as IP cameras use it, pure (no I/O): Basic, and Digest
// per RFC 7616 (MD5 and SHA-256, qop=auth, the nonce count). Cameras often
// offer two Digest challenges (MD5 and SHA-256, as Hikvision does): the
// strongest one we support wins. The server side (`verifyDigest`) is here too
// so the simulators check exactly what the driver computes.
import { createHash, randomBytes } from 'node:crypto'

export type DigestAlgorithm = 'MD5' | 'SHA-256'

export interface DigestChallenge {
  realm: string
  nonce: string
  algorithm: DigestAlgorithm
  /** Whether the server offered qop=auth (we never use auth-int). */
  qopAuth: boolean
  opaque?: string
  /** The server says the nonce expired but the credentials were fine. */
  stale: boolean
  /** `-sess` variants hash the client nonce into HA1. */
  session: boolean
}

export interface AuthChallenges {
  digest: DigestChallenge[]
  basic: boolean
}

export interface Credentials {
  username: string
  password: string
}

/** Splits `a=1, b="x, y"` into pairs, honouring quotes and backslash escapes. */
export function parseAuthParams(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*(?:,|$)/gy
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    out[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '')
  }
  return out
}

/**
 * Every challenge in the WWW-Authenticate header lines. Node joins repeated
 * headers with ", ", which is ambiguous, so pass the raw lines when you have them.
 */
export function parseChallenges(lines: readonly string[]): AuthChallenges {
  const result: AuthChallenges = { digest: [], basic: false }
  for (const line of lines) {
    // One line may hold several challenges: split before each scheme token.
    for (const challenge of line.split(/,?\s*(?=\b(?:Digest|Basic|Bearer|Negotiate|NTLM)\s)/i)) {
      const m = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(challenge)
      if (!m) continue
      const scheme = m[1]!.toLowerCase()
      if (scheme === 'basic') result.basic = true
      if (scheme !== 'digest') continue
      const p = parseAuthParams(m[2]!)
      if (!p.realm || !p.nonce) continue
      const alg = (p.algorithm ?? 'MD5').toUpperCase()
      const base = alg.replace(/-SESS$/, '')
      if (base !== 'MD5' && base !== 'SHA-256') continue // SHA-512-256 etc.: not offered by cameras we know
      const qops = (p.qop ?? '').split(',').map((q) => q.trim().toLowerCase())
      if (p.qop !== undefined && !qops.includes('auth')) continue // auth-int only
      result.digest.push({
        realm: p.realm,
        nonce: p.nonce,
        algorithm: base as DigestAlgorithm,
        qopAuth: qops.includes('auth'),
        ...(p.opaque !== undefined ? { opaque: p.opaque } : {}),
        stale: (p.stale ?? '').toLowerCase() === 'true',
        session: alg.endsWith('-SESS'),
      })
    }
  }
  return result
}

/** The strongest Digest challenge offered (SHA-256 over MD5), or null. */
export function strongestDigest(challenges: readonly DigestChallenge[]): DigestChallenge | null {
  return challenges.find((c) => c.algorithm === 'SHA-256') ?? challenges[0] ?? null
}

export function basicAuthorization({ username, password }: Credentials): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`
}

const hash = (algorithm: DigestAlgorithm, text: string) => createHash(algorithm === 'MD5' ? 'md5' : 'sha256').update(text, 'utf8').digest('hex')

/** RFC 7616 §3.4.1 `response`. */
export function digestResponse(p: {
  algorithm: DigestAlgorithm
  session?: boolean
  username: string
  realm: string
  password: string
  method: string
  uri: string
  nonce: string
  nc?: string
  cnonce?: string
  qop?: 'auth'
}): string {
  let ha1 = hash(p.algorithm, `${p.username}:${p.realm}:${p.password}`)
  if (p.session) ha1 = hash(p.algorithm, `${ha1}:${p.nonce}:${p.cnonce ?? ''}`)
  const ha2 = hash(p.algorithm, `${p.method}:${p.uri}`)
  return p.qop ? hash(p.algorithm, `${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`) : hash(p.algorithm, `${ha1}:${p.nonce}:${ha2}`)
}

const quote = (v: string) => `"${v.replace(/(["\\])/g, '\\$1')}"`

/**
 * A Digest session with one server: keeps the challenge and counts nonce uses
 * (nc) so later requests (a reconnect, a snapshot) authenticate at once
 * instead of taking a 401 round trip each time.
 */
export class DigestSession {
  private challenge: DigestChallenge | null = null
  private nc = 0

  constructor(
    private readonly credentials: Credentials,
    private readonly makeCnonce: () => string = () => randomBytes(16).toString('hex'),
  ) {}

  get ready(): boolean {
    return this.challenge !== null
  }

  /** Adopts a new challenge (after a 401); the nonce count restarts. */
  accept(challenge: DigestChallenge): void {
    if (this.challenge?.nonce !== challenge.nonce) this.nc = 0
    this.challenge = challenge
  }

  forget(): void {
    this.challenge = null
    this.nc = 0
  }

  /** The Authorization header for one request, or null before any challenge. */
  authorization(method: string, uri: string): string | null {
    const c = this.challenge
    if (!c) return null
    const { username, password } = this.credentials
    const params: Array<[string, string]> = [
      ['username', quote(username)],
      ['realm', quote(c.realm)],
      ['nonce', quote(c.nonce)],
      ['uri', quote(uri)],
      ['algorithm', c.session ? `${c.algorithm}-sess` : c.algorithm],
    ]
    let nc: string | undefined
    let cnonce: string | undefined
    if (c.qopAuth || c.session) {
      this.nc = this.nc >= 0xffffffff ? 1 : this.nc + 1
      nc = this.nc.toString(16).padStart(8, '0')
      cnonce = this.makeCnonce()
    }
    const response = digestResponse({
      algorithm: c.algorithm,
      session: c.session,
      username,
      realm: c.realm,
      password,
      method,
      uri,
      nonce: c.nonce,
      ...(c.qopAuth ? { qop: 'auth' as const, nc, cnonce } : { nc, cnonce }),
    })
    if (c.qopAuth) params.push(['qop', 'auth'], ['nc', nc!], ['cnonce', quote(cnonce!)])
    params.push(['response', quote(response)])
    if (c.opaque !== undefined) params.push(['opaque', quote(c.opaque)])
    return `Digest ${params.map(([k, v]) => `${k}=${v}`).join(', ')}`
  }
}

/** What a server learns from an `Authorization: Digest …` header, for checking. */
export interface DigestAuthorization {
  username: string
  realm: string
  nonce: string
  uri: string
  response: string
  algorithm: DigestAlgorithm
  qop?: string
  nc?: string
  cnonce?: string
  opaque?: string
}

export function parseDigestAuthorization(header: string | undefined): DigestAuthorization | null {
  const m = header ? /^\s*Digest\s+(.*)$/is.exec(header) : null
  if (!m) return null
  const p = parseAuthParams(m[1]!)
  if (!p.username || !p.realm || !p.nonce || !p.uri || !p.response) return null
  const algorithm = (p.algorithm ?? 'MD5').toUpperCase()
  if (algorithm !== 'MD5' && algorithm !== 'SHA-256') return null
  return {
    username: p.username,
    realm: p.realm,
    nonce: p.nonce,
    uri: p.uri,
    response: p.response.toLowerCase(),
    algorithm,
    ...(p.qop !== undefined ? { qop: p.qop } : {}),
    ...(p.nc !== undefined ? { nc: p.nc } : {}),
    ...(p.cnonce !== undefined ? { cnonce: p.cnonce } : {}),
    ...(p.opaque !== undefined ? { opaque: p.opaque } : {}),
  }
}

/** Server side: does this Digest authorization prove knowledge of the password? */
export function verifyDigest(auth: DigestAuthorization, method: string, credentials: Credentials): boolean {
  if (auth.username !== credentials.username) return false
  if (auth.qop !== undefined && (auth.qop !== 'auth' || !auth.nc || !auth.cnonce)) return false
  const expected = digestResponse({
    algorithm: auth.algorithm,
    username: auth.username,
    realm: auth.realm,
    password: credentials.password,
    method,
    uri: auth.uri,
    nonce: auth.nonce,
    ...(auth.qop ? { qop: 'auth' as const, nc: auth.nc, cnonce: auth.cnonce } : {}),
  })
  return expected === auth.response
}

/** Server side: decodes `Authorization: Basic …`, or null. */
export function parseBasicAuthorization(header: string | undefined): Credentials | null {
  const m = header ? /^\s*Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null
  if (!m) return null
  const text = Buffer.from(m[1]!, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  return colon < 0 ? null : { username: text.slice(0, colon), password: text.slice(colon + 1) }
}

import { describe, expect, it } from 'vitest'
import {
  basicAuthorization,
  digestResponse,
  DigestSession,
  parseBasicAuthorization,
  parseChallenges,
  parseDigestAuthorization,
  strongestDigest,
  verifyDigest,
} from './http-auth'

// RFC 7616 §3.9.1.
const RFC = {
  username: 'Mufasa',
  password: 'Circle of Life',
  realm: 'http-auth@example.org',
  nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
  cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  uri: '/dir/index.html',
  nc: '00000001',
}

describe('HTTP Digest (RFC 7616) and Basic', () => {
  it('computes the RFC 7616 example responses for MD5 and SHA-256', () => {
    const base = { ...RFC, method: 'GET', qop: 'auth' as const }
    expect(digestResponse({ ...base, algorithm: 'MD5' })).toBe('8ca523f5e9506fed4657c9700eebdbec')
    expect(digestResponse({ ...base, algorithm: 'SHA-256' })).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1')
  })

  it('parses both challenges of the RFC example (separate lines or one joined line) and prefers SHA-256', () => {
    const lines = [
      `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="${RFC.nonce}", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`,
      `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="${RFC.nonce}", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`,
    ]
    for (const input of [lines, [lines.join(', ')]]) {
      const c = parseChallenges(input)
      expect(c.digest.map((d) => d.algorithm)).toEqual(['SHA-256', 'MD5'])
      expect(c.digest[0]).toMatchObject({ realm: RFC.realm, nonce: RFC.nonce, qopAuth: true, stale: false, opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS' })
      expect(strongestDigest([...c.digest].reverse())!.algorithm).toBe('SHA-256')
    }
    expect(parseChallenges(['Basic realm="cam"', 'Digest realm="r", nonce="n", qop="auth-int"'])).toEqual({ basic: true, digest: [] })
    expect(parseChallenges(['Digest realm="r", nonce="n", stale=TRUE'])).toMatchObject({ digest: [{ algorithm: 'MD5', qopAuth: false, stale: true }] })
  })

  it('builds Authorization headers whose nonce count grows, and a server verifies them', () => {
    const session = new DigestSession({ username: RFC.username, password: RFC.password }, () => RFC.cnonce)
    expect(session.authorization('GET', RFC.uri)).toBeNull()
    session.accept(parseChallenges([`Digest realm="${RFC.realm}", qop="auth", algorithm=SHA-256, nonce="${RFC.nonce}", opaque="o"`]).digest[0]!)
    const first = session.authorization('GET', RFC.uri)!
    expect(first).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"')
    expect(first).toContain('nc=00000001')
    expect(first).toContain('opaque="o"')
    const second = parseDigestAuthorization(session.authorization('GET', RFC.uri)!)!
    expect(second.nc).toBe('00000002')
    expect(verifyDigest(second, 'GET', { username: RFC.username, password: RFC.password })).toBe(true)
    expect(verifyDigest(second, 'GET', { username: RFC.username, password: 'wrong' })).toBe(false)
    expect(verifyDigest(second, 'POST', { username: RFC.username, password: RFC.password })).toBe(false)
    // a new nonce restarts the count
    session.accept({ realm: RFC.realm, nonce: 'other', algorithm: 'MD5', qopAuth: true, stale: false, session: false })
    expect(parseDigestAuthorization(session.authorization('GET', '/x')!)!.nc).toBe('00000001')
  })

  it('escapes quotes in user names and round-trips Basic', () => {
    const session = new DigestSession({ username: 'a"b', password: 'p' })
    session.accept({ realm: 'r', nonce: 'n', algorithm: 'MD5', qopAuth: false, stale: false, session: false })
    const parsed = parseDigestAuthorization(session.authorization('GET', '/')!)!
    expect(parsed.username).toBe('a"b')
    expect(verifyDigest(parsed, 'GET', { username: 'a"b', password: 'p' })).toBe(true)
    expect(parseBasicAuthorization(basicAuthorization({ username: 'op', password: 'pa:ss' }))).toEqual({ username: 'op', password: 'pa:ss' })
    expect(parseBasicAuthorization('Bearer x')).toBeNull()
  })
})

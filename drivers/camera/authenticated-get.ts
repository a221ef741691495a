// One HTTP GET to a camera with its authentication dance: send (with a
// Digest authorization straight away when the session has a nonce), and on
// 401 answer the challenge once (strongest Digest, or Basic when allowed).
// A second 401 means the credentials are wrong: that is configuration, not
// something retrying fixes. Failures are DeviceErrors with stable codes; no
// message ever carries the credentials or the URL's query.
import type http from 'node:http'
import { DeviceError } from '../core/device-error'
import { basicAuthorization, parseChallenges, strongestDigest, type Credentials, type DigestSession } from './http-auth'
import { redactUrl, type HttpConnector } from './http-connector'

export type AuthScheme = 'auto' | 'basic' | 'digest'

export interface CameraAuth extends Credentials {
  scheme: AuthScheme
}

export interface GetOptions {
  connector: HttpConnector
  url: URL
  auth?: CameraAuth
  /** Shared by the requests to one camera so the nonce count keeps going. */
  digest?: DigestSession
  timeoutMs: number
}

/** Resolves with a 200 response whose body is still unread; the caller owns it. */
export async function authenticatedGet(options: GetOptions): Promise<http.IncomingMessage> {
  const { auth, digest, url } = options
  let authorization: string | null = null
  if (auth && auth.scheme === 'basic') authorization = basicAuthorization(auth)
  else if (auth && digest?.ready) authorization = digest.authorization('GET', url.pathname + url.search)
  let answered = false
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await send(options, authorization)
    if (res.statusCode === 200) return res
    res.resume() // drain whatever error page came with it
    if (res.statusCode !== 401) throw statusError(url, res.statusCode ?? 0)
    if (!auth) throw authFailed(url, 'the camera asks for credentials and none are configured')
    const challenges = parseChallenges(wwwAuthenticateLines(res))
    const challenge = auth.scheme === 'basic' ? null : strongestDigest(challenges.digest)
    if (challenge && digest) {
      // A stale nonce means the password was right: answering again is not a second failure.
      if (answered && !challenge.stale) throw authFailed(url, 'the camera refused the user name or password')
      digest.accept(challenge)
      authorization = digest.authorization('GET', url.pathname + url.search)
    } else if (challenges.basic && auth.scheme !== 'digest') {
      if (answered || authorization?.startsWith('Basic ')) throw authFailed(url, 'the camera refused the user name or password')
      authorization = basicAuthorization(auth)
    } else {
      throw authFailed(url, `the camera offers no authentication scheme the configuration allows (${auth.scheme})`)
    }
    answered = true
  }
  throw authFailed(url, 'the camera kept asking for credentials')
}

function send(options: GetOptions, authorization: string | null): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { accept: 'multipart/x-mixed-replace, image/jpeg, */*' }
    if (authorization) headers.authorization = authorization
    let req: http.ClientRequest
    try {
      req = options.connector.request(options.url, { method: 'GET', headers })
    } catch (err) {
      reject(new DeviceError('fatal', 'bad-configuration', `Cannot request ${redactUrl(options.url)}: ${err instanceof Error ? err.message : String(err)}`))
      return
    }
    const timer = setTimeout(() => {
      req.destroy(Object.assign(new Error('no answer in time'), { code: 'ETIMEDOUT' }))
    }, options.timeoutMs)
    req.once('response', (res) => {
      clearTimeout(timer)
      resolve(res)
    })
    req.once('error', (err: Error & { code?: string }) => {
      clearTimeout(timer)
      reject(
        new DeviceError(
          'transient',
          'camera-unreachable',
          `The camera at ${redactUrl(options.url)} cannot be reached (${err.code ?? err.message}).`,
        ),
      )
    })
    req.end()
  })
}

/** The raw WWW-Authenticate lines (Node would join them with commas, which is ambiguous). */
function wwwAuthenticateLines(res: http.IncomingMessage): string[] {
  const lines: string[] = []
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    if (res.rawHeaders[i]!.toLowerCase() === 'www-authenticate') lines.push(res.rawHeaders[i + 1]!)
  }
  return lines
}

function authFailed(url: URL, why: string): DeviceError {
  return new DeviceError('fatal', 'camera-auth-failed', `Camera at ${redactUrl(url)}: ${why}. Check the camera's user name and password in the device settings.`)
}

function statusError(url: URL, status: number): DeviceError {
  if (status === 404) return new DeviceError('fatal', 'camera-not-found', `The camera at ${redactUrl(url)} has no such stream (HTTP 404): check the path.`)
  if (status === 403) return new DeviceError('fatal', 'camera-auth-failed', `The camera at ${redactUrl(url)} refused access (HTTP 403): the user may lack the right to view video.`)
  return new DeviceError('transient', 'camera-unreachable', `The camera at ${redactUrl(url)} answered HTTP ${status}.`)
}

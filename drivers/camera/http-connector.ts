// How a network camera driver reaches its camera: a connector that makes an
// HTTP request (node:http / node:https). The real one goes to the URL in the
// config; a simulator's goes to its own loopback port, so the driver under
// test runs its production HTTP code against a real server.
import http from 'node:http'
import https from 'node:https'

export interface HttpConnector {
  request(url: URL, options: http.RequestOptions): http.ClientRequest
}

export function nodeHttpConnector(): HttpConnector {
  return {
    request: (url, options) => (url.protocol === 'https:' ? https.request(url, options) : http.request(url, options)),
  }
}

/** A connector that sends every request to `origin` (a simulator), keeping the path. */
export function redirectingConnector(origin: () => string): HttpConnector {
  return {
    request: (url, options) => {
      const target = new URL(url.pathname + url.search, origin())
      return http.request(target, options)
    },
  }
}

/** The URL as logs and errors may show it: no user info, no query (tokens live there). */
export function redactUrl(url: string | URL): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname}`
  } catch {
    return '(invalid URL)'
  }
}

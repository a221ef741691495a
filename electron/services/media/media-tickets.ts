// Tickets for bytes that do not travel over the API socket (a camera's live view, a scan's
// planes): the renderer asks for one through the contract (roles checked there), then loads
// `<media route>/<ticket>`. A ticket is random, single-use and short-lived, names exactly one
// resource, and never carries a camera's credentials.
import { randomBytes } from 'node:crypto'

export type MediaResource = { kind: 'camera'; deviceId: string } | { kind: 'scan'; scanId: string }

/** Long enough to start loading; a stream once started keeps going. */
export const TICKET_TTL_MS = 30_000
const MAX_OUTSTANDING = 256

export class MediaTickets {
  private readonly tickets = new Map<string, { resource: MediaResource; expiresAt: number; user: string }>()

  constructor(private readonly now: () => number = Date.now) {}

  issue(resource: MediaResource, user: string): { ticket: string; expiresAt: number } {
    this.sweep()
    if (this.tickets.size >= MAX_OUTSTANDING) this.tickets.delete(this.tickets.keys().next().value as string)
    const ticket = randomBytes(24).toString('base64url')
    const expiresAt = this.now() + TICKET_TTL_MS
    this.tickets.set(ticket, { resource, expiresAt, user })
    return { ticket, expiresAt }
  }

  /** The resource, once: a second use or an expired ticket gives null. */
  redeem(ticket: string): { resource: MediaResource; user: string } | null {
    const t = this.tickets.get(ticket)
    if (!t) return null
    this.tickets.delete(ticket)
    return t.expiresAt >= this.now() ? { resource: t.resource, user: t.user } : null
  }

  private sweep(): void {
    const now = this.now()
    for (const [k, t] of this.tickets) if (t.expiresAt < now) this.tickets.delete(k)
  }
}

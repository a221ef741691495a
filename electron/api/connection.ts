// One renderer connection (an Electron window or a browser tab). Both hosts
// pass every request through here: the channel must be in the contract, the
// input must parse with its schema, the signed-in user must hold a role the
// contract allows. Failures come back as `{ ok: false, code, message }`.
import { z } from 'zod'
import { events, lookupMethod, type EventName, type EventPayload, type Session } from '../../shared/api/contract'
import { fail, ok, type ErrorCode, type Result } from '../../shared/api/result'
import type { User } from '../services/auth/auth-service'
import { deviceRoles, lineRoles, listAdminRoles, type Role } from '../../shared/domain/roles'
import { trainerRoles } from '../../shared/training/training-roles'

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export interface RequestContext {
  user: User | null
  connection: Connection
}

export type Handler = (input: unknown, ctx: RequestContext) => unknown | Promise<unknown>
export type HandlerTable = Record<string, Handler>

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void

/** Who receives which broadcast event. */
const eventAudience: Record<EventName, 'signed-in' | readonly Role[]> = {
  inspectionChanged: lineRoles,
  devicesChanged: 'signed-in',
  deviceReading: deviceRoles,
  listImportProgress: listAdminRoles,
  sessionChanged: 'signed-in',
  vehicleLaneChanged: lineRoles,
  fingerprintsChanged: lineRoles,
  trainingChanged: trainerRoles,
}

export class Connection {
  user: User | null = null

  constructor(
    private readonly handlers: HandlerTable,
    private readonly send: Emit,
    private readonly log: { error(message: string, fields?: Record<string, unknown>): void },
    private readonly toSession: (user: User) => Session,
  ) {}

  async call(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    const def = lookupMethod(channel)
    const handler = Object.hasOwn(this.handlers, channel) ? this.handlers[channel] : undefined
    if (!def || !handler) return fail('not-found', `Unknown request "${channel}".`)
    if (def.access !== 'public') {
      if (!this.user) return fail('not-signed-in', 'Sign in first.')
      if (def.access !== 'signed-in' && !def.access.some((r) => this.user!.roles.includes(r))) {
        return fail('forbidden', `Your role may not use ${channel}.`)
      }
    }
    const parsed = def.input.safeParse(rawInput ?? {})
    if (!parsed.success) return fail('invalid-input', z.prettifyError(parsed.error))
    try {
      const value = await handler(parsed.data, { user: this.user, connection: this })
      return ok(def.output.parse(value))
    } catch (err) {
      if (err instanceof ApiError) return fail(err.code, err.message)
      // Unexpected: log the detail on the main side, give the renderer no internals.
      this.log.error('request failed', { channel, error: err instanceof Error ? err.stack : String(err) })
      return fail('internal', 'Something went wrong on the workstation; the error was logged.')
    }
  }

  setUser(user: User | null): void {
    this.user = user
    this.send('sessionChanged', user ? this.toSession(user) : null)
  }

  /** Broadcasts reach only signed-in connections whose role may see them. */
  deliver<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const audience = eventAudience[event]
    if (!this.user) return
    if (audience !== 'signed-in' && !audience.some((r) => this.user!.roles.includes(r))) return
    this.send(event, events[event].parse(payload) as EventPayload<E>)
  }
}

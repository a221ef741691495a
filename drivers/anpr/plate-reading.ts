// What an ANPR listener reports: one reading per camera event. Axis cameras
// send NEW, then UPDATEs as the read improves (AA7690EQ → AA7690EO), then
// LOST; Hikvision sends one event per passage. `eventId` is stable across an
// event's NEW/UPDATE/LOST (and across a camera's retransmissions), so the
// service amends the vehicle record instead of adding a second one.

export type PlateEventState = 'new' | 'update' | 'lost'
export type AnprFormat = 'hikvision-isapi' | 'axis'
export type TravelDirection = 'approaching' | 'leaving' | 'unknown'

export interface PlateReading {
  type: 'plate'
  /** The camera as it identifies itself (`hikvision:<mac or ip>/<channel>`, `axis:<serial>`). */
  camera: string
  eventId: string
  state: PlateEventState
  /** As the camera read it. */
  plate: string
  /** Upper case, letters and digits only (shared/screening/plates.ts). */
  plateNormalised: string
  /** As the camera reports it (Axis: ISO alpha-3; Hikvision: its own code or name). */
  country?: string
  /** 0..1. */
  confidence: number
  lane?: number
  direction?: TravelDirection
  /** The camera's event time if it sent a valid one, else when it arrived (ms since epoch). */
  at: number
  /** When the listener received it. */
  receivedAt: number
  plateImage?: Uint8Array
  sceneImage?: Uint8Array
  format: AnprFormat
}

/** A post that was refused: the camera got HTTP 4xx with `detail` as the reason. */
export interface AnprIncomplete {
  type: 'incomplete'
  reason: 'bad-frame'
  /** Stable, e.g. `malformed-xml`, `missing-plate`, `body-too-large`. */
  detail: string
  /** The HTTP status the camera was answered with. */
  status: number
  format?: AnprFormat
  /** The first bytes of the body, for diagnostics. */
  raw: Uint8Array
  at: number
}

export type AnprReading = PlateReading | AnprIncomplete

/** What a vendor parser makes of one post. */
export type AnprParseResult =
  | { kind: 'plate'; reading: Omit<PlateReading, 'receivedAt'> }
  /** Valid, but not a plate event (a heartbeat, another event type): answered 200, no reading. */
  | { kind: 'ignored'; detail: string }
  | { kind: 'rejected'; status: 400 | 415; detail: string }

export function directionFrom(value: unknown): TravelDirection | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const v = value.trim().toLowerCase()
  if (/^(forward|in|approach(ing)?|toward(s)?|entering|enter|front)$/.test(v)) return 'approaching'
  if (/^(reverse|out|away|leaving|leave|exit(ing)?|back|rear)$/.test(v)) return 'leaving'
  return 'unknown'
}

/** A confidence as 0..1, whether the camera sends 0..1 or 0..100. */
export function confidenceFrom(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  if (!Number.isFinite(n) || n < 0 || n > 100) return null
  return Math.round((n > 1 ? n / 100 : n) * 1000) / 1000
}

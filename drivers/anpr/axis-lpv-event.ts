// Axis License Plate Verifier push events (JSON over HTTP), pure. One vehicle
// is one `carID`: NEW when first read, UPDATE when the read or the direction
// changes (AA7690EQ → AA7690EO), LOST about 10 s after the last read
// (developer.axis.com/vapix/applications/license-plate-verifier-api). Field
// names follow the push format: plateText, plateCountry (ISO alpha-3),
// plateConfidence, carState, carID, datetime, camera_info, plateImage/image
// (base64).
import { z } from 'zod'
import { normalisePlate } from '../../shared/screening/plates'
import { confidenceFrom, directionFrom, type AnprParseResult, type PlateEventState } from './plate-reading'

const text = z.union([z.string().max(256), z.number()]).transform((v) => String(v).trim())
const base64 = z.string().max(20 * 1024 * 1024)

const axisEventSchema = z.object({
  carState: z.string().max(32),
  carID: text.optional(),
  GUID: text.optional(),
  plateText: z.string().max(64).optional(),
  plateUTF8: z.string().max(64).optional(),
  plateCountry: z.string().max(32).optional(),
  plateRegion: z.string().max(64).optional(),
  plateConfidence: z.union([z.string().max(32), z.number()]).optional(),
  datetime: z.union([z.string().max(64), z.number()]).optional(),
  direction: z.string().max(32).optional(),
  roiID: text.optional(),
  laneID: text.optional(),
  camera_info: z.object({ SerialNumber: text.optional(), MACAddress: text.optional(), ProdShortName: text.optional() }).partial().optional(),
  plateImage: base64.optional(),
  image: base64.optional(),
})

const STATES: Record<string, PlateEventState> = { new: 'new', update: 'update', lost: 'lost' }

export function parseAxisPost(body: Uint8Array, receivedAt: number): AnprParseResult {
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(body).toString('utf8'))
  } catch {
    return { kind: 'rejected', status: 400, detail: 'malformed-json' }
  }
  const parsed = axisEventSchema.safeParse(json)
  if (!parsed.success) return { kind: 'rejected', status: 400, detail: 'bad-event-fields' }
  const e = parsed.data
  const state = STATES[e.carState.trim().toLowerCase()]
  if (!state) return { kind: 'rejected', status: 400, detail: 'unknown-car-state' }
  // The car id ties NEW, UPDATE and LOST together; without it UPDATE could not amend anything.
  const carId = e.carID || e.GUID
  if (!carId) return { kind: 'rejected', status: 400, detail: 'missing-event-id' }
  const plate = (e.plateUTF8 ?? e.plateText ?? '').trim()
  const plateNormalised = normalisePlate(plate)
  if (plateNormalised === '' && state !== 'lost') return { kind: 'rejected', status: 400, detail: 'missing-plate' }
  const plateImage = decodeImage(e.plateImage)
  const sceneImage = decodeImage(e.image)
  if (plateImage === null || sceneImage === null) return { kind: 'rejected', status: 400, detail: 'bad-image' }
  const serial = e.camera_info?.SerialNumber || e.camera_info?.MACAddress || 'unknown'
  const lane = laneNumber(e.laneID ?? e.roiID)
  const direction = directionFrom(e.direction)
  const country = e.plateCountry?.trim() || e.plateRegion?.trim()
  return {
    kind: 'plate',
    reading: {
      type: 'plate',
      camera: `axis:${serial}`,
      eventId: `axis:${serial}:${carId}`,
      state,
      plate,
      plateNormalised,
      confidence: confidenceFrom(e.plateConfidence) ?? 0,
      at: axisTime(e.datetime) ?? receivedAt,
      format: 'axis',
      ...(country ? { country } : {}),
      ...(lane !== undefined ? { lane } : {}),
      ...(direction ? { direction } : {}),
      ...(plateImage ? { plateImage } : {}),
      ...(sceneImage ? { sceneImage } : {}),
    },
  }
}

/** `undefined` when absent, `null` when present but not a base64 JPEG or PNG. */
function decodeImage(b64: string | undefined): Uint8Array | undefined | null {
  if (b64 === undefined || b64 === '') return undefined
  const clean = b64.replace(/^data:image\/[a-z]+;base64,/i, '')
  if (!/^[A-Za-z0-9+/=\r\n]+$/.test(clean)) return null
  const bytes = new Uint8Array(Buffer.from(clean, 'base64'))
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8
  const png = bytes[0] === 0x89 && bytes[1] === 0x50
  return jpeg || png ? bytes : null
}

function laneNumber(v: string | undefined): number | undefined {
  return v && /^\d{1,3}$/.test(v) ? Number(v) : undefined
}

/** `20231114 130612375` (camera local time, as the workstation's), ISO 8601, or ms since epoch. */
export function axisTime(v: string | number | undefined): number | undefined {
  if (v === undefined) return undefined
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : undefined
  const m = /^(\d{4})(\d{2})(\d{2})[ T]?(\d{2})(\d{2})(\d{2})(\d{3})?$/.exec(v.trim())
  if (m) {
    const [, y, mo, d, h, mi, s, ms] = m
    const t = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms ?? 0)).getTime()
    return Number.isFinite(t) ? t : undefined
  }
  const t = Date.parse(v)
  return Number.isFinite(t) ? t : undefined
}

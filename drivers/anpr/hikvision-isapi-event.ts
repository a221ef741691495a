// Hikvision ISAPI ANPR events, pure: what a camera POSTs to its configured
// HTTP listener (`/ISAPI/Event/notification/httpHosts`). Usually
// multipart/form-data: an `EventNotificationAlert` XML part (eventType ANPR,
// with an <ANPR> block: licensePlate, confidenceLevel 0-100, country, region,
// laneNo, direction) and the plate and scene JPEGs; some firmware posts the
// XML alone. Heartbeats and other event types are valid but not plates.
import { createHash } from 'node:crypto'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { normalisePlate } from '../../shared/screening/plates'
import { boundaryFromContentType, headerParams, parseMultipartBody, type MultipartHeaders } from '../camera/multipart-stream-parser'
import { confidenceFrom, directionFrom, type AnprParseResult } from './plate-reading'

const xml = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true, processEntities: true })

type XmlNode = Record<string, unknown>

/** Parses one ISAPI post given its Content-Type and body. */
export function parseHikvisionPost(contentType: string | undefined, body: Uint8Array, receivedAt: number): AnprParseResult {
  const type = (contentType ?? '').toLowerCase()
  if (type.startsWith('multipart/')) return parseMultipart(contentType!, body, receivedAt)
  return parseAlertXml(Buffer.from(body).toString('utf8'), {}, receivedAt)
}

function parseMultipart(contentType: string, body: Uint8Array, receivedAt: number): AnprParseResult {
  const boundary = boundaryFromContentType(contentType)
  if (!boundary) return { kind: 'rejected', status: 400, detail: 'bad-multipart' }
  const { parts, bad, closed } = parseMultipartBody(body, boundary, { maxPartBytes: body.length })
  if (!closed || bad.length > 0 || parts.length === 0) return { kind: 'rejected', status: 400, detail: 'bad-multipart' }
  const xmlPart = parts.find((p) => isXml(p.headers, p.body))
  if (!xmlPart) return { kind: 'rejected', status: 400, detail: 'missing-event-xml' }
  const images: { plate?: Uint8Array; scene?: Uint8Array } = {}
  const unnamed: Uint8Array[] = []
  for (const p of parts) {
    if (p === xmlPart || !isJpeg(p.body)) continue
    const d = headerParams(p.headers['content-disposition'])
    const name = `${d.name ?? ''} ${d.filename ?? ''}`.toLowerCase()
    if (/plate/.test(name) && !images.plate) images.plate = p.body
    else if (/detection|vehicle|scene|background|picture/.test(name) && !images.scene) images.scene = p.body
    else unnamed.push(p.body)
  }
  // Cameras that do not name their parts send the plate crop first, then the scene.
  if (!images.plate && unnamed.length) images.plate = unnamed.shift()
  if (!images.scene && unnamed.length) images.scene = unnamed.shift()
  return parseAlertXml(Buffer.from(xmlPart.body).toString('utf8'), images, receivedAt)
}

function parseAlertXml(text: string, images: { plate?: Uint8Array; scene?: Uint8Array }, receivedAt: number): AnprParseResult {
  if (!/^\s*(<\?xml[^>]*>\s*)?</.test(text) || XMLValidator.validate(text) !== true) return { kind: 'rejected', status: 400, detail: 'malformed-xml' }
  const doc = xml.parse(text) as XmlNode
  const alert = doc.EventNotificationAlert
  if (!isNode(alert)) return { kind: 'rejected', status: 400, detail: 'not-an-event-notification' }
  const eventType = str(alert.eventType)
  if (eventType?.toUpperCase() !== 'ANPR') return { kind: 'ignored', detail: `event type ${eventType ?? 'none'}` }
  const anpr = isNode(alert.ANPR) ? alert.ANPR : {}
  const plate = str(anpr.licensePlate) ?? str(anpr.originalLicensePlate)
  const plateNormalised = plate ? normalisePlate(plate) : ''
  // Hikvision writes "unknown" (or nothing) when it saw a vehicle but no plate.
  if (!plate || plateNormalised === '' || /^unknown$/i.test(plate)) return { kind: 'rejected', status: 400, detail: 'missing-plate' }
  const confidence = confidenceFrom(anpr.confidenceLevel ?? anpr.plateCharBelieve) ?? 0
  const camera = `hikvision:${str(alert.macAddress) ?? str(alert.ipAddress) ?? 'unknown'}/${str(alert.channelID) ?? '1'}`
  const dateTime = str(alert.dateTime)
  const cameraTime = dateTime ? Date.parse(dateTime) : NaN
  const laneText = str(anpr.laneNo) ?? str(alert.laneNo) ?? str(anpr.line)
  const lane = laneText && /^\d{1,3}$/.test(laneText) ? Number(laneText) : undefined
  const country = str(anpr.country) ?? str(anpr.region)
  const direction = directionFrom(str(anpr.direction))
  // The camera's UUID when it sends one; else a hash of what identifies the passage,
  // so a retransmission (isDataRetransmission) gets the same id.
  const uuid = str(alert.UUID) ?? str(anpr.UUID)
  const eventId = uuid ? `hikvision:${uuid}` : `hikvision:${shortHash([camera, dateTime ?? '', plateNormalised, str(alert.activePostCount) ?? ''].join('|'))}`
  return {
    kind: 'plate',
    reading: {
      type: 'plate',
      camera,
      eventId,
      state: 'new',
      plate,
      plateNormalised,
      confidence,
      at: Number.isFinite(cameraTime) ? cameraTime : receivedAt,
      format: 'hikvision-isapi',
      ...(country ? { country } : {}),
      ...(lane !== undefined ? { lane } : {}),
      ...(direction ? { direction } : {}),
      ...(images.plate ? { plateImage: images.plate } : {}),
      ...(images.scene ? { sceneImage: images.scene } : {}),
    },
  }
}

function isXml(headers: MultipartHeaders, body: Uint8Array): boolean {
  if (/xml/i.test(headers['content-type'] ?? '')) return true
  if (/\.xml"?/i.test(headers['content-disposition'] ?? '')) return true
  return body[0] === 0x3c || (body[0] === 0xef && body[3] === 0x3c) // '<', or a UTF-8 BOM then '<'
}

const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8
const isNode = (v: unknown): v is XmlNode => typeof v === 'object' && v !== null && !Array.isArray(v)
function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v)
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}
const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 20)

// The vendor parsers alone, on hand-written posts.
import { describe, expect, it } from 'vitest'
import { axisTime, parseAxisPost } from './axis-lpv-event'
import { parseHikvisionPost } from './hikvision-isapi-event'
import { confidenceFrom, directionFrom } from './plate-reading'

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const JPEG = '\xff\xd8\xff\xe0fake\xff\xd9'

const alert = (anpr: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><EventNotificationAlert version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><ipAddress>10.1.1.5</ipAddress><macAddress>aa:bb</macAddress><channelID>2</channelID><dateTime>2026-11-25T10:00:00+01:00</dateTime><activePostCount>1</activePostCount><eventType>ANPR</eventType><eventState>active</eventState>${extra}<ANPR>${anpr}</ANPR></EventNotificationAlert>`

function multipart(parts: Array<{ name: string; type: string; body: string }>, boundary = 'MIME0'): string {
  return parts.map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.name}"\r\nContent-Type: ${p.type}\r\n\r\n${p.body}\r\n`).join('') + `--${boundary}--\r\n`
}

describe('Hikvision ISAPI ANPR events', () => {
  const anpr = '<country>F</country><licensePlate>AB-123-CD</licensePlate><laneNo>3</laneNo><direction>reverse</direction><confidenceLevel>87</confidenceLevel>'

  it('reads the alert XML and both pictures from multipart/form-data', () => {
    const body = multipart([
      { name: 'anpr.xml', type: 'application/xml', body: alert(anpr) },
      { name: 'licensePlatePicture.jpg', type: 'image/jpeg', body: JPEG },
      { name: 'detectionPicture.jpg', type: 'image/jpeg', body: JPEG + 'x' },
    ])
    const r = parseHikvisionPost('multipart/form-data; boundary=MIME0', new Uint8Array(Buffer.from(body, 'latin1')), 5)
    expect(r.kind).toBe('plate')
    if (r.kind !== 'plate') return
    expect(r.reading).toMatchObject({
      camera: 'hikvision:aa:bb/2',
      state: 'new',
      plate: 'AB-123-CD',
      plateNormalised: 'AB123CD',
      country: 'F',
      confidence: 0.87,
      lane: 3,
      direction: 'leaving',
      at: Date.parse('2026-11-25T09:00:00Z'),
      format: 'hikvision-isapi',
    })
    expect(r.reading.plateImage?.length).toBe(JPEG.length)
    expect(r.reading.sceneImage?.length).toBe(JPEG.length + 1)
    // the same passage posted again (retransmission) keeps its id
    const again = parseHikvisionPost('multipart/form-data; boundary=MIME0', new Uint8Array(Buffer.from(body, 'latin1')), 99)
    expect(again.kind === 'plate' && again.reading.eventId).toBe(r.reading.eventId)
  })

  it('accepts the XML alone, uses the camera UUID as the event id, and ignores heartbeats', () => {
    const r = parseHikvisionPost('application/xml', enc(alert(anpr, '<UUID>abc-1</UUID>')), 5)
    expect(r).toMatchObject({ kind: 'plate', reading: { eventId: 'hikvision:abc-1' } })
    expect(parseHikvisionPost('application/xml', enc(alert('').replace('<eventType>ANPR', '<eventType>videoloss')), 5)).toEqual({ kind: 'ignored', detail: 'event type videoloss' })
  })

  it('rejects malformed XML, missing plates and broken multipart with a reason', () => {
    expect(parseHikvisionPost('application/xml', enc('<EventNotificationAlert><ANPR>'), 1)).toMatchObject({ kind: 'rejected', status: 400, detail: 'malformed-xml' })
    expect(parseHikvisionPost('application/xml', enc('not xml at all'), 1)).toMatchObject({ detail: 'malformed-xml' })
    expect(parseHikvisionPost('application/xml', enc('<other/>'), 1)).toMatchObject({ detail: 'not-an-event-notification' })
    expect(parseHikvisionPost('application/xml', enc(alert('<licensePlate>unknown</licensePlate>')), 1)).toMatchObject({ detail: 'missing-plate' })
    expect(parseHikvisionPost('application/xml', enc(alert('<licensePlate> - </licensePlate>')), 1)).toMatchObject({ detail: 'missing-plate' })
    expect(parseHikvisionPost('multipart/form-data; boundary=MIME0', enc('--MIME0\r\nContent-Type: application/xml\r\n\r\n<a/>'), 1)).toMatchObject({ detail: 'bad-multipart' })
    expect(parseHikvisionPost('multipart/form-data', enc('x'), 1)).toMatchObject({ detail: 'bad-multipart' })
    expect(parseHikvisionPost('multipart/form-data; boundary=MIME0', enc(multipart([{ name: 'a.jpg', type: 'image/jpeg', body: JPEG }])), 1)).toMatchObject({ detail: 'missing-event-xml' })
  })
})

describe('Axis License Plate Verifier events', () => {
  const event = (o: Record<string, unknown>) =>
    enc(JSON.stringify({ carState: 'new', carID: '123', plateText: 'AA7690EQ', plateCountry: 'UKR', plateConfidence: '0.612', datetime: '20261125 101112345', camera_info: { SerialNumber: 'ACCC8E' }, ...o }))

  it('maps NEW / UPDATE / LOST of one car to one stable event id', () => {
    const n = parseAxisPost(event({}), 1)
    const u = parseAxisPost(event({ carState: 'update', plateText: 'AA7690EO', plateConfidence: 0.91 }), 2)
    const l = parseAxisPost(event({ carState: 'LOST', plateText: '' }), 3)
    expect(n).toMatchObject({ kind: 'plate', reading: { state: 'new', plate: 'AA7690EQ', confidence: 0.612, country: 'UKR', camera: 'axis:ACCC8E', format: 'axis' } })
    expect(u).toMatchObject({ kind: 'plate', reading: { state: 'update', plateNormalised: 'AA7690EO', confidence: 0.91 } })
    expect(l).toMatchObject({ kind: 'plate', reading: { state: 'lost' } })
    const ids = [n, u, l].map((r) => (r.kind === 'plate' ? r.reading.eventId : null))
    expect(new Set(ids)).toEqual(new Set(['axis:ACCC8E:123']))
    expect(n.kind === 'plate' && n.reading.at).toBe(new Date(2026, 10, 25, 10, 11, 12, 345).getTime())
  })

  it('decodes base64 images and refuses ones that are not images', () => {
    const b64 = Buffer.from(JPEG, 'latin1').toString('base64')
    expect(parseAxisPost(event({ plateImage: b64, image: `data:image/jpeg;base64,${b64}` }), 1)).toMatchObject({ kind: 'plate', reading: { plateImage: expect.any(Uint8Array), sceneImage: expect.any(Uint8Array) } })
    expect(parseAxisPost(event({ image: Buffer.from('hello').toString('base64') }), 1)).toMatchObject({ detail: 'bad-image' })
  })

  it('rejects malformed JSON, unknown states, and events without a plate or car id', () => {
    expect(parseAxisPost(enc('{"carState":'), 1)).toMatchObject({ kind: 'rejected', detail: 'malformed-json' })
    expect(parseAxisPost(enc('[1,2]'), 1)).toMatchObject({ detail: 'bad-event-fields' })
    expect(parseAxisPost(event({ carState: 'teleported' }), 1)).toMatchObject({ detail: 'unknown-car-state' })
    expect(parseAxisPost(event({ carID: undefined }), 1)).toMatchObject({ detail: 'missing-event-id' })
    expect(parseAxisPost(event({ plateText: '  ' }), 1)).toMatchObject({ detail: 'missing-plate' })
    expect(parseAxisPost(event({ plateConfidence: { x: 1 } }), 1)).toMatchObject({ detail: 'bad-event-fields' })
  })

  it('normalises confidence, direction and time', () => {
    expect([confidenceFrom('87'), confidenceFrom(0.5), confidenceFrom('x'), confidenceFrom(101)]).toEqual([0.87, 0.5, null, null])
    expect([directionFrom('forward'), directionFrom('OUT'), directionFrom('sideways'), directionFrom('')]).toEqual(['approaching', 'leaving', 'unknown', undefined])
    expect(axisTime('2026-11-25T10:00:00Z')).toBe(Date.parse('2026-11-25T10:00:00Z'))
    expect(axisTime('yesterday')).toBeUndefined()
  })
})

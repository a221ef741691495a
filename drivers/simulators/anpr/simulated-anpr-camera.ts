// An ANPR camera, simulated at the wire: it POSTs plate events to a listener
// URL exactly as the vendor does. `hikvision-isapi`: multipart/form-data with
// an EventNotificationAlert XML part, the plate crop and the scene JPEG (one
// event per passage). `axis`: License Plate Verifier JSON push, NEW with a
// first (often wrong) read, UPDATE with the better read, LOST when the
// vehicle has gone. Control surface: vehicleArrives, vehicleLeaves,
// postGarbage, heartbeat.
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { HttpServerFactory } from '../../anpr/anpr-listener'
import { basicAuthorization } from '../../camera/http-auth'
import { svgToJpeg } from '../camera/frame-renderer'
import { laneSceneSvg, plateCropSvg, xmlEscape, type VehicleKind } from '../camera/lane-scene'

export type AnprSimFormat = 'hikvision-isapi' | 'axis'

export interface SimulatedAnprCameraOptions {
  /**
   * The listener to post to, e.g. `http://127.0.0.1:PORT`. Without it, the
   * camera posts to the server made through its `transport` (simulated mode:
   * the listener's address is only known once it listens).
   */
  url?: string
  format: AnprSimFormat
  /** Path posted to; default `/ISAPI/anpr` (Hikvision) or `/axis/lpv` (Axis). */
  path?: string
  serial?: string
  ipAddress?: string
  channel?: number
  lane?: number
  auth?: { username: string; password: string }
  /** Attach plate and scene images (default true). */
  images?: boolean
}

export interface VehicleArrival {
  plate: string
  country?: string
  /** 0..1, of the final read. */
  confidence?: number
  vehicle?: VehicleKind
  direction?: 'forward' | 'reverse'
  /** Axis: the NEW event carries this read first (default: a look-alike misread), UPDATE the right one. */
  firstRead?: string
}

export type GarbageKind = 'bad-multipart' | 'malformed-xml' | 'malformed-json' | 'missing-plate' | 'huge' | 'wrong-content-type' | 'bad-image'

export interface PostResult {
  status: number
  body: string
}

const LOOK_ALIKE: Record<string, string> = { O: 'Q', '0': 'O', I: '1', '1': 'I', B: '8', '8': 'B', S: '5', '5': 'S', Z: '2', '2': 'Z' }

/** The plate with its last look-alike character swapped, as a first ANPR read often is. */
export function misread(plate: string): string {
  for (let i = plate.length - 1; i >= 0; i--) {
    const swap = LOOK_ALIKE[plate[i]!]
    if (swap) return plate.slice(0, i) + swap + plate.slice(i + 1)
  }
  return plate.slice(0, -1)
}

export class SimulatedAnprCamera {
  private readonly options: Required<Omit<SimulatedAnprCameraOptions, 'auth' | 'path' | 'url'>> & Pick<SimulatedAnprCameraOptions, 'auth' | 'path' | 'url'>
  private listenerServer: http.Server | null = null
  private current: { carId: string; arrival: VehicleArrival } | null = null
  private packet = 0
  /** Every post made and how it was answered. */
  readonly posts: Array<PostResult & { kind: string }> = []

  constructor(options: SimulatedAnprCameraOptions) {
    this.options = {
      serial: options.format === 'axis' ? 'ACCC8EF00D1E' : 'DS-2CD7A26G0-P-IZHS20210101',
      ipAddress: '192.0.2.31',
      channel: 1,
      lane: 1,
      images: true,
      ...options,
    }
  }

  /** The listener driver's transport: it makes the listener's server, so this camera knows where to post. */
  get transport(): HttpServerFactory {
    return {
      createServer: (handler) => {
        const server = http.createServer(handler)
        this.listenerServer = server
        return server
      },
    }
  }

  /** Where posts go: the configured URL, or the server made through `transport`. */
  get targetUrl(): string {
    if (this.options.url) return this.options.url
    const address = this.listenerServer?.address()
    if (!address || typeof address !== 'object') throw new Error('SimulatedAnprCamera: no listener to post to (give a url, or open the listener made through transport)')
    return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
  }

  /** A vehicle is read. Axis: NEW (first read) then UPDATE (final read). Hikvision: one event. Returns the car id. */
  async vehicleArrives(arrival: VehicleArrival): Promise<string> {
    const carId = this.options.format === 'axis' ? String(1000 + this.packet) : randomUUID()
    this.current = { carId, arrival }
    if (this.options.format === 'hikvision-isapi') {
      await this.postHikvision(arrival, carId)
      return carId
    }
    const confidence = arrival.confidence ?? 0.93
    await this.postAxis('new', carId, arrival, arrival.firstRead ?? misread(arrival.plate), Math.max(0, confidence - 0.25))
    await this.postAxis('update', carId, arrival, arrival.plate, confidence)
    return carId
  }

  /** The vehicle has gone. Axis: LOST with the last read. Hikvision sends nothing (it has no LOST). */
  async vehicleLeaves(): Promise<void> {
    const cur = this.current
    this.current = null
    if (!cur || this.options.format !== 'axis') return
    await this.postAxis('lost', cur.carId, cur.arrival, cur.arrival.plate, cur.arrival.confidence ?? 0.93)
  }

  /** Hikvision's keep-alive: an EventNotificationAlert that is not an ANPR event. */
  async heartbeat(): Promise<PostResult> {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><ipAddress>${this.options.ipAddress}</ipAddress><channelID>${this.options.channel}</channelID><dateTime>${new Date().toISOString()}</dateTime><activePostCount>0</activePostCount><eventType>videoloss</eventType><eventState>inactive</eventState><eventDescription>videoloss alarm</eventDescription></EventNotificationAlert>`
    return this.post('heartbeat', 'application/xml', Buffer.from(xml))
  }

  /** Something a broken camera, a scanner or an attacker might post. */
  async postGarbage(kind: GarbageKind): Promise<PostResult> {
    switch (kind) {
      case 'bad-multipart':
        return this.post(kind, 'multipart/form-data; boundary=MIMEboundary', Buffer.from('--MIMEboundary\r\nContent-Type: application/xml\r\n\r\n<EventNotificationAlert>'))
      case 'malformed-xml':
        return this.post(kind, 'application/xml', Buffer.from('<EventNotificationAlert><eventType>ANPR</eventType><ANPR><licensePlate>AB123</ANPR>'))
      case 'malformed-json':
        return this.post(kind, 'application/json', Buffer.from('{"carState":"new","plateText":"AB12'))
      case 'missing-plate':
        return this.options.format === 'axis'
          ? this.post(kind, 'application/json', Buffer.from(JSON.stringify({ carState: 'new', carID: '77', plateText: '', camera_info: { SerialNumber: this.options.serial } })))
          : this.post(kind, 'application/xml', Buffer.from(this.alertXml({ plate: 'unknown' }, 'x', 0.5)))
      case 'huge':
        return this.post(kind, 'application/json', Buffer.alloc(12 * 1024 * 1024, 0x20))
      case 'wrong-content-type':
        return this.post(kind, 'image/gif', Buffer.from('GIF89a'))
      case 'bad-image':
        return this.post(kind, 'application/json', Buffer.from(JSON.stringify({ carState: 'new', carID: '78', plateText: 'AB123', image: 'bm90IGFuIGltYWdl' })))
    }
  }

  private async postHikvision(arrival: VehicleArrival, uuid: string): Promise<PostResult> {
    const boundary = `----checkpoint${uuid.slice(0, 8)}`
    const parts: Buffer[] = []
    const add = (name: string, filename: string, type: string, body: Buffer) => {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`), body, Buffer.from('\r\n'))
    }
    add('anpr.xml', 'anpr.xml', 'application/xml', Buffer.from(this.alertXml(arrival, uuid, arrival.confidence ?? 0.93)))
    if (this.options.images) {
      const { plate, scene } = await this.images(arrival)
      add('licensePlatePicture.jpg', 'licensePlatePicture.jpg', 'image/jpeg', plate)
      add('detectionPicture.jpg', 'detectionPicture.jpg', 'image/jpeg', scene)
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`))
    return this.post('new', `multipart/form-data; boundary=${boundary}`, Buffer.concat(parts))
  }

  private alertXml(arrival: Pick<VehicleArrival, 'plate' | 'country' | 'direction'>, uuid: string, confidence: number): string {
    const o = this.options
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<EventNotificationAlert version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">',
      `<ipAddress>${o.ipAddress}</ipAddress><portNo>80</portNo><protocol>HTTP</protocol>`,
      `<macAddress>44:19:b6:00:00:01</macAddress><channelID>${o.channel}</channelID>`,
      `<dateTime>${new Date().toISOString()}</dateTime><activePostCount>1</activePostCount>`,
      '<eventType>ANPR</eventType><eventState>active</eventState><eventDescription>ANPR</eventDescription>',
      `<channelName>Lane ${o.lane}</channelName><UUID>${uuid}</UUID>`,
      '<ANPR>',
      `<country>${xmlEscape(arrival.country ?? '')}</country><licensePlate>${xmlEscape(arrival.plate)}</licensePlate>`,
      `<line>${o.lane}</line><laneNo>${o.lane}</laneNo><direction>${arrival.direction ?? 'forward'}</direction>`,
      `<confidenceLevel>${Math.round(confidence * 100)}</confidenceLevel><plateType>unknown</plateType><plateColor>white</plateColor>`,
      '<vehicleType>vehicle</vehicleType><detectDir>8</detectDir><detectType>0</detectType>',
      '<pictureInfoList><pictureInfo><fileName>licensePlatePicture.jpg</fileName><type>licensePlatePicture</type><dataType>0</dataType></pictureInfo>',
      '<pictureInfo><fileName>detectionPicture.jpg</fileName><type>detectionPicture</type><dataType>0</dataType></pictureInfo></pictureInfoList>',
      '</ANPR>',
      '</EventNotificationAlert>',
    ].join('')
  }

  private async postAxis(state: 'new' | 'update' | 'lost', carId: string, arrival: VehicleArrival, plate: string, confidence: number): Promise<PostResult> {
    const event: Record<string, unknown> = {
      packetCounter: String(++this.packet),
      datetime: axisDatetime(new Date()),
      plateText: plate,
      plateUnicode: plate,
      plateUTF8: plate,
      plateCountry: arrival.country ?? '',
      plateRegion: '',
      plateConfidence: confidence.toFixed(6),
      carState: state,
      roiID: String(this.options.lane),
      direction: arrival.direction === 'reverse' ? 'out' : 'in',
      carID: carId,
      camera_info: { SerialNumber: this.options.serial, ProdShortName: 'AXIS P1455-LE', MACAddress: this.options.serial },
      sensorProviderID: 'defaultID',
    }
    if (this.options.images && state !== 'lost') {
      const { plate: plateJpeg, scene } = await this.images({ ...arrival, plate })
      event.imageType = 'plate'
      event.plateImageType = 'jpeg'
      event.plateImage = plateJpeg.toString('base64')
      event.image = scene.toString('base64')
    }
    return this.post(state, 'application/json', Buffer.from(JSON.stringify(event)))
  }

  private imageCache = new Map<string, Promise<{ plate: Buffer; scene: Buffer }>>()

  private images(arrival: VehicleArrival): Promise<{ plate: Buffer; scene: Buffer }> {
    const key = `${arrival.plate}|${arrival.country ?? ''}|${arrival.vehicle ?? 'car'}`
    let p = this.imageCache.get(key)
    if (!p) {
      p = Promise.all([
        svgToJpeg(plateCropSvg(arrival.plate, arrival.country)),
        svgToJpeg(laneSceneSvg({ plate: arrival.plate, country: arrival.country, vehicle: arrival.vehicle ?? 'car', lane: `LANE ${this.options.lane}` }, 640, 360), 70),
      ]).then(([plate, scene]) => ({ plate, scene }))
      this.imageCache.set(key, p)
    }
    return p
  }

  private post(kind: string, contentType: string, body: Buffer): Promise<PostResult> {
    const target = new URL(this.options.path ?? (this.options.format === 'axis' ? '/axis/lpv' : '/ISAPI/anpr'), this.targetUrl)
    const headers: http.OutgoingHttpHeaders = { 'Content-Type': contentType, 'Content-Length': body.length }
    if (this.options.auth) headers.Authorization = basicAuthorization(this.options.auth)
    return new Promise((resolve, reject) => {
      let done = false
      const finish = (result: PostResult) => {
        if (done) return
        done = true
        this.posts.push({ kind, ...result })
        resolve(result)
      }
      const req = http.request(target, { method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        // 'close' rather than 'end': after a 413 the listener hangs up, which may cut the body short.
        res.on('close', () => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', () => undefined)
      })
      req.on('error', (err: Error & { code?: string }) => {
        // The listener may answer 413 and hang up while a huge body is still going out.
        if (err.code === 'EPIPE' || err.code === 'ECONNRESET') return
        if (!done) reject(err)
      })
      req.on('close', () => setTimeout(() => finish({ status: 0, body: 'connection closed without an answer' }), 50))
      req.end(body)
    })
  }
}

/** Axis `datetime`: `YYYYMMDD HHmmssSSS`, local time. */
function axisDatetime(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())} ${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}${p(d.getMilliseconds(), 3)}`
}

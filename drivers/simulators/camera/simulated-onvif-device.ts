// An ONVIF Profile S device, simulated at the wire: SOAP 1.2 over HTTP on
// 127.0.0.1, answering what a client needs to find a camera's video
// (GetSystemDateAndTime, GetDeviceInformation, GetServices, GetCapabilities,
// GetProfiles, GetVideoSources, GetStreamUri, GetSnapshotUri). With
// credentials set, every call but GetSystemDateAndTime (which the ONVIF core
// spec leaves open so clients can learn the clock) needs a valid
// WS-UsernameToken PasswordDigest, else a `ter:NotAuthorized` fault.
// Profiles point at a SimulatedCamera's MJPEG and snapshot URLs.
import { createHash } from 'node:crypto'
import http from 'node:http'
import { XMLParser } from 'fast-xml-parser'
import { xmlEscape } from './lane-scene'
import { listenOnLoopback } from './loopback-http'

export interface SimulatedOnvifProfile {
  token: string
  name: string
  width: number
  height: number
  fps: number
  /** What GetStreamUri answers for Protocol HTTP (the simulator's MJPEG stream). */
  httpStreamUri: string
  /** What GetStreamUri answers for RTSP (nothing listens there in the simulator). */
  rtspStreamUri: string
  snapshotUri: string
}

export interface SimulatedOnvifDeviceOptions {
  profiles: SimulatedOnvifProfile[]
  /** WS-UsernameToken credentials; none means every call is allowed. */
  username?: string
  password?: string
  manufacturer?: string
  model?: string
  serialNumber?: string
  port?: number
}

const soap = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, attributeNamePrefix: '@' })

const NS =
  'xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:tds="http://www.onvif.org/ver10/device/wsdl" xmlns:trt="http://www.onvif.org/ver10/media/wsdl" xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:ter="http://www.onvif.org/ver10/error"'

export class SimulatedOnvifDevice {
  private server: http.Server | null = null
  private port: number
  private readonly usedNonces = new Set<string>()
  /** The SOAP actions received, in order (for tests). */
  readonly actions: string[] = []

  constructor(private readonly options: SimulatedOnvifDeviceOptions) {
    this.port = options.port ?? 0
  }

  async start(): Promise<void> {
    if (this.server) return
    const server = http.createServer((req, res) => this.handle(req, res))
    this.server = server
    this.port = await listenOnLoopback(server, this.port)
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  get hostname(): string {
    return '127.0.0.1'
  }

  get servicePort(): number {
    if (this.port === 0) throw new Error('SimulatedOnvifDevice: start() it first')
    return this.port
  }

  private get origin(): string {
    return `http://127.0.0.1:${this.port}`
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > 256 * 1024) req.destroy()
      else chunks.push(c)
    })
    req.on('end', () => {
      if (req.method !== 'POST') return void res.writeHead(405).end()
      let body: Record<string, unknown>
      let header: Record<string, unknown>
      let action: string
      try {
        const envelope = (soap.parse(Buffer.concat(chunks).toString('utf8')) as { Envelope?: { Header?: unknown; Body?: unknown } }).Envelope
        body = (envelope?.Body ?? {}) as Record<string, unknown>
        header = (typeof envelope?.Header === 'object' && envelope.Header ? envelope.Header : {}) as Record<string, unknown>
        action = Object.keys(body).find((k) => !k.startsWith('@')) ?? ''
      } catch {
        return this.fault(res, 'env:Sender', 'ter:WellFormed', 'Malformed SOAP envelope')
      }
      this.actions.push(action)
      if (action !== 'GetSystemDateAndTime' && !this.authorised(header)) {
        return this.fault(res, 's:Sender', 'ter:NotAuthorized', 'Sender not authorized')
      }
      const request = (body[action] ?? {}) as Record<string, unknown>
      const reply = this.reply(action, request)
      if (reply === null) return this.fault(res, 's:Receiver', 'ter:ActionNotSupported', `Action ${action} is not supported`)
      res.writeHead(200, { 'Content-Type': 'application/soap+xml; charset=utf-8' }).end(`<?xml version="1.0" encoding="UTF-8"?><s:Envelope ${NS}><s:Body>${reply}</s:Body></s:Envelope>`)
    })
  }

  /** WS-Security UsernameToken, PasswordDigest = Base64(SHA-1(nonce + created + password)), each nonce once. */
  private authorised(header: Record<string, unknown>): boolean {
    const { username, password } = this.options
    if (!username) return true
    const token = (header.Security as Record<string, unknown> | undefined)?.UsernameToken as Record<string, unknown> | undefined
    if (!token) return false
    const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text'] ?? '') : '')
    const user = text(token.Username)
    const digest = text(token.Password)
    const nonce = text(token.Nonce)
    const created = text(token.Created)
    if (user !== username || !nonce || !created || this.usedNonces.has(nonce)) return false
    const expected = createHash('sha1')
      .update(Buffer.concat([Buffer.from(nonce, 'base64'), Buffer.from(created, 'utf8'), Buffer.from(password ?? '', 'utf8')]))
      .digest('base64')
    if (expected !== digest) return false
    this.usedNonces.add(nonce)
    return true
  }

  private reply(action: string, request: Record<string, unknown>): string | null {
    const o = this.options
    const device = `${this.origin}/onvif/device_service`
    const media = `${this.origin}/onvif/media_service`
    const profile = (token: unknown) => o.profiles.find((p) => p.token === (typeof token === 'string' ? token : '')) ?? null
    switch (action) {
      case 'GetSystemDateAndTime': {
        const d = new Date()
        return `<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType><tt:DaylightSavings>false</tt:DaylightSavings><tt:TimeZone><tt:TZ>UTC0</tt:TZ></tt:TimeZone><tt:UTCDateTime><tt:Time><tt:Hour>${d.getUTCHours()}</tt:Hour><tt:Minute>${d.getUTCMinutes()}</tt:Minute><tt:Second>${d.getUTCSeconds()}</tt:Second></tt:Time><tt:Date><tt:Year>${d.getUTCFullYear()}</tt:Year><tt:Month>${d.getUTCMonth() + 1}</tt:Month><tt:Day>${d.getUTCDate()}</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>`
      }
      case 'GetDeviceInformation':
        return `<tds:GetDeviceInformationResponse><tds:Manufacturer>${xmlEscape(o.manufacturer ?? 'Checkpoint')}</tds:Manufacturer><tds:Model>${xmlEscape(o.model ?? 'Simulated Lane Camera')}</tds:Model><tds:FirmwareVersion>1.0.0</tds:FirmwareVersion><tds:SerialNumber>${xmlEscape(o.serialNumber ?? 'SIM-0001')}</tds:SerialNumber><tds:HardwareId>sim-cam</tds:HardwareId></tds:GetDeviceInformationResponse>`
      case 'GetServices':
        return `<tds:GetServicesResponse>${service('http://www.onvif.org/ver10/device/wsdl', device)}${service('http://www.onvif.org/ver10/media/wsdl', media)}</tds:GetServicesResponse>`
      case 'GetCapabilities':
        return `<tds:GetCapabilitiesResponse><tds:Capabilities><tt:Device><tt:XAddr>${device}</tt:XAddr></tt:Device><tt:Media><tt:XAddr>${media}</tt:XAddr><tt:StreamingCapabilities><tt:RTPMulticast>false</tt:RTPMulticast><tt:RTP_TCP>true</tt:RTP_TCP><tt:RTP_RTSP_TCP>true</tt:RTP_RTSP_TCP></tt:StreamingCapabilities></tt:Media></tds:Capabilities></tds:GetCapabilitiesResponse>`
      case 'GetVideoSources': {
        const first = o.profiles[0]
        return `<trt:GetVideoSourcesResponse><trt:VideoSources token="VideoSource_1"><tt:Framerate>${first?.fps ?? 25}</tt:Framerate><tt:Resolution><tt:Width>${first?.width ?? 1280}</tt:Width><tt:Height>${first?.height ?? 720}</tt:Height></tt:Resolution></trt:VideoSources></trt:GetVideoSourcesResponse>`
      }
      case 'GetProfiles':
        return `<trt:GetProfilesResponse>${o.profiles.map(profileXml).join('')}</trt:GetProfilesResponse>`
      case 'GetStreamUri': {
        const p = profile(request.ProfileToken)
        if (!p) return null
        const protocol = (((request.StreamSetup as Record<string, unknown> | undefined)?.Transport as Record<string, unknown> | undefined)?.Protocol ?? 'RTSP') as string
        return `<trt:GetStreamUriResponse>${mediaUri(protocol === 'HTTP' ? p.httpStreamUri : p.rtspStreamUri)}</trt:GetStreamUriResponse>`
      }
      case 'GetSnapshotUri': {
        const p = profile(request.ProfileToken)
        return p ? `<trt:GetSnapshotUriResponse>${mediaUri(p.snapshotUri)}</trt:GetSnapshotUriResponse>` : null
      }
      default:
        return null
    }
  }

  private fault(res: http.ServerResponse, code: string, subcode: string, reason: string): void {
    // ONVIF core §5.11: a SOAP fault; HTTP 400 for sender faults, 500 for receiver faults.
    res.writeHead(code.endsWith('Sender') ? 400 : 500, { 'Content-Type': 'application/soap+xml; charset=utf-8' })
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?><s:Envelope ${NS}><s:Body><s:Fault><s:Code><s:Value>${code}</s:Value><s:Subcode><s:Value>${subcode}</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en">${xmlEscape(reason)}</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>`,
    )
  }
}

function service(namespace: string, xaddr: string): string {
  return `<tds:Service><tds:Namespace>${namespace}</tds:Namespace><tds:XAddr>${xaddr}</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version></tds:Service>`
}

function mediaUri(uri: string): string {
  return `<trt:MediaUri><tt:Uri>${xmlEscape(uri)}</tt:Uri><tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>false</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout></trt:MediaUri>`
}

function profileXml(p: SimulatedOnvifProfile): string {
  return (
    `<trt:Profiles token="${xmlEscape(p.token)}" fixed="true"><tt:Name>${xmlEscape(p.name)}</tt:Name>` +
    `<tt:VideoSourceConfiguration token="VSC_1"><tt:Name>VideoSourceConfig</tt:Name><tt:UseCount>${1}</tt:UseCount><tt:SourceToken>VideoSource_1</tt:SourceToken><tt:Bounds x="0" y="0" width="${p.width}" height="${p.height}"/></tt:VideoSourceConfiguration>` +
    `<tt:VideoEncoderConfiguration token="VEC_${xmlEscape(p.token)}"><tt:Name>${xmlEscape(p.name)}</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>JPEG</tt:Encoding>` +
    `<tt:Resolution><tt:Width>${p.width}</tt:Width><tt:Height>${p.height}</tt:Height></tt:Resolution><tt:Quality>5</tt:Quality>` +
    `<tt:RateControl><tt:FrameRateLimit>${p.fps}</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>8192</tt:BitrateLimit></tt:RateControl>` +
    `<tt:SessionTimeout>PT60S</tt:SessionTimeout></tt:VideoEncoderConfiguration></trt:Profiles>`
  )
}

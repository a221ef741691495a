import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundaryFromContentType, headerParams, MultipartStreamParser, parseMultipartBody, type MultipartEvent } from './multipart-stream-parser'

const enc = (s: string) => Buffer.from(s, 'latin1')
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1')

function part(body: string, withLength = true, boundary = 'frame'): string {
  return `--${boundary}\r\nContent-Type: image/jpeg\r\n${withLength ? `Content-Length: ${body.length}\r\n` : ''}X-Timestamp: 1\r\n\r\n${body}\r\n`
}

/** Feeds `stream` in chunks of the given sizes (cycled) and returns the events. */
function feed(parser: MultipartStreamParser, stream: string, sizes: number[]): MultipartEvent[] {
  const bytes = enc(stream)
  const out: MultipartEvent[] = []
  let i = 0
  let k = 0
  while (i < bytes.length) {
    const n = sizes[k++ % sizes.length]!
    out.push(...parser.push(bytes.subarray(i, i + n)))
    i += n
  }
  return out
}

const bodies = (events: MultipartEvent[]) => events.filter((e) => e.type === 'part').map((e) => (e.type === 'part' ? text(e.body) : ''))

describe('MultipartStreamParser', () => {
  const frames = ['\xff\xd8first\xff\xd9', '\xff\xd8second-with--frame-inside\xff\xd9', '\xff\xd8\r\n--fram\r\nthird\xff\xd9']

  for (const withLength of [true, false]) {
    it(`splits parts at any chunk boundary (${withLength ? 'Content-Length' : 'boundary scanning'})`, () => {
      const stream = 'preamble\r\n' + frames.map((f) => part(f, withLength)).join('') + '--frame\r\n'
      for (const sizes of [[1], [2], [3], [7], [13, 1, 5], [stream.length]]) {
        const parser = new MultipartStreamParser('frame')
        const events = feed(parser, stream, sizes)
        expect(bodies(events), `chunks ${sizes}`).toEqual(withLength ? frames : frames)
        expect(events.filter((e) => e.type === 'bad-part')).toEqual([])
      }
    })
  }

  it('property: any bodies, any chunking, with or without Content-Length, give back exactly the bodies', () => {
    const body = fc.uint8Array({ minLength: 1, maxLength: 300 }).filter((b) => !Buffer.from(b).includes('--frame'))
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 8 }), fc.boolean(), (frames, sizes, withLength) => {
        const stream = Buffer.concat([
          ...frames.map((f) => Buffer.concat([enc(`--frame\r\nContent-Type: image/jpeg\r\n${withLength ? `Content-Length: ${f.length}\r\n` : ''}\r\n`), Buffer.from(f), enc('\r\n')])),
          enc('--frame\r\n'),
        ])
        const parser = new MultipartStreamParser('frame')
        const out: Uint8Array[] = []
        let i = 0
        let k = 0
        while (i < stream.length) {
          const n = sizes[k++ % sizes.length]!
          for (const e of parser.push(stream.subarray(i, i + n))) if (e.type === 'part') out.push(e.body)
          i += n
        }
        expect(out.map((b) => Buffer.from(b).toString('hex'))).toEqual(frames.map((f) => Buffer.from(f).toString('hex')))
      }),
      { numRuns: 300 },
    )
  })

  it('emits a Content-Length part as soon as its bytes are in, without waiting for the next delimiter', () => {
    const parser = new MultipartStreamParser('frame')
    const events = parser.push(enc(`--frame\r\nContent-Length: 4\r\n\r\nabcd`))
    expect(bodies(events)).toEqual(['abcd'])
    expect(parser.midPart).toBe(false)
  })

  it('takes a multi-megabyte part in small chunks in linear time', () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 0x41)
    for (const withLength of [true, false]) {
      const parser = new MultipartStreamParser('frame')
      const stream = Buffer.concat([enc(`--frame\r\n${withLength ? `Content-Length: ${big.length}\r\n` : ''}\r\n`), big, enc('\r\n--frame\r\n')])
      const started = performance.now()
      const events: MultipartEvent[] = []
      for (let i = 0; i < stream.length; i += 16 * 1024) events.push(...parser.push(stream.subarray(i, i + 16 * 1024)))
      expect(performance.now() - started).toBeLessThan(500)
      expect(events.filter((e) => e.type === 'part').map((e) => (e.type === 'part' ? e.body.length : 0))).toEqual([big.length])
    }
  })

  it('lower-cases header names and keeps values', () => {
    const parser = new MultipartStreamParser('b')
    const [e] = parser.push(enc('--b\r\nContent-Type: image/jpeg\r\nX-Timestamp: 12.5\r\nContent-Length: 1\r\n\r\nx\r\n'))
    expect(e).toMatchObject({ type: 'part', headers: { 'content-type': 'image/jpeg', 'x-timestamp': '12.5', 'content-length': '1' } })
  })

  it('accepts LF-only line ends and a boundary declared with leading dashes', () => {
    const parser = new MultipartStreamParser('--myboundary')
    const events = parser.push(enc('--myboundary\nContent-Type: image/jpeg\n\nAAA\n--myboundary\nContent-Type: image/jpeg\n\nBBB\n--myboundary\n'))
    expect(bodies(events)).toEqual(['AAA', 'BBB'])
    const rfc = new MultipartStreamParser('--myboundary')
    expect(bodies(rfc.push(enc('----myboundary\r\n\r\nCCC\r\n----myboundary\r\n')))).toEqual(['CCC'])
  })

  it('skips a part whose Content-Length lies, counts it, and resynchronises', () => {
    const parser = new MultipartStreamParser('frame')
    const lying = `--frame\r\nContent-Length: 3\r\n\r\nTOOLONGBODY\r\n`
    const events = feed(parser, lying + part('good') + part('next'), [5])
    expect(events.filter((e) => e.type === 'bad-part').map((e) => (e.type === 'bad-part' ? e.reason : ''))).toEqual(['length-mismatch'])
    expect(bodies(events)).toEqual(['TOO', 'good', 'next'])
    expect(parser.skippedParts).toBe(1)
  })

  it('skips broken headers, oversized parts and empty parts with a count, and keeps going', () => {
    const parser = new MultipartStreamParser('frame', { maxPartBytes: 10 })
    const stream =
      `--frame\r\nthis is not a header\r\n\r\njunk\r\n` + part('x'.repeat(50)) + part('y'.repeat(50), false) + `--frame\r\nContent-Length: 0\r\n\r\n\r\n` + part('ok')
    const events = feed(parser, stream, [4])
    expect(events.filter((e) => e.type === 'bad-part').map((e) => (e.type === 'bad-part' ? e.reason : ''))).toEqual(['bad-headers', 'too-large', 'too-large', 'empty'])
    expect(bodies(events)).toEqual(['ok'])
  })

  it('reports bytes between parts, the closing delimiter, and a truncated last part', () => {
    const parser = new MultipartStreamParser('frame')
    const events = parser.push(enc(part('a') + 'garbage garbage\r\n' + part('b') + '--frame--\r\nepilogue'))
    expect(events.map((e) => (e.type === 'bad-part' ? e.reason : e.type))).toEqual(['part', 'length-mismatch', 'part', 'end'])
    const cut = new MultipartStreamParser('frame')
    cut.push(enc(`--frame\r\nContent-Length: 100\r\n\r\nshort`))
    expect(cut.midPart).toBe(true)
    expect(cut.finish()).toEqual([{ type: 'bad-part', reason: 'truncated', bytes: 5 }])
  })

  it('parses a whole form-data body', () => {
    const body = `--XyZ\r\nContent-Disposition: form-data; name="anpr.xml"; filename="anpr.xml"\r\nContent-Type: application/xml\r\n\r\n<x/>\r\n--XyZ\r\nContent-Disposition: form-data; name="licensePlatePicture.jpg"\r\n\r\nJPEG\r\n--XyZ--\r\n`
    const r = parseMultipartBody(enc(body), 'XyZ')
    expect(r.closed).toBe(true)
    expect(r.parts.map((p) => text(p.body))).toEqual(['<x/>', 'JPEG'])
    expect(headerParams(r.parts[0]!.headers['content-disposition'])).toEqual({ name: 'anpr.xml', filename: 'anpr.xml' })
    expect(parseMultipartBody(enc(body.slice(0, 60)), 'XyZ')).toMatchObject({ closed: false, bad: ['truncated'] })
  })

  it('reads the boundary from a Content-Type', () => {
    expect(boundaryFromContentType('multipart/x-mixed-replace; boundary=ffmpeg')).toBe('ffmpeg')
    expect(boundaryFromContentType('multipart/x-mixed-replace;boundary="a b"')).toBe('a b')
    expect(boundaryFromContentType('Multipart/Form-Data; charset=utf-8; boundary=--x')).toBe('--x')
    expect(boundaryFromContentType('image/jpeg')).toBeNull()
    expect(boundaryFromContentType('multipart/mixed')).toBeNull()
  })
})

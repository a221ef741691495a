import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { encodeBarcodePayload, encodeHidReports, encodeMsrPayload, encodeOcrPayload, HidOcrDecoder, type HidOcrEvent } from './hid-ocr-frame'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']

const ocr = (events: HidOcrEvent[]) => events.flatMap((e) => (e.type === 'ocr' ? [e.lines] : []))
const errors = (events: HidOcrEvent[]) => events.flatMap((e) => (e.type === 'error' ? [`${e.reason}:${e.detail}`] : []))
const feed = (d: HidOcrDecoder, reports: Uint8Array[]) => reports.flatMap((r) => d.pushReport(r))

describe('HID report encoding', () => {
  it('splits a payload into 64-byte reports: length byte (bit 7 = CTS), up to 63 payload bytes, zero padding', () => {
    const payload = encodeOcrPayload(TD3) // 2 + 44 + 1 + 44 + 2 = 93 bytes
    expect(payload.length).toBe(93)
    const reports = encodeHidReports(payload, { cts: true })
    expect(reports.map((r) => r.length)).toEqual([64, 64])
    expect(reports.map((r) => r[0])).toEqual([0x80 | 63, 0x80 | 30])
    expect([...reports[0]!.subarray(1, 3)]).toEqual([0x1c, 0x02])
    expect([...reports[1]!.subarray(29, 31)]).toEqual([0x03, 0x1d])
    expect(reports[1]!.subarray(31).every((b) => b === 0)).toBe(true)
  })
})

describe('HidOcrDecoder', () => {
  it('reads the OCR lines of a TD3 and a TD1, ignoring the CTS bit and the report padding', () => {
    const d = new HidOcrDecoder()
    const out = feed(d, [...encodeHidReports(encodeOcrPayload(TD3), { cts: true }), ...encodeHidReports(encodeOcrPayload(TD1))])
    expect(ocr(out)).toEqual([TD3, TD1])
    expect(errors(out)).toEqual([])
    expect(d.hasPending).toBe(false)
  })

  it('accepts a trailing CR or CRLF line ends', () => {
    const payload = Uint8Array.from([0x1c, 0x02, ...Buffer.from(`${TD3[0]}\r\n${TD3[1]}\r\n`), 0x03, 0x1d])
    expect(ocr(new HidOcrDecoder().pushPayload(payload))).toEqual([TD3])
  })

  it('gives the same lines whatever the report size and payload fragmentation', () => {
    const stream = Uint8Array.from([...encodeOcrPayload(TD1), 0, 0, ...encodeOcrPayload(TD3)])
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 64 }), fc.boolean(), (reportSize, cts) => {
        const d = new HidOcrDecoder()
        expect(ocr(feed(d, encodeHidReports(stream, { reportSize, cts })))).toEqual([TD1, TD3])
      }),
    )
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 30 }), (cuts) => {
        const d = new HidOcrDecoder()
        const points = [0, ...cuts.sort((a, b) => a - b), stream.length]
        const out: HidOcrEvent[] = []
        for (let i = 0; i + 1 < points.length; i++) out.push(...d.pushPayload(stream.subarray(points[i], points[i + 1])))
        expect(ocr(out)).toEqual([TD1, TD3])
        expect(errors(out)).toEqual([])
      }),
    )
  })

  it('recognises MSR and barcode frames and passes them on as ignored, even with 03 or 1C 02 inside binary data', () => {
    const d = new HidOcrDecoder()
    const out = d.pushPayload(
      Uint8Array.from([
        ...encodeMsrPayload(1, '%B4111^TEST?'),
        ...encodeBarcodePayload(0x42, Uint8Array.of(0x03, 0x1c, 0x02, 0xff)),
        ...encodeOcrPayload(TD3),
      ]),
    )
    expect(out.map((e) => (e.type === 'ignored' ? e.kind : e.type))).toEqual(['msr', 'barcode', 'ocr'])
  })

  it('reports bytes outside any frame as noise (zero padding is not noise) and resynchronises', () => {
    const d = new HidOcrDecoder()
    const out = d.pushPayload(Uint8Array.from([0, 0, 0x41, 0x42, 0x7f, 0x1c, 0x41, ...encodeOcrPayload(TD3)]))
    expect(errors(out)).toEqual(['noise:bytes-outside-frame'])
    expect(ocr(out)).toEqual([TD3])
    expect(d.pushPayload(Uint8Array.of(0, 0, 0))).toEqual([])
    expect(d.flush()).toEqual([])
  })

  it('rejects a wrong end marker as bad-frame without calling its remains noise, and reads the next frame', () => {
    const bad = Uint8Array.from(encodeOcrPayload(TD3))
    bad[bad.length - 1] = 0x0f
    const d = new HidOcrDecoder()
    const out = [...d.pushPayload(Uint8Array.from([...bad, ...encodeOcrPayload(TD1)])), ...d.flush()]
    expect(errors(out)).toEqual(['bad-frame:end-marker'])
    expect(ocr(out)).toEqual([TD1])
  })

  it('rejects a control byte inside OCR text as bad-frame', () => {
    const p = Uint8Array.from(encodeOcrPayload(TD3))
    p[10] = 0x07
    const d = new HidOcrDecoder()
    const out = [...d.pushPayload(p), ...d.flush()]
    expect(errors(out)).toEqual(['bad-frame:invalid-byte'])
    expect(ocr(out)).toEqual([])
  })

  it('reports a frame interrupted by a new one as partial, then reads the new one', () => {
    const first = encodeOcrPayload(TD3).subarray(0, 30)
    const out = new HidOcrDecoder().pushPayload(Uint8Array.from([...first, ...encodeOcrPayload(TD1)]))
    expect(errors(out)).toEqual(['partial-line:interrupted'])
    expect(ocr(out)).toEqual([TD1])
  })

  it('reports an unfinished frame as partial on flush and never completes it with later bytes', () => {
    const p = encodeOcrPayload(TD3)
    const d = new HidOcrDecoder()
    expect(d.pushPayload(p.subarray(0, 60))).toEqual([])
    expect(d.hasPending).toBe(true)
    expect(errors(d.flush())).toEqual(['partial-line:truncated'])
    const later = [...d.pushPayload(p.subarray(60)), ...d.flush()]
    expect(ocr(later)).toEqual([])
    expect(errors(later)).toEqual(['noise:bytes-outside-frame'])
  })

  it('rejects a report whose length byte claims more than it carries, with the frame it was part of', () => {
    const reports = encodeHidReports(encodeOcrPayload(TD3), { reportSize: 32 })
    const broken = reports.map((r) => Uint8Array.from(r))
    broken[1]![0] = 0x7f // claims 127 bytes in a 32-byte report
    const d = new HidOcrDecoder()
    const out = [...feed(d, broken), ...d.flush()]
    expect(errors(out)).toEqual(['bad-frame:report-length'])
    expect(ocr(out)).toEqual([])
  })

  it('rejects an OCR frame that never ends within its size limit', () => {
    const out = new HidOcrDecoder().pushPayload(Uint8Array.from([0x1c, 0x02, ...Buffer.from('A'.repeat(600))]))
    expect(errors(out)).toEqual(['bad-frame:too-long'])
  })

  it('never throws and never yields OCR lines from random reports', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 0, maxLength: 64 }), { maxLength: 20 }), (reports) => {
        const d = new HidOcrDecoder()
        const out = [...feed(d, reports), ...d.flush()]
        expect(ocr(out)).toEqual([])
        expect(d.hasPending).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})

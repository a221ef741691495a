import { describe, expect, it } from 'vitest'
import { AnsiNistFormatError, parseTransaction } from './ansi-nist-parser'
import { encodeTransaction, type FingerImageRecord } from './ansi-nist-transaction'
import { encodeTaggedRecord } from './tagged-record'

const at = new Date('2026-11-25T18:30:05Z')
const header = { type: 'CHK', destinationAgency: 'XXINTERPOL', originatingAgency: 'XXBCP0001', controlNumber: 'LANE1-42', at, domain: { name: 'CHECKPOINT', version: '1.0' } }
const finger = (position: number, over: Partial<FingerImageRecord> = {}): FingerImageRecord => {
  const data = new Uint8Array(40 * 30)
  for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff // includes separator bytes (0x1c–0x1f)
  return { position, width: 40, height: 30, ppi: 500, compression: 'NONE', data, quality: 87, sourceAgency: 'XXBCP0001', capturedAt: at, ...over }
}

describe('ANSI/NIST-ITL 1-2011 transaction', () => {
  it('round-trips a Type-1 header and one Type-14 per finger', () => {
    const bytes = encodeTransaction(header, [finger(2), finger(7, { compression: 'PNG', data: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x1c, 0x1d) })])
    const records = parseTransaction(bytes)
    expect(records.map((r) => r.type)).toEqual([1, 14, 14])
    const t1 = records[0]!
    expect(t1.fields.get('1.002')).toBe('0500')
    expect(t1.fields.get('1.003')).toBe('1\x1f2\x1e14\x1f01\x1e14\x1f02')
    expect(t1.fields.get('1.005')).toBe('20261125')
    expect(t1.fields.get('1.014')).toBe('20261125183005Z')
    expect(t1.fields.get('1.013')).toBe('CHECKPOINT\x1f1.0')
    const [a, b] = [records[1]!, records[2]!]
    expect(a.fields.get('14.002')).toBe('01')
    expect(a.fields.get('14.013')).toBe('2')
    expect(a.fields.get('14.011')).toBe('NONE')
    expect([a.fields.get('14.006'), a.fields.get('14.007'), a.fields.get('14.009'), a.fields.get('14.012')]).toEqual(['40', '30', '500', '8'])
    expect(a.fields.get('14.024')).toBe('2\x1f87\x1f0000\x1f1')
    expect(a.data).toEqual(finger(2).data)
    expect(b.fields.get('14.011')).toBe('PNG')
    expect(b.data).toEqual(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x1c, 0x1d))
  })

  it('writes LEN as the exact byte length of each record, separators included', () => {
    const bytes = encodeTransaction(header, [finger(2)])
    const records = parseTransaction(bytes)
    expect(records[0]!.length + records[1]!.length).toBe(bytes.length)
    for (const r of records) expect(r.fields.get(`${r.type}.001`)).toBe(String(r.length))
    // A LEN whose own digit count changes the length (…99 → 100) still comes out exact.
    for (let n = 80; n < 120; n++) {
      const rec = encodeTaggedRecord(2, [{ field: 2, value: 'x'.repeat(n) }])
      expect(Number(new TextDecoder().decode(rec).split(':')[1]!.split('\x1d')[0])).toBe(rec.length)
    }
  })

  it('refuses what it cannot write faithfully', () => {
    expect(() => encodeTransaction(header, [])).toThrow(RangeError)
    expect(() => encodeTransaction({ ...header, controlNumber: 'A\x1dB' }, [finger(2)])).toThrow(/separator/)
    expect(() => encodeTransaction(header, [finger(2, { width: 41 })])).toThrow(/uncompressed/)
  })

  it('rejects damaged transactions with a clear error', () => {
    const bytes = encodeTransaction(header, [finger(2)])
    expect(() => parseTransaction(bytes.subarray(0, bytes.length - 5))).toThrow(AnsiNistFormatError)
    const extra = new Uint8Array(bytes.length + 3)
    extra.set(bytes)
    expect(() => parseTransaction(extra)).toThrow(/after the last record/)
  })
})

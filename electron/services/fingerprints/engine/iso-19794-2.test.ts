import { describe, expect, it } from 'vitest'
import { fingerPositions } from '../../../../shared/fingerprints/finger-positions'
import { fromIso19794_2, readIso19794_2Views, toIso19794_2 } from './iso-19794-2'
import type { Template } from './template'
import { TemplateFormatError } from './template-format-error'

const template: Template = {
  width: 300,
  height: 400,
  ppi: 500,
  minutiae: [
    { x: 12, y: 34, angle: 0, type: 'ending', quality: 80 },
    { x: 299, y: 399, angle: Math.PI / 2, type: 'bifurcation', quality: 55 },
    { x: 150, y: 200, angle: (3 * Math.PI) / 2, type: 'ending', quality: 100 },
  ],
}

describe('toIso19794_2', () => {
  it('writes the 2005 record header, one finger view and 6 bytes per minutia', () => {
    const bytes = toIso19794_2(template, fingerPositions.rightIndex)
    expect(bytes.length).toBe(24 + 4 + 3 * 6 + 2)
    expect([...bytes.subarray(0, 8)]).toEqual([0x46, 0x4d, 0x52, 0x00, 0x20, 0x32, 0x30, 0x00]) // "FMR\0", " 20\0"
    const view = new DataView(bytes.buffer)
    expect(view.getUint32(8)).toBe(bytes.length)
    expect(view.getUint16(14)).toBe(300)
    expect(view.getUint16(16)).toBe(400)
    expect(view.getUint16(18)).toBe(197) // 500 ppi in pixels per centimetre
    expect(view.getUint16(20)).toBe(197)
    expect(bytes[22]).toBe(1) // finger views
    expect(bytes[24]).toBe(2) // right index
    expect(bytes[27]).toBe(3) // minutiae
    // Second minutia: type 2 (bifurcation) in the top two bits, x = 299, y = 399, 90° = 64/256, q 55.
    expect(view.getUint16(28 + 6) >> 14).toBe(2)
    expect(view.getUint16(28 + 6) & 0x3fff).toBe(299)
    expect(view.getUint16(28 + 8)).toBe(399)
    expect(bytes[28 + 10]).toBe(64)
    expect(bytes[28 + 11]).toBe(55)
    expect(view.getUint16(bytes.length - 2)).toBe(0) // no extended data
  })
})

describe('fromIso19794_2', () => {
  it('reads back what was written (angles to the format’s 1.40625° steps)', () => {
    const back = fromIso19794_2(toIso19794_2(template, fingerPositions.leftThumb))
    expect(back).toMatchObject({ width: 300, height: 400, ppi: 500 })
    expect(back.minutiae).toHaveLength(3)
    back.minutiae.forEach((m, k) => {
      const original = template.minutiae[k]!
      expect(m).toMatchObject({ x: original.x, y: original.y, type: original.type, quality: original.quality })
      expect(Math.abs(m.angle - original.angle)).toBeLessThanOrEqual((2 * Math.PI) / 512)
    })
  })

  it('reports the finger position, view and impression type', () => {
    const [view] = readIso19794_2Views(toIso19794_2(template, fingerPositions.leftThumb))
    expect(view).toMatchObject({ fingerPosition: 6, viewNumber: 0, impressionType: 0 })
  })

  it('reads a record whose view has extended data after the minutiae', () => {
    const plain = toIso19794_2(template, fingerPositions.rightThumb)
    const extended = new Uint8Array(plain.length + 3)
    extended.set(plain)
    const view = new DataView(extended.buffer)
    view.setUint32(8, extended.length)
    view.setUint16(plain.length - 2, 3)
    expect(fromIso19794_2(extended).minutiae).toHaveLength(3)
  })

  it.each([
    ['a truncated record', (b: Uint8Array) => b.subarray(0, b.length - 5), /truncated/],
    ['a header shorter than 24 bytes', (b: Uint8Array) => b.subarray(0, 10), /truncated/],
    ['a wrong magic', (b: Uint8Array) => Uint8Array.from(b, (v, i) => (i === 0 ? 0x58 : v)), /magic/],
    ['another version', (b: Uint8Array) => Uint8Array.from(b, (v, i) => (i === 5 ? 0x33 : v)), /version/],
    ['a minutia count beyond the record', (b: Uint8Array) => Uint8Array.from(b, (v, i) => (i === 27 ? 200 : v)), /claims 200 minutiae/],
    ['zero resolution', (b: Uint8Array) => Uint8Array.from(b, (v, i) => (i === 18 || i === 19 ? 0 : v)), /resolution/],
  ])('throws TemplateFormatError for %s', (_, corrupt, message) => {
    const bytes = corrupt(toIso19794_2(template, fingerPositions.rightIndex))
    expect(() => fromIso19794_2(bytes)).toThrow(TemplateFormatError)
    expect(() => fromIso19794_2(bytes)).toThrow(message)
  })

  it('reads the finger view of SourceAFIS’s published header example', () => {
    // fingerprint.md §3.4: 224×288, 197 px/cm, one view, finger 0, q 100, 38 minutiae (header only here).
    const bytes = new Uint8Array(263)
    bytes.set([0x46, 0x4d, 0x52, 0x00, 0x20, 0x32, 0x30, 0x00, 0x00, 0x00, 0x01, 0x07, 0x00, 0x00, 0x00, 0xe0, 0x01, 0x20, 0x00, 0xc5, 0x00, 0xc5, 0x01, 0x00, 0x00, 0x00, 0x64, 0x26])
    const [view] = readIso19794_2Views(bytes)
    expect(view!.template).toMatchObject({ width: 224, height: 288, ppi: 500 })
    expect(view!.template.minutiae).toHaveLength(38)
    expect(view!.quality).toBe(100)
  })
})

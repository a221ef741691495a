// Encodes a traveller's fingerprint capture as an ANSI/NIST-ITL 1-2011
// transaction: one Type-1 header whose CNT lists the records, then one
// Type-14 (variable-resolution fingerprint image) per finger, the image as
// PNG (CGA "PNG") or uncompressed 8-bit grey (CGA "NONE"). Pure.
import { RS_CHAR, US_CHAR } from './ansi-nist-separators'
import { encodeTaggedRecord, type TaggedField } from './tagged-record'

/** Version 0500 is ANSI/NIST-ITL 1-2011. */
export const ANSI_NIST_2011_VERSION = '0500'

export interface TransactionHeader {
  /** 1.004 TOT, the transaction type the receiving profile defines. */
  type: string
  /** 1.007 DAI and 1.008 ORI: destination and originating agency identifiers. */
  destinationAgency: string
  originatingAgency: string
  /** 1.009 TCN: this transaction's control number. */
  controlNumber: string
  at: Date
  /** 1.006 PRY, 1 (highest) … 9. */
  priority?: number
  /** 1.013 DOM: the implementation domain and its version. */
  domain?: { name: string; version: string }
}

export interface FingerImageRecord {
  /** 14.013 FGP: 1–10, or 13/14/15 for a slap. */
  position: number
  width: number
  height: number
  ppi: number
  compression: 'PNG' | 'NONE'
  /** PNG bytes, or width×height bytes of 8-bit grey when uncompressed. */
  data: Uint8Array
  /** 0..100 (our gate's score), carried in 14.024 FQM. */
  quality?: number
  /** 14.003 IMP: 0 = live-scan plain impression. */
  impression?: number
  /** 14.004 SRC: the agency that captured it. */
  sourceAgency: string
  capturedAt: Date
}

/** The vendor/product that computed 14.024's score: 0000 (unregistered) / the gate's version. */
const QUALITY_ALGORITHM = { vendor: '0000', product: '1' }

const ymd = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '')
const gmt = (d: Date) => `${d.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`

export function encodeTransaction(header: TransactionHeader, fingers: readonly FingerImageRecord[]): Uint8Array {
  if (fingers.length === 0) throw new RangeError('a transaction needs at least one finger record')
  if (fingers.length > 99) throw new RangeError('at most 99 finger records per transaction')
  const idc = (k: number) => String(k + 1).padStart(2, '0')
  const cnt = [`1${US_CHAR}${fingers.length}`, ...fingers.map((_, k) => `14${US_CHAR}${idc(k)}`)].join(RS_CHAR)
  const type1: TaggedField[] = [
    { field: 2, value: ANSI_NIST_2011_VERSION },
    { field: 3, value: cnt },
    { field: 4, value: header.type },
    { field: 5, value: ymd(header.at) },
    { field: 6, value: String(header.priority ?? 4) },
    { field: 7, value: header.destinationAgency },
    { field: 8, value: header.originatingAgency },
    { field: 9, value: header.controlNumber },
    // No Type-4 records: native and nominal resolutions are 00.00 by the standard's convention.
    { field: 11, value: '00.00' },
    { field: 12, value: '00.00' },
    { field: 14, value: gmt(header.at) },
  ]
  if (header.domain) type1.push({ field: 13, value: `${header.domain.name}${US_CHAR}${header.domain.version}` })
  const records = [encodeTaggedRecord(1, type1), ...fingers.map((f, k) => encodeTaggedRecord(14, type14Fields(f, idc(k))))]
  const out = new Uint8Array(records.reduce((n, r) => n + r.length, 0))
  let at = 0
  for (const r of records) {
    out.set(r, at)
    at += r.length
  }
  return out
}

function type14Fields(f: FingerImageRecord, idc: string): TaggedField[] {
  if (f.compression === 'NONE' && f.data.length !== f.width * f.height) throw new RangeError(`uncompressed finger ${f.position}: ${f.data.length} bytes for ${f.width}×${f.height}`)
  const fields: TaggedField[] = [
    { field: 2, value: idc },
    { field: 3, value: String(f.impression ?? 0) },
    { field: 4, value: f.sourceAgency },
    { field: 5, value: ymd(f.capturedAt) },
    { field: 6, value: String(f.width) },
    { field: 7, value: String(f.height) },
    { field: 8, value: '1' }, // SLC 1: pixels per inch
    { field: 9, value: String(f.ppi) },
    { field: 10, value: String(f.ppi) },
    { field: 11, value: f.compression },
    { field: 12, value: '8' },
    { field: 13, value: String(f.position) },
    { field: 999, value: f.data },
  ]
  if (f.quality !== undefined) {
    fields.push({ field: 24, value: [f.position, Math.round(f.quality), QUALITY_ALGORITHM.vendor, QUALITY_ALGORITHM.product].join(US_CHAR) })
  }
  return fields
}

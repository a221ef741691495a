// When the reader cannot read a document and the MRZ itself is unreadable, the
// officer types the key fields from the data page. They become an MRZ the way
// the issuer would have written it (ICAO transliteration, check digits), so
// every document rule and list check runs exactly as for a read.
import type { ManualFields } from '../../../shared/domain/manual-fields'
import { buildTd1, buildTd3 } from '../../../shared/mrz'
import { transliterateToMrz } from '../../../shared/transliteration'

export class ManualFieldsError extends Error {}

const yymmdd = (iso: string) => iso.slice(2).replaceAll('-', '')
/** ICAO writes Germany as D<< in the MRZ. */
const mrzCode = (c: string) => (c.length === 3 ? c : c.padEnd(3, '<'))

export function mrzFromManualFields(f: ManualFields): string[] {
  const fields = {
    issuingState: mrzCode(f.issuingState),
    nationality: mrzCode(f.nationality),
    surname: transliterateToMrz(f.surname).replaceAll('<', ' '),
    givenNames: transliterateToMrz(f.givenNames).replaceAll('<', ' '),
    documentNumber: f.documentNumber,
    birthDate: yymmdd(f.birthDate),
    expiryDate: yymmdd(f.expiryDate),
    sex: f.sex,
  }
  if (!fields.surname) throw new ManualFieldsError('The surname has no letters that can be written in an MRZ.')
  try {
    return f.documentType === 'passport' ? buildTd3({ ...fields, documentCode: 'P' }) : buildTd1({ ...fields, documentCode: 'ID' })
  } catch (err) {
    throw new ManualFieldsError(`These fields do not fit a ${f.documentType === 'passport' ? 'passport' : 'ID card'} MRZ: ${(err as Error).message}`)
  }
}

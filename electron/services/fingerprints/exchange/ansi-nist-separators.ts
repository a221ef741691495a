// ANSI/NIST-ITL 1-2011 information separators (an2k.h): FS ends a record,
// GS a field, RS a subfield, US an information item.
export const FS = 0x1c
export const GS = 0x1d
export const RS = 0x1e
export const US = 0x1f

export const US_CHAR = String.fromCharCode(US)
export const RS_CHAR = String.fromCharCode(RS)

/** A tagged field's text may not contain a separator of a higher level than it uses. */
export function assertPlainText(tag: string, value: string): void {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === FS || c === GS) throw new RangeError(`field ${tag} contains a record or field separator`)
    if (c !== RS && c !== US && (c < 0x20 || c > 0x7e)) throw new RangeError(`field ${tag} must be printable ASCII`)
  }
}

// Property-based tests (fast-check): round trips for every format, single-character mutations
// against the check-digit blind spots of reference §1.1, and robustness on arbitrary input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyMrzDocumentArbitrary, mrzDocumentArbitrary, type GeneratedMrzDocument } from './document-arbitraries'
import { mrzCharValue, parseMrz, type MrzFormat, type MrzParseResult, type MrzPosition } from './index'

const TODAY = new Date(2026, 0, 15)
const parse = (lines: string[]): MrzParseResult => parseMrz(lines, { today: TODAY })
const FORMATS: MrzFormat[] = ['TD1', 'TD2', 'TD3', 'MRV-A', 'MRV-B']
const MRZ_CHARS = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<']
/** Things readers really send besides MRZ characters. */
const FOREIGN_CHARS = ['a', 'o', '*', ' ', '_', 'Ä', '\u0000', '\r', '😀']

/** Reference §1.1: two characters a check digit cannot tell apart have the same value mod 10. */
function sameCheckDigitClass(a: string, b: string): boolean {
  const isMrz = (c: string): boolean => MRZ_CHARS.includes(c)
  return isMrz(a) && isMrz(b) && mrzCharValue(a) % 10 === mrzCharValue(b) % 10
}

function replaceAt(lines: readonly string[], position: MrzPosition, char: string): string[] {
  return lines.map((line, index) =>
    index === position.line ? line.slice(0, position.column) + char + line.slice(position.column + 1) : line,
  )
}

function positionsOfField(result: MrzParseResult, name: string): MrzPosition[] {
  const field = result.fields.find((f) => f.name === name)
  return field ? [...field.positions, ...(field.checkDigit ? [field.checkDigit.position] : [])] : []
}

describe('(a) generated valid documents parse back to their fields', () => {
  for (const format of FORMATS) {
    it(format, () => {
      fc.assert(
        fc.property(mrzDocumentArbitrary(format), ({ lines, expected }: GeneratedMrzDocument) => {
          const r = parse(lines)
          expect(r.issues).toEqual([])
          expect(r.valid).toBe(true)
          expect(r.corrections).toEqual([]) // builders write no OCR slips
          expect(r).toMatchObject({
            format,
            documentCode: expected.documentCode,
            issuingState: expected.issuingState,
            surname: expected.surname,
            givenNames: expected.givenNames,
            documentNumber: expected.documentNumber,
            nationality: expected.nationality,
            sex: expected.sex,
            optionalData: expected.optionalData,
          })
          const raw = (name: string): string | undefined => r.fields.find((f) => f.name === name)?.raw
          expect(raw('birthDate')).toBe(expected.birthDate)
          expect(raw('expiryDate')).toBe(expected.expiryDate)
          // ISO with the century inferred: only YY-MM-DD is on the document.
          const iso = (yymmdd: string): RegExp => new RegExp(`^\\d\\d${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4)}$`)
          expect(r.birthDate).toMatch(iso(expected.birthDate))
          expect(r.expiryDate).toBe(`20${expected.expiryDate.slice(0, 2)}-${expected.expiryDate.slice(2, 4)}-${expected.expiryDate.slice(4)}`)
        }),
        { numRuns: 300 },
      )
    })
  }

  it('TD1 long document numbers (overflow) are generated and read back', () => {
    const longNumbers = mrzDocumentArbitrary('TD1').filter((d) => d.expected.documentNumber.length > 9)
    fc.assert(
      fc.property(longNumbers, ({ lines, expected }) => {
        expect(lines[0]?.charAt(14)).toBe('<')
        expect(parse(lines)).toMatchObject({ valid: true, documentNumber: expected.documentNumber, optionalData: expected.optionalData })
      }),
      { numRuns: 200 },
    )
  })
})

describe('(b) a single-character mutation never yields a valid MRZ with other key data, except in a blind spot', () => {
  /**
   * The invariant: if the mutated MRZ is still valid, the dates are unchanged (digits-only fields: a letter
   * is corrected back by type or rejected, another digit is always caught), and the document number is
   * unchanged unless the new character has the same check-digit class as the old one (reference §1.1).
   */
  function checkInvariant(before: MrzParseResult, after: MrzParseResult, original: string, replacement: string): void {
    if (!after.valid) return
    expect(after.birthDate).toBe(before.birthDate)
    expect(after.expiryDate).toBe(before.expiryDate)
    if (after.documentNumber !== before.documentNumber) expect(sameCheckDigitClass(original, replacement)).toBe(true)
  }

  const anywhere = anyMrzDocumentArbitrary().chain((document) =>
    fc.record({
      document: fc.constant(document),
      line: fc.nat({ max: document.lines.length - 1 }),
      column: fc.nat({ max: (document.lines[0]?.length ?? 1) - 1 }),
      replacement: fc.constantFrom(...MRZ_CHARS, ...FOREIGN_CHARS),
    }),
  )

  it('anywhere, any character: never throws, invariant holds', () => {
    fc.assert(
      fc.property(anywhere, ({ document, line, column, replacement }) => {
        const original = document.lines[line]?.charAt(column) ?? ''
        fc.pre(original !== replacement)
        const before = parse(document.lines)
        const after = parse(replaceAt(document.lines, { line, column }, replacement))
        checkInvariant(before, after, original, replacement)
      }),
      { numRuns: 500 },
    )
  })

  // Aimed at the protected cells, with same-class replacements half the time, so blind spots do occur.
  const targeted = anyMrzDocumentArbitrary().chain((document) => {
    const before = parse(document.lines)
    const cells = ['documentNumber', 'birthDate', 'expiryDate', 'composite'].flatMap((name) =>
      name === 'composite' ? (before.fields.find((f) => f.name === name)?.checkDigit?.position ?? []) : positionsOfField(before, name),
    )
    return fc.record({
      document: fc.constant(document),
      before: fc.constant(before),
      position: fc.constantFrom(...cells),
      pick: fc.nat(),
      sameClass: fc.boolean(),
    })
  })

  it('on document numbers, dates and check digits: the invariant, and blind spots are really blind', () => {
    fc.assert(
      fc.property(targeted, ({ document, before, position, pick, sameClass }) => {
        const original = document.lines[position.line]?.charAt(position.column) ?? ''
        const candidates = MRZ_CHARS.filter((c) => c !== original && (!sameClass || sameCheckDigitClass(c, original)))
        const replacement = candidates[pick % candidates.length] ?? '<'
        const after = parse(replaceAt(document.lines, position, replacement))
        checkInvariant(before, after, original, replacement)

        // The converse, in the document number: a same-class swap passes every check digit and changes the number.
        // (TD1 excepted for '<': a filler there changes where an overflowing number ends.)
        const inNumber = (before.fields.find((f) => f.name === 'documentNumber')?.positions ?? []).some(
          (p) => p.line === position.line && p.column === position.column,
        )
        if (inNumber && sameCheckDigitClass(original, replacement) && !(document.format === 'TD1' && replacement === '<')) {
          expect(after.valid).toBe(true)
          expect(after.documentNumber).not.toBe(before.documentNumber)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('(c) arbitrary input never throws', () => {
  const noThrow = (input: unknown): void => {
    const r = parseMrz(input as string[], { today: TODAY })
    expect(typeof r.valid).toBe('boolean')
    expect(Array.isArray(r.issues)).toBe(true)
  }

  it('anything at all', () => {
    fc.assert(fc.property(fc.anything(), noThrow), { numRuns: 300 })
  })

  it('arrays of arbitrary (unicode) strings', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }), noThrow), { numRuns: 300 })
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), noThrow), { numRuns: 300 })
  })

  it('lines of the right shape with arbitrary characters reach every format path', () => {
    const shaped = fc
      .constantFrom<[number, number]>([3, 30], [2, 36], [2, 44])
      .chain(([count, length]) =>
        fc.array(fc.string({ unit: fc.constantFrom(...MRZ_CHARS, ...FOREIGN_CHARS.filter((c) => c.length === 1)), minLength: length, maxLength: length }), {
          minLength: count,
          maxLength: count,
        }),
      )
    fc.assert(
      fc.property(shaped, fc.boolean(), (lines, correctOcr) => {
        const r = parseMrz(lines, { today: TODAY, correctOcr })
        expect(r.format).not.toBeNull()
        expect(r.lines).toEqual(lines)
        expect(r.correctedLines.map((l) => l.length)).toEqual(lines.map((l) => l.length))
      }),
      { numRuns: 500 },
    )
  })

  it('huge lines', () => {
    const huge = fc.array(
      fc.tuple(fc.constantFrom(...MRZ_CHARS, '😀', 'é'), fc.integer({ min: 0, max: 200_000 })).map(([c, n]) => c.repeat(n)),
      { minLength: 1, maxLength: 3 },
    )
    fc.assert(fc.property(huge, noThrow), { numRuns: 30 })
  })

  it('garbage options', () => {
    const lines = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
    expect(() => parseMrz(lines, { today: new Date(Number.NaN) })).not.toThrow()
    expect(() => parseMrz(lines, undefined)).not.toThrow()
  })
})

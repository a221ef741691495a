import { describe, expect, it } from 'vitest'
import { buildMrvA, buildTd1, invisibleConfusionsOf, mrzCharValue, parseMrz, type MrzOcrRisk, type MrzParseResult } from './index'

const TODAY = new Date(2026, 0, 15)
const parse = (lines: string[]): MrzParseResult => parseMrz(lines, { today: TODAY })
const TD3_UTOPIA = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const summary = (risks: MrzOcrRisk[]): string[] =>
  risks.map((r) => `${r.field}@${r.position.line}:${r.position.column} ${r.character}→${r.confusableWith.join('|')}`)

describe('look-alike table', () => {
  it('holds the reference pairs and only same-class pairs', () => {
    expect(invisibleConfusionsOf('G')).toContain('6')
    expect(invisibleConfusionsOf('S')).toContain('8')
    expect(invisibleConfusionsOf('B')).toContain('1')
    expect(invisibleConfusionsOf('<')).toContain('0')
    const all = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<']
    for (const c of all) {
      for (const other of invisibleConfusionsOf(c)) {
        expect(mrzCharValue(other) % 10).toBe(mrzCharValue(c) % 10)
        expect(invisibleConfusionsOf(other)).toContain(c) // symmetric
      }
    }
  })

  it('leaves out the confusions check digits do catch', () => {
    for (const [a, b] of [['O', '0'], ['I', '1'], ['B', '8'], ['S', '5'], ['Z', '2'], ['D', '0']] as const) {
      expect(invisibleConfusionsOf(a)).not.toContain(b)
    }
  })
})

describe('parseMrz: ocrRisks', () => {
  it('flags look-alikes in the document number and personal number of the TD3 specimen', () => {
    expect(summary(parse(TD3_UTOPIA).ocrRisks)).toEqual([
      'documentNumber@1:0 L→1',
      'documentNumber@1:1 8→S',
      'documentNumber@1:3 8→S',
      'documentNumber@1:5 0→<',
      'personalNumber@1:30 1→B|L',
      'personalNumber@1:31 8→S',
      'personalNumber@1:35 6→G',
      'personalNumber@1:36 B→1',
      // The filler right after the data could be a final 0; the padding after it is not flagged.
      'personalNumber@1:37 <→0|K',
    ])
  })

  it('why: swapping a flagged character keeps every check digit happy', () => {
    const swapped = parse(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', '1898902C36UTO7408122F1204159ZE184226B<<<<<10'])
    expect(swapped.valid).toBe(true)
    expect(swapped.documentNumber).toBe('1898902C3') // not L898902C3: only the printed page can tell
  })

  it('ignores names, states and dates (letters-only or digits-only, corrected by type instead)', () => {
    const fields = new Set(parse(TD3_UTOPIA).ocrRisks.map((r) => r.field))
    expect([...fields]).toEqual(['documentNumber', 'personalNumber'])
  })

  it('covers TD1 optional data (composite-protected) and the overflow part of the number', () => {
    const r = parse(
      buildTd1({
        issuingState: 'UTO',
        surname: 'Eriksson',
        givenNames: 'Anna',
        documentNumber: 'D23145890126',
        nationality: 'UTO',
        birthDate: '740812',
        sex: 'F',
        expiryDate: '300415',
        optionalData2: 'G',
      }),
    )
    expect(summary(r.ocrRisks)).toEqual([
      'documentNumber@0:8 1→B|L',
      'documentNumber@0:11 8→S',
      'documentNumber@0:13 0→<',
      'documentNumber@0:15 1→B|L',
      'documentNumber@0:17 6→G',
      'optionalData2@1:18 G→6',
      'optionalData2@1:19 <→0|K',
    ])
  })

  it('does not flag visa optional data: no check digit covers it at all', () => {
    const r = parse(
      buildMrvA({
        issuingState: 'UTO',
        surname: 'Eriksson',
        givenNames: 'Anna',
        documentNumber: 'AAAAAAAAA',
        nationality: 'UTO',
        birthDate: '740812',
        sex: 'F',
        expiryDate: '300415',
        optionalData: 'G6S8B1',
      }),
    )
    expect(r.ocrRisks).toEqual([])
  })
})

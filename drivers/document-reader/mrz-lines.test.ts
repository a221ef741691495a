import { describe, expect, it } from 'vitest'
import { classifyMrzLines, mrzIsValid, ReadDeduplicator, splitMrzText } from './mrz-lines'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6']

describe('splitMrzText', () => {
  it('splits on LF, CR and CRLF, trimming and dropping blank lines', () => {
    expect(splitMrzText(`${TD3[0]}\n${TD3[1]}`)).toEqual(TD3)
    expect(splitMrzText(`\r\n ${TD1.join('\r\n')} \r\n`)).toEqual(TD1)
    expect(splitMrzText(`${TD2[0]}\r${TD2[1]}\r`)).toEqual(TD2)
  })

  it('cuts one run of 88, 90 or 72 characters into 2×44, 3×30 or 2×36', () => {
    expect(splitMrzText(TD3.join(''))).toEqual(TD3)
    expect(splitMrzText(TD1.join(''))).toEqual(TD1)
    expect(splitMrzText(TD2.join(''))).toEqual(TD2)
    expect(splitMrzText('A'.repeat(87))).toEqual(['A'.repeat(87)])
  })
})

describe('classifyMrzLines', () => {
  it('accepts the three shapes and reports check digits from parseMrz', () => {
    expect(classifyMrzLines(TD3)).toEqual({ type: 'document', lines: TD3, checkDigitsPassed: true })
    expect(classifyMrzLines(['', ...TD1])).toEqual({ type: 'document', lines: TD1, checkDigitsPassed: true })
    expect(classifyMrzLines(TD2)).toMatchObject({ type: 'document', lines: TD2, checkDigitsPassed: true })
  })

  it('reports a failing check digit as a document that did not pass', () => {
    const bad = [TD3[0]!, TD3[1]!.replace('L898902C36', 'L898902C37')]
    expect(classifyMrzLines(bad)).toEqual({ type: 'document', lines: bad, checkDigitsPassed: false })
  })

  it('never calls a wrong shape or an unreadable character a document', () => {
    expect(classifyMrzLines([TD3[0]!])).toMatchObject({ type: 'incomplete', reason: 'partial-line', detail: 'wrong-shape' })
    expect(classifyMrzLines([TD3[0]!, TD3[1]!.slice(1)])).toMatchObject({ type: 'incomplete', detail: 'wrong-shape' })
    expect(classifyMrzLines([...TD1, TD1[0]!])).toMatchObject({ type: 'incomplete', detail: 'wrong-shape' })
    expect(classifyMrzLines([TD3[0]!.replace('ANNA', 'AN_A'), TD3[1]!])).toMatchObject({ type: 'incomplete', detail: 'unreadable-characters' })
    expect(classifyMrzLines(['', ''])).toMatchObject({ type: 'incomplete', reason: 'noise', detail: 'no-mrz' })
  })

  it('asks the validator only about well-shaped lines, and passes only what it says is valid', () => {
    const asked: string[][] = []
    const no = (lines: string[]) => (asked.push(lines), false)
    expect(classifyMrzLines(TD3, no)).toEqual({ type: 'document', lines: TD3, checkDigitsPassed: false })
    classifyMrzLines([TD3[0]!], no)
    expect(asked).toEqual([TD3])
  })

  it('mrzIsValid turns a validator failure into "not valid" and reports it', () => {
    const errors: unknown[] = []
    expect(mrzIsValid(null as unknown as string[], (e) => errors.push(e))).toBe(false)
    expect(mrzIsValid(['<'.repeat(44), '<'.repeat(44)])).toBe(false)
  })
})

describe('ReadDeduplicator', () => {
  it('drops an identical read within the window, not a later one or a different one', () => {
    const d = new ReadDeduplicator(2000)
    expect(d.isDuplicate(TD3, 0)).toBe(false)
    expect(d.isDuplicate(TD3, 1500)).toBe(true)
    expect(d.isDuplicate(TD1, 1600)).toBe(false)
    expect(d.isDuplicate(TD3, 1700)).toBe(false)
    expect(d.isDuplicate(TD3, 3700)).toBe(false)
  })
})

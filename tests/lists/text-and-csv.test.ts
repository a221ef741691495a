// The byte-level reader (encodings, over-long lines, gzip, binary files) and the CSV record parser.
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { NotTextError, readLines, type LineEvent } from '../../electron/services/screening/lists/text-lines'
import { CsvAssembler, detectDelimiter, parseCsvRecord, type CsvProblem, type CsvRecord } from '../../electron/services/screening/lists/csv'

const dir = mkdtempSync(join(tmpdir(), 'checkpoint-lines-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0
function fileOf(content: string | Buffer): string {
  const path = join(dir, `f${n++}`)
  writeFileSync(path, content)
  return path
}
async function lines(content: string | Buffer, maxLineBytes?: number) {
  const events: LineEvent[] = []
  const info = await readLines(fileOf(content), (e) => events.push(e), { maxLineBytes })
  return { events, info }
}

describe('readLines', () => {
  it('numbers every line, strips CR and the UTF-8 BOM, and keeps a last line without newline', async () => {
    const { events, info } = await lines(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\r\n\r\nc,d\ne')]))
    expect(events).toEqual([
      { kind: 'line', no: 1, text: 'a,b' },
      { kind: 'line', no: 2, text: '' },
      { kind: 'line', no: 3, text: 'c,d' },
      { kind: 'line', no: 4, text: 'e' },
    ])
    expect(info).toMatchObject({ bom: true, latin1LineCount: 0, gzip: false })
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('decodes invalid UTF-8 lines as Latin-1 (Windows-1252), says which, and leaves valid UTF-8 lines alone', async () => {
    const content = Buffer.concat([Buffer.from('Müller ok\n', 'utf8'), Buffer.from('Fran\xe7ois \x80\n', 'latin1'), Buffer.from('Łukasz\n', 'utf8')])
    const { events, info } = await lines(content)
    expect(events.map((e) => (e.kind === 'line' ? e.text : e.kind))).toEqual(['Müller ok', 'François €', 'Łukasz'])
    expect(info).toMatchObject({ latin1LineCount: 1, latin1Lines: [2] })
  })

  it('skips an over-long line without holding it, reports its number and size, and reads on', async () => {
    const long = 'x'.repeat(3 * 1024 * 1024) // longer than a read chunk, too
    const { events } = await lines(`first\n${long}\nlast\n${'y'.repeat(5000)}`, 4096)
    expect(events).toEqual([
      { kind: 'line', no: 1, text: 'first' },
      { kind: 'too-long', no: 2, bytes: long.length },
      { kind: 'line', no: 3, text: 'last' },
      { kind: 'too-long', no: 4, bytes: 5000 },
    ])
  })

  it('keeps multi-byte characters whole across read chunks', async () => {
    const row = 'Ωμέγα Ďábel Ŝ 名前 😀\n'
    const content = row.repeat(200_000) // ~6 MB: many 1 MiB chunk boundaries inside characters
    let count = 0
    let bad = 0
    await readLines(fileOf(content), (e) => {
      count++
      if (e.kind !== 'line' || e.text !== row.slice(0, -1)) bad++
    })
    expect({ count, bad }).toEqual({ count: 200_000, bad: 0 })
  })

  it('inflates gzip and hashes the compressed file', async () => {
    const { events, info } = await lines(gzipSync(Buffer.from('one\ntwo\n')))
    expect(events.map((e) => (e.kind === 'line' ? e.text : ''))).toEqual(['one', 'two'])
    expect(info.gzip).toBe(true)
  })

  it('refuses binary files, UTF-16 and archives with a reason', async () => {
    await expect(lines(Buffer.from([0x41, 0x00, 0x42, 0x00]))).rejects.toThrow(NotTextError)
    await expect(lines(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).rejects.toThrow(/UTF-16/)
    await expect(lines(Buffer.from('PK\u0003\u0004rest'))).rejects.toThrow(/ZIP/)
    await expect(lines(Buffer.from('SQLite format 3\u0000....'))).rejects.toThrow(/SQLite/)
  })
})

describe('CSV', () => {
  it('parses quoted fields, doubled quotes, empty fields and literal quotes inside unquoted fields', () => {
    expect(parseCsvRecord('a,"b,c","say ""hi""",,5\'10"', ',')).toEqual({ fields: ['a', 'b,c', 'say "hi"', '', '5\'10"'] })
    expect(parseCsvRecord('a,', ',')).toEqual({ fields: ['a', ''] })
    expect(parseCsvRecord('"a" ,b', ',')).toEqual({ fields: ['a', 'b'] })
    expect(parseCsvRecord('"a"x,b', ',')).toEqual({ error: expect.stringContaining('after a closing quote') })
    expect(parseCsvRecord('"open', ',')).toEqual({ incomplete: true })
  })

  it('detects comma, semicolon and tab delimiters from the header', () => {
    expect(detectDelimiter('id,number,reason')).toBe(',')
    expect(detectDelimiter('id;number;reason')).toBe(';')
    expect(detectDelimiter('id\tnumber\treason')).toBe('\t')
  })

  function assemble(input: string[], maxChars = 1000) {
    const records: CsvRecord[] = []
    const problems: CsvProblem[] = []
    const a = new CsvAssembler((r) => records.push(r), (p) => problems.push(p), maxChars)
    input.forEach((text, i) => a.line(i + 1, text))
    a.end()
    return { records, problems }
  }

  it('joins a quoted field over line breaks and numbers the record by its first line', () => {
    const { records, problems } = assemble(['id,notes', '1,"two', 'lines"', '2,x'])
    expect(problems).toEqual([])
    expect(records).toEqual([
      { line: 1, fields: ['id', 'notes'] },
      { line: 2, fields: ['1', 'two\nlines'] },
      { line: 4, fields: ['2', 'x'] },
    ])
  })

  it('reports a quote that never closes at its line and resumes on the next line', () => {
    const { records, problems } = assemble(['id,notes', '1,"stray', '2,fine', '3,fine'], 12)
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('unterminated quoted field') }])
    expect(records.map((r) => r.line)).toEqual([1, 3, 4])
  })

  it('reports a quote still open at the end of the file (cut short)', () => {
    const { records, problems } = assemble(['id,notes', '1,ok', '2,"cut'])
    expect(records.map((r) => r.line)).toEqual([1, 2])
    expect(problems).toEqual([{ line: 3, message: expect.stringContaining('never closed') }])
  })
})

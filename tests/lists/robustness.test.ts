// What bad files do to an import: malformed, duplicated, truncated, corrupted, over-long, in
// another encoding. The version in force never changes on a failed import.
import { afterEach, describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DOCS_HEADER, documentsCsv, openTestStore, type TestStore } from './helpers'

let t: TestStore
afterEach(() => t?.dispose())

const listFiles = (s: TestStore) => readdirSync(join(s.dir, 'lists')).filter((f) => f.endsWith('.sqlite')).sort()

async function withV1(): Promise<TestStore> {
  t = openTestStore()
  const r = await t.import(t.file('v1.csv', documentsCsv(6)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
  expect(r.ok).toBe(true)
  return t
}

describe('malformed rows', () => {
  const bad = [
    DOCS_HEADER,
    'D1,N1,P,DEU,Stolen',
    'D2,N2,P,DEU', // a field short
    'D3,,P,DEU,Stolen', // no number
    'D4,N4,P,Germany,Stolen', // not a code
    'D5,N5,P,DEU,Stolen,extra', // a field too many
    'D6,N6,P,DEU,Stolen,', // a trailing empty field is tolerated
    ',N7,P,DEU,Stolen', // no id
    'D8,N8,P,DEU,Stolen',
  ].join('\n')

  it('fail the whole import by default, each reported with its line; the version in force stays', async () => {
    await withV1()
    const r = await t.import(t.file('bad.csv', bad), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2' })
    expect(r.ok).toBe(false)
    expect(r.previousVersion).toBe('v1')
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'has 4 fields, the header has 5 (cut short?)'],
      [4, 'number is empty'],
      [5, 'issuer "Germany" is not a known country code'],
      [6, 'has 6 fields, the header has 5'],
      [8, 'id is empty'],
    ])
    expect(r.errors[1]!.recordId).toBe('D3')
    expect(t.store.activeListVersions()[0]!.version).toBe('v1')
    expect(t.store.findDocuments('N000001')).toHaveLength(1)
    expect(listFiles(t)).toEqual(['sltd.v1.sqlite'])
    expect(t.audit.recent(1)[0]!.details).toContain('"version":"v1"') // nothing audited for the failure
  })

  it('with skipBadRows: the good rows are imported and the skipped ones listed', async () => {
    await withV1()
    const r = await t.import(t.file('bad.csv', bad), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2', skipBadRows: true, allowShrink: true })
    expect(r).toMatchObject({ ok: true, recordCount: 3, rowsRead: 8, errors: [] })
    expect(r.skipped.map((e) => e.line)).toEqual([3, 4, 5, 6, 8])
    expect(t.store.findDocuments('N8')).toHaveLength(1)
    expect(JSON.parse(t.audit.recent(1)[0]!.details)).toMatchObject({ version: 'v2', skippedRows: 5 })
  })

  it('a header without the required columns fails the import even with skipBadRows', async () => {
    t = openTestStore()
    const r = await t.import(t.file('h.csv', 'id,numero,reason\nA,1,x\n'), { listId: 'l', kind: 'documents', format: 'csv', skipBadRows: true })
    expect(r).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringContaining('missing column(s) number') }] })
  })

  it('stops reading after 1,000 errors when the import fails anyway, and counts the rest', async () => {
    t = openTestStore()
    const rows = Array.from({ length: 3000 }, (_, i) => `D${i},,P,DEU,x`)
    const r = await t.import(t.file('all-bad.csv', [DOCS_HEADER, ...rows].join('\n')), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(r.ok).toBe(false)
    expect(r.errors).toHaveLength(1000)
  })
})

describe('duplicate ids', () => {
  const dupes = [DOCS_HEADER, 'A,N1,P,DEU,first', 'B,N2,P,DEU,x', 'A,N3,P,DEU,second', 'C,N4,P,DEU,x', 'A,N5,P,DEU,third'].join('\n')

  it('are rejected, each later one reported with the line of the first', async () => {
    t = openTestStore()
    const r = await t.import(t.file('d.csv', dupes), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(r.ok).toBe(false)
    expect(r.errors).toEqual([
      { line: 4, message: 'duplicate id A (first on line 2)', recordId: 'A' },
      { line: 6, message: 'duplicate id A (first on line 2)', recordId: 'A' },
    ])
  })

  it('with skipBadRows the first keeps its place and the later ones are skipped', async () => {
    t = openTestStore()
    const r = await t.import(t.file('d.csv', dupes), { listId: 'l', kind: 'documents', format: 'csv', skipBadRows: true })
    expect(r).toMatchObject({ ok: true, recordCount: 3 })
    expect(r.skipped.map((s) => s.line)).toEqual([4, 6])
    expect(t.store.findDocuments('N1')).toEqual([expect.objectContaining({ recordId: 'A', reason: 'first' })])
    expect(t.store.findDocuments('N3')).toEqual([])
  })
})

describe('damaged files', () => {
  it('a file cut off in the middle of a row: the partial last row is reported', async () => {
    await withV1()
    const whole = documentsCsv(20)
    const r = await t.import(t.file('cut.csv', whole.slice(0, whole.lastIndexOf('P,DEU'))), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2' })
    expect(r).toMatchObject({ ok: false, previousVersion: 'v1', errors: [{ line: 21, message: 'has 3 fields, the header has 5 (cut short?)' }] })
  })

  it('a file cut off inside a quoted field', async () => {
    t = openTestStore()
    const r = await t.import(t.file('cut.csv', `${DOCS_HEADER}\nA,N1,P,DEU,Stolen\nB,N2,P,DEU,"Stol`), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(r).toMatchObject({ ok: false, errors: [{ line: 3, message: 'unterminated quoted field: the quoted field is never closed (file truncated?)' }] })
  })

  it('garbage in the middle of a file: the damaged lines are reported, the rest reads on', async () => {
    // (NUL bytes in the first 4 KiB would make it a binary file, refused as a whole.)
    t = openTestStore()
    const garbage = Buffer.from([0x00, 0x13, 0x88, 0x2c, 0xfe, 0x2c, 0x01, 0x2c, 0x02, 0x2c, 0x03, 0x0a, 0x41, 0x2c, 0x07, 0x0a])
    const content = Buffer.concat([Buffer.from(documentsCsv(300)), garbage, Buffer.from('D999,N999,P,DEU,Stolen\n')])
    const r = await t.import(t.file('corrupt.csv', content), { listId: 'l', kind: 'documents', format: 'csv', skipBadRows: true })
    expect(r).toMatchObject({ ok: true, recordCount: 301 })
    expect(r.skipped.map((s) => [s.line, s.message])).toEqual([
      [302, 'holds control characters or undecodable bytes (corrupted?)'],
      [303, 'holds control characters or undecodable bytes (corrupted?)'],
    ])
  })

  it('a binary file, a ZIP or a damaged gzip fail as a whole with the reason', async () => {
    t = openTestStore()
    const binary = await t.import(t.file('x.bin', Buffer.from([0x01, 0x00, 0x02, 0x00])), { listId: 'l', kind: 'documents', format: 'csv', skipBadRows: true })
    expect(binary).toMatchObject({ ok: false, errors: [{ line: 0, message: expect.stringContaining('not text') }] })
    const gz = gzipSync(Buffer.from(documentsCsv(2000)))
    const cutGzip = await t.import(t.file('x.csv.gz', gz.subarray(0, gz.length - 40)), { listId: 'l', kind: 'documents', format: 'csv', skipBadRows: true })
    expect(cutGzip).toMatchObject({ ok: false, errors: expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('gzip') })]) })
    expect(listFiles(t)).toEqual([])
  })

  it('reads gzip-compressed lists', async () => {
    t = openTestStore()
    const r = await t.import(t.file('x.csv.gz', gzipSync(Buffer.from(documentsCsv(50)))), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(r).toMatchObject({ ok: true, recordCount: 50, notes: ['gzip-compressed file inflated'] })
  })
})

describe('encodings and line lengths', () => {
  it('a UTF-8 BOM before the header is skipped', async () => {
    t = openTestStore()
    const r = await t.import(t.file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(documentsCsv(2))])), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(r).toMatchObject({ ok: true, recordCount: 2, notes: ['UTF-8 byte-order mark skipped'], source: { bom: true } })
  })

  it('Latin-1 lines are decoded as such and the report says which lines', async () => {
    t = openTestStore()
    const content = Buffer.concat([
      Buffer.from('id,surname,given_names,reason\n'),
      Buffer.from('P1,Müller,Jürgen,wanted\n', 'utf8'),
      Buffer.from('P2,Fran\xe7ois,Ren\xe9e,wanted\n', 'latin1'),
    ])
    const r = await t.import(t.file('latin1.csv', content), { listId: 'p', kind: 'persons', format: 'csv' })
    expect(r.ok).toBe(true)
    expect(r.source).toMatchObject({ latin1LineCount: 1, latin1Lines: [3] })
    expect(r.notes).toContain('1 line(s) were not valid UTF-8 and were read as Latin-1 (Windows-1252): line(s) 3')
    expect(t.store.search('P2')[0]!.record).toMatchObject({ names: ['François, Renée'] })
    expect(t.store.search('P1')[0]!.record).toMatchObject({ names: ['Müller, Jürgen'] })
  })

  it('an over-long line is skipped unread and reported; the lines after it import', async () => {
    t = openTestStore()
    const content = `${DOCS_HEADER}\nA,N1,P,DEU,x\nB,N2,P,DEU,${'y'.repeat(200_000)}\nC,N3,P,DEU,x\n`
    const failing = await t.import(t.file('long.csv', content), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(failing).toMatchObject({ ok: false, errors: [{ line: 3, message: expect.stringContaining('over the 65536-byte limit') }] })
    const r = await t.import(t.file('long.csv', content), { listId: 'l', kind: 'documents', format: 'csv', skipBadRows: true })
    expect(r).toMatchObject({ ok: true, recordCount: 2, skipped: [{ line: 3 }] })
  })

  it('semicolon-separated spreadsheets and header spellings are understood', async () => {
    t = openTestStore()
    const r = await t.import(t.file('semi.csv', 'Record ID;Document Number;Doc Type;Issuing State;Reason\nA;X 1-2;P;fr;lost\n'), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(r).toMatchObject({ ok: true, recordCount: 1, notes: ['columns separated by semicolons'] })
    expect(t.store.findDocuments('X12', 'FRA')).toHaveLength(1)
  })
})

describe('concurrency', () => {
  it('one import at a time per data folder', async () => {
    t = openTestStore()
    const { tryImportLock } = await import('../../electron/services/screening/lists/importer')
    const lock = tryImportLock(t.dir)!
    const r = await t.import(t.file('a.csv', documentsCsv(2)), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(r).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('Another list import is running') }] })
    lock.release()
    expect((await t.import(t.file('a.csv', documentsCsv(2)), { listId: 'l', kind: 'documents', format: 'csv' })).ok).toBe(true)
  })
})

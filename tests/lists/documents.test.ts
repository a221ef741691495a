// Document lists: CSV import into a list file of their own, the registry switch with its audit
// entry, exact and look-alike lookups, versions.
import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { documentsCsv, DOCS_HEADER, openTestStore, samplesDir, type TestStore } from './helpers'

let t: TestStore
afterEach(() => t?.dispose())

describe('document lists', () => {
  it('imports a CSV into its own file, registers it with an audit entry and finds documents exactly', async () => {
    t = openTestStore()
    const progress: Array<{ phase: string; bytesRead: number; totalBytes: number; rows: number }> = []
    const r = await t.import(join(samplesDir, 'documents.sample.csv'), {
      listId: 'sltd',
      kind: 'documents',
      format: 'csv',
      version: '2026-11-01',
      name: 'Stolen and lost travel documents',
      source: 'Simulated SLTD',
      onProgress: (p) => progress.push(p),
    })
    expect(r).toMatchObject({ ok: true, recordCount: 6, rowsRead: 6, errors: [], skipped: [], previousVersion: null })
    expect(progress.at(-1)).toMatchObject({ phase: 'done', rows: 6 })
    expect(progress.at(-1)!.bytesRead).toBe(progress.at(-1)!.totalBytes)
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'indexing', 'built', 'registered', 'done']))

    expect(readdirSync(join(t.dir, 'lists')).filter((f) => f.endsWith('.sqlite'))).toEqual(['sltd.2026-11-01.sqlite'])
    expect(t.store.activeListVersions()).toEqual([
      { listId: 'sltd', kind: 'documents', name: 'Stolen and lost travel documents', version: '2026-11-01', importedAt: expect.any(String), recordCount: 6, matchThreshold: null },
    ])
    const entry = t.audit.recent(1)[0]!
    expect(entry).toMatchObject({ actor: 'test', action: 'lists.imported', subject: 'list:sltd' })
    expect(JSON.parse(entry.details)).toMatchObject({ version: '2026-11-01', records: 6, previousVersion: null, sourceFile: 'documents.sample.csv', sourceSha256: r.source.sha256 })
    expect(t.audit.verify().ok).toBe(true)

    // 'D' in the MRZ is DEU in the list; spaces and fillers do not matter.
    const hits = t.store.findDocuments('C7X9 PL220', 'D<<', 'P')
    expect(hits).toEqual([
      expect.objectContaining({ listId: 'sltd', listVersion: '2026-11-01', recordId: 'SLTD-SIM-0002', match: 'exact', typeAgrees: true, issuer: 'DEU', reason: 'Reported lost by holder' }),
    ])
    expect(hits[0]!.details).toEqual({ reported_date: '2025-11-02' })
    expect(t.store.findDocuments('C7X9PL220', 'FRA')).toEqual([])
    expect(t.store.findDocuments('C7X9PL220')).toHaveLength(1) // no issuer given: any issuer
  })

  it('flags look-alike numbers as confusion candidates, and a differing type without hiding the record', async () => {
    t = openTestStore()
    await t.import(join(samplesDir, 'documents.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'csv' })
    // O for 0 and S for 5, as a worn page or a forger would have it.
    expect(t.store.findDocuments('C7X9PL22O', 'DEU')).toEqual([expect.objectContaining({ recordId: 'SLTD-SIM-0002', match: 'confusion' })])
    expect(t.store.findDocuments('YA55I2O8O', 'UKR')).toEqual([expect.objectContaining({ recordId: 'SLTD-SIM-0004', match: 'confusion' })])
    // Listed as a passport (PP), presented as an identity card.
    expect(t.store.findDocuments('AB1234567', 'FRA', 'ID')).toEqual([expect.objectContaining({ recordId: 'SLTD-SIM-0005', match: 'exact', typeAgrees: false })])
    expect(t.store.findDocuments('AB1234567', 'FRA', 'P<')).toEqual([expect.objectContaining({ typeAgrees: true })])
    // Exact first when both kinds are listed.
    const both = openTestStore()
    await both.import(both.file('d.csv', `${DOCS_HEADER}\nA,X0S1,P,DEU,lost\nB,XO51,P,DEU,stolen\n`), { listId: 'l', kind: 'documents', format: 'csv' })
    expect(both.store.findDocuments('XO51', 'DEU').map((h) => [h.recordId, h.match])).toEqual([
      ['B', 'exact'],
      ['A', 'confusion'],
    ])
    both.dispose()
  })

  it('switches to a new version: the old file is retired, history kept, and the same version cannot come twice', async () => {
    t = openTestStore()
    await t.import(t.file('v1.csv', documentsCsv(10)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    const r = await t.import(t.file('v2.csv', documentsCsv(10, 5)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2' })
    expect(r).toMatchObject({ ok: true, previousVersion: 'v1', recordCount: 10 })
    expect(existsSync(join(t.dir, 'lists', 'sltd.v1.sqlite'))).toBe(false)
    expect(existsSync(join(t.dir, 'lists', 'sltd.v2.sqlite'))).toBe(true)
    expect(t.store.findDocuments('N000001')).toEqual([])
    expect(t.store.findDocuments('N000014')).toEqual([expect.objectContaining({ listVersion: 'v2' })])
    expect(t.store.status()[0]).toMatchObject({ version: 'v2', history: [{ version: 'v1', recordCount: 10, retiredAt: expect.any(String) }] })

    const again = await t.import(t.file('v2b.csv', documentsCsv(10)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2' })
    expect(again).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('imported before') }] })
    const wrongKind = await t.import(t.file('p.csv', 'id,name,reason\nP1,X Y,z\n'), { listId: 'sltd', kind: 'persons', format: 'csv' })
    expect(wrongKind).toMatchObject({ ok: false, errors: [{ message: 'List sltd is a documents list, not persons.' }] })
    expect(t.store.activeListVersions().map((v) => v.version)).toEqual(['v2'])
  })

  it('refuses to replace a list with an empty one or with less than half of it, unless told to', async () => {
    t = openTestStore()
    await t.import(t.file('v1.csv', documentsCsv(10)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    const empty = await t.import(t.file('empty.csv', `${DOCS_HEADER}\n`), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2' })
    expect(empty).toMatchObject({ ok: false, previousVersion: 'v1', errors: [{ message: expect.stringContaining('empty') }] })
    const shrunk = await t.import(t.file('few.csv', documentsCsv(4)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2' })
    expect(shrunk).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('under half') }] })
    expect(t.store.activeListVersions()[0]!.version).toBe('v1')
    const allowed = await t.import(t.file('few.csv', documentsCsv(4)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2', allowShrink: true })
    expect(allowed).toMatchObject({ ok: true, recordCount: 4 })
    expect(readdirSync(join(t.dir, 'lists')).filter((f) => f.endsWith('.sqlite'))).toEqual(['sltd.v2.sqlite'])
  })

  it('keeps each list version in a file of its own, with the documented tables and indexes', async () => {
    t = openTestStore()
    await t.import(join(samplesDir, 'documents.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    const f = new Database(join(t.dir, 'lists', 'sltd.v1.sqlite'), { readonly: true })
    const objects = f.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all()
    expect(objects).toEqual([
      { type: 'index', name: 'documents_confusion' },
      { type: 'index', name: 'documents_record' },
      { type: 'table', name: 'documents' },
      { type: 'table', name: 'meta' },
    ])
    const meta = Object.fromEntries((f.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map((m) => [m.key, m.value]))
    expect(meta).toMatchObject({ list_id: 'sltd', kind: 'documents', version: 'v1', record_count: '6', complete: '1', format: '1' })
    expect(f.pragma('journal_mode', { simple: true })).toBe('delete') // OFF was for the build only
    f.close()
  })

  it('a per-list match threshold is stored, audited and reported with the versions in force', async () => {
    t = openTestStore()
    await t.import(join(samplesDir, 'persons.sample.csv'), { listId: 'wanted', kind: 'persons', format: 'csv', matchThreshold: 0.8 })
    expect(t.store.activeListVersions()[0]!.matchThreshold).toBe(0.8)
    t.store.setMatchThreshold('wanted', 0.75, 'supervisor')
    expect(t.store.activeListVersions()[0]!.matchThreshold).toBe(0.75)
    expect(t.audit.recent(1)[0]).toMatchObject({ action: 'lists.threshold-set', actor: 'supervisor' })
    expect(() => t.store.setMatchThreshold('wanted', 1.5, 'x')).toThrow(/between 0 and 1/)
  })
})

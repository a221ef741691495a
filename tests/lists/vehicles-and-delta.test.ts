// Vehicle lists (plate keys, VIN), document lists from FtM, deltas on the version in force, and
// re-keying a list built with other key functions.
import { afterEach, describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { plateIndexKeys } from '../../shared/screening/plates'
import { nameIndexKeys } from '../../shared/screening/name-keys'
import { openDatabase } from '../../electron/store/database'
import { AuditLog } from '../../electron/services/audit/audit-log'
import { auditAnchorFile, databaseFile } from '../../electron/app/paths'
import { ListStore } from '../../electron/services/screening/lists'
import { documentsCsv, openTestStore, samplesDir, type TestStore } from './helpers'

let t: TestStore
afterEach(() => t?.dispose())

describe('vehicle lists', () => {
  it('finds a listed vehicle by the plate keys of a read (look-alikes and one wrong character included) and by VIN', async () => {
    t = openTestStore()
    const r = await t.import(join(samplesDir, 'vehicles.sample.csv'), { listId: 'smv', kind: 'vehicles', format: 'csv', version: 'v1' })
    expect(r).toMatchObject({ ok: true, recordCount: 4 })
    const exact = t.store.findVehicles(plateIndexKeys('BAB1234'))
    expect(exact[0]).toMatchObject({ listId: 'smv', listVersion: 'v1', recordId: 'SMV-SIM-0001', plate: 'B-AB 1234', plateKey: 'BAB1234', country: 'DEU', make: 'Volkswagen', matchedOn: ['plate'] })
    expect(t.store.findVehicles(plateIndexKeys('8AB I234'))[0]!.recordId).toBe('SMV-SIM-0001') // B/8 and 1/I
    expect(t.store.findVehicles(plateIndexKeys('BAB1284'))[0]!.recordId).toBe('SMV-SIM-0001') // one character misread
    expect(t.store.findVehicles(['B AB 1234'])[0]!.recordId).toBe('SMV-SIM-0001') // a plain plate is expanded to its keys
    expect(t.store.findVehicles([], '1m8gdm9a-xkp042788')).toEqual([expect.objectContaining({ recordId: 'SMV-SIM-0003', matchedOn: ['vin'], plate: null })])
    expect(t.store.findVehicles(plateIndexKeys('B-AB 1234'), 'WVWZZZ1KZAW000001')[0]).toMatchObject({ recordId: 'SMV-SIM-0001', matchedOn: ['plate', 'vin'] })
    expect(t.store.findVehicles(plateIndexKeys('XYZ 999'))).toEqual([])
  })

  it('maps FtM Vehicle entities, with the owner and its sanction in the reason', async () => {
    t = openTestStore()
    const r = await t.import(join(samplesDir, 'opensanctions.sample.ftm.jsonl'), { listId: 'os-v', kind: 'vehicles', format: 'ftm' })
    expect(r).toMatchObject({ ok: true, recordCount: 1 })
    expect(t.store.findVehicles(plateIndexKeys('AB 1234 XY'), 'XLRTE47MS0E912345')[0]).toMatchObject({
      recordId: 'sim-ftm-vehicle-1',
      country: 'ARE',
      model: 'XF 480',
      matchedOn: ['plate', 'vin'],
      reason: expect.stringContaining('owner: Simtrans Logistics LLC (Sanctioned)'),
    })
  })
})

describe('document lists from FtM', () => {
  it('maps Passport and Identification entities, with the holder in the reason', async () => {
    t = openTestStore()
    const r = await t.import(join(samplesDir, 'opensanctions.sample.ftm.jsonl'), { listId: 'os-d', kind: 'documents', format: 'ftm' })
    expect(r).toMatchObject({ ok: true, recordCount: 2 })
    expect(t.store.findDocuments('720044915', 'RUS', 'P')[0]).toMatchObject({
      match: 'exact',
      type: 'passport',
      typeKey: 'P',
      reason: 'Document of listed person Viktor SIMULOV (Sanctioned); Sanctioned under SIM-2026 Arms embargo (Simulated Council): Supplying components for prohibited weapons',
      details: { holder: 'sim-ftm-person-1', holderName: 'Viktor SIMULOV' },
    })
    expect(t.store.findDocuments('FR14AB55210', 'FRA', 'ID')[0]).toMatchObject({ typeKey: 'I', typeAgrees: true, reason: 'Document of listed person Amina BELKADI (Human trafficking, Wanted)' })
  })
})

describe('deltas', () => {
  it('add, change and remove by id on top of the version in force, as a new version', async () => {
    t = openTestStore()
    await t.import(join(samplesDir, 'documents.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'csv', version: '2026-11-01' })
    const r = await t.import(join(samplesDir, 'documents.delta.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'delta', version: '2026-11-02', baseVersion: '2026-11-01' })
    expect(r).toMatchObject({ ok: true, recordCount: 6, previousVersion: '2026-11-01', delta: { added: 1, changed: 1, removed: 1 } })
    expect(t.store.findDocuments('X00K9932', 'GBR')).toEqual([expect.objectContaining({ listVersion: '2026-11-02', recordId: 'SLTD-SIM-0007' })])
    expect(t.store.findDocuments('C7X9PL220', 'DEU')[0]).toMatchObject({ reason: 'Reported stolen (was: lost)', details: { reported_date: '2025-11-02', notes: 'Holder reported theft later' } })
    expect(t.store.findDocuments('YA5512080')).toEqual([])
    expect(readdirSync(join(t.dir, 'lists')).filter((f) => f.endsWith('.sqlite'))).toEqual(['sltd.2026-11-02.sqlite'])
    expect(JSON.parse(t.audit.recent(1)[0]!.details)).toMatchObject({ version: '2026-11-02', baseVersion: '2026-11-01', added: 1, changed: 1, removed: 1 })
    expect(t.audit.recent(1)[0]!.action).toBe('lists.delta-applied')
  })

  it('re-indexes the names of changed persons: an alias removed no longer finds them', async () => {
    t = openTestStore()
    await t.import(t.file('p.csv', 'id,name,aliases,reason\nA,Arben Hoxha,Benny Krasniqi,wanted\nB,Olga Ivanova,,flagged\n'), { listId: 'p', kind: 'persons', format: 'csv', version: 'v1' })
    expect(t.store.findPersonCandidates(nameIndexKeys('Krasniqi'), 5).map((p) => p.recordId)).toEqual(['A'])
    const delta = 'op,id,name,aliases,reason\nchange,A,Arben Hoxha,Arben Hoxa,wanted\nremove,B,,,\nadd,C,Dritan Krasniqi,,flagged\n'
    const r = await t.import(t.file('d.csv', delta), { listId: 'p', kind: 'persons', format: 'delta', version: 'v2' })
    expect(r).toMatchObject({ ok: true, recordCount: 2, delta: { added: 1, changed: 1, removed: 1 } })
    expect(t.store.findPersonCandidates(nameIndexKeys('Krasniqi'), 5).map((p) => p.recordId)).toEqual(['C'])
    expect(t.store.findPersonCandidates(nameIndexKeys('Olga Ivanova'), 5)).toEqual([])
    expect(t.store.findPersonCandidates(nameIndexKeys('Hoxa'), 5)[0]).toMatchObject({ recordId: 'A', names: ['Arben Hoxha', 'Arben Hoxa'] })
  })

  it('a delta with bad rows fails as a whole, naming each; the version in force stays', async () => {
    t = openTestStore()
    await t.import(t.file('v1.csv', documentsCsv(5)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    const delta = [
      'op,id,number,type,issuer,reason',
      'add,D1,X1,P,DEU,dup', // already listed
      'change,D99,X2,P,DEU,x', // not listed
      'remove,D98,,,,', // not listed
      'erase,D2,,,,', // no such op
      'change,D3,,P,DEU,x', // no number
      'remove,D4,,,,',
      'add,D4,X4,P,DEU,again', // same id twice in a delta
      'add,E1,X5,P,DEU,fine',
    ].join('\n')
    const r = await t.import(t.file('d.csv', delta), { listId: 'sltd', kind: 'documents', format: 'delta', version: 'v2' })
    expect(r.ok).toBe(false)
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'add: D1 is already in the list (use change)'],
      [3, 'change: D99 is not in the list (use add)'],
      [4, 'remove: D98 is not in the list'],
      [5, 'op "erase" is not add, change or remove'],
      [6, 'change: number is empty'],
      [8, 'id D4 appears twice in the delta (lines 7 and 8)'],
    ])
    expect(t.store.activeListVersions()[0]!.version).toBe('v1')
    expect(t.store.findDocuments('N000004')).toHaveLength(1)
    const skipped = await t.import(t.file('d.csv', delta), { listId: 'sltd', kind: 'documents', format: 'delta', version: 'v2', skipBadRows: true })
    expect(skipped).toMatchObject({ ok: true, recordCount: 5, delta: { added: 1, changed: 0, removed: 1 } })
  })

  it('refuses a delta for another base version, or for a list not imported yet', async () => {
    t = openTestStore()
    const noBase = await t.import(join(samplesDir, 'documents.delta.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'delta' })
    expect(noBase).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('no version in force') }] })
    await t.import(join(samplesDir, 'documents.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v7' })
    const wrongBase = await t.import(join(samplesDir, 'documents.delta.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'delta', baseVersion: 'v6' })
    expect(wrongBase).toMatchObject({ ok: false, errors: [{ message: 'The delta is for version v6, but v7 is in force.' }] })
  })
})

describe('key functions that changed since a list was built', () => {
  it('are detected (staleKeys) and the list re-keyed in place of the old file, audited', async () => {
    t = openTestStore()
    await t.import(join(samplesDir, 'persons.sample.csv'), { listId: 'wanted', kind: 'persons', format: 'csv', version: 'v1' })
    // As if built by an older nameIndexKeys: other keys, other fingerprint.
    const file = join(t.dir, 'lists', 'wanted.v1.sqlite')
    t.close()
    const f = new Database(file)
    f.exec("UPDATE record_keys SET key = 'old:' || key; UPDATE key_stats SET key = 'old:' || key; UPDATE meta SET value = 'older' WHERE key = 'keys_fp'")
    f.close()
    t = t.reopen()
    expect(t.store.status()[0]!.staleKeys).toBe(true)
    expect(t.store.findPersonCandidates(nameIndexKeys('Arben Hoxha'), 5)).toEqual([])
    expect(t.store.rebuildKeys('wanted', 'admin')).toMatchObject({ rebuilt: true })
    expect(t.store.status()[0]).toMatchObject({ staleKeys: false, version: 'v1' })
    expect(t.store.findPersonCandidates(nameIndexKeys('Arben Hoxha'), 5)[0]!.recordId).toBe('PERS-SIM-0001')
    expect(t.audit.recent(1)[0]).toMatchObject({ action: 'lists.keys-rebuilt', actor: 'admin' })
    expect(readdirSync(join(t.dir, 'lists')).filter((n) => n.endsWith('.sqlite'))).toEqual([expect.stringMatching(/^wanted\.v1\.k\w+\.sqlite$/)])
  })

  it('can be re-keyed when the store opens (rebuildStaleKeys)', async () => {
    t = openTestStore()
    await t.import(join(samplesDir, 'documents.sample.csv'), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    t.close()
    const f = new Database(join(t.dir, 'lists', 'sltd.v1.sqlite'))
    f.exec("UPDATE documents SET confusion_key = 'stale'; UPDATE meta SET value = 'older' WHERE key = 'keys_fp'")
    f.close()
    const db = openDatabase(databaseFile(t.dir))
    const store = ListStore.open({ db, audit: new AuditLog(db, auditAnchorFile(t.dir)), dataDir: t.dir, rebuildStaleKeys: true, actor: 'startup' })
    expect(store.status()[0]!.staleKeys).toBe(false)
    expect(store.findDocuments('C7X9PL22O', 'DEU')).toEqual([expect.objectContaining({ recordId: 'SLTD-SIM-0002', match: 'confusion' })])
    store.close()
    db.close()
  })
})

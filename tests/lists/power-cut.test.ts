// A power cut during an import, simulated by a child process SIGKILLed at three points: the list
// in force stays in force (and screening keeps using it), and the stray file is removed at the
// next start.
import { afterEach, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { documentsCsv, openTestStore, type TestStore } from './helpers'

let t: TestStore
afterEach(() => t?.dispose())

const fixture = fileURLToPath(new URL('./fixtures/crash-import.ts', import.meta.url))
const listFiles = (dir: string) => readdirSync(join(dir, 'lists')).filter((f) => f.endsWith('.sqlite')).sort()

function crashImport(dataDir: string, file: string, when: string, version: string) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fixture, dataDir, file, when, version], { encoding: 'utf8', timeout: 60_000 })
  expect(child.stderr).not.toMatch(/Error/)
  expect(child.stdout).toContain('ready')
  expect(child.stdout).toContain('killed')
  expect(child.stdout).not.toContain('still alive')
  expect(child.signal).toBe('SIGKILL')
}

describe('power cut during an import', () => {
  it('mid-import: the previous version stays in force, screening still uses it, the partial file goes at the next start', async () => {
    t = openTestStore()
    await t.import(t.file('v1.csv', documentsCsv(1000)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    const big = t.file('v2.csv', documentsCsv(200_000, 5000))
    crashImport(t.dir, big, 'reading', 'v2')
    expect(listFiles(t.dir)).toEqual(['sltd.v1.sqlite', 'sltd.v2.sqlite']) // the partial file

    // The running workstation never noticed.
    expect(t.store.refresh()).toBe(false)
    expect(t.store.activeListVersions().map((v) => v.version)).toEqual(['v1'])
    expect(t.store.findDocuments('N000001', 'DEU')).toEqual([expect.objectContaining({ listVersion: 'v1', match: 'exact' })])

    // Next start: the stray is removed, v1 is in force, the audit chain holds.
    t = t.reopen()
    expect(t.store.removedStrays).toEqual(['sltd.v2.sqlite'])
    expect(listFiles(t.dir)).toEqual(['sltd.v1.sqlite'])
    expect(t.store.findDocuments('N000001', 'DEU')).toHaveLength(1)
    expect(t.store.findDocuments('N010000', 'DEU')).toEqual([])
    expect(t.audit.verify().ok).toBe(true)
    expect(t.audit.recent(5).filter((e) => e.action === 'lists.imported')).toHaveLength(1)

    // The dead importer's lock died with it: the same import now goes through.
    const again = await t.import(big, { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v2', allowShrink: true })
    expect(again).toMatchObject({ ok: true, recordCount: 200_000, previousVersion: 'v1' })
  })

  it('after the file is complete but before it is registered: still the previous version', async () => {
    t = openTestStore()
    await t.import(t.file('v1.csv', documentsCsv(1000)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    crashImport(t.dir, t.file('v2.csv', documentsCsv(2000, 5000)), 'built', 'v2')
    t = t.reopen()
    expect(t.store.activeListVersions().map((v) => v.version)).toEqual(['v1'])
    expect(listFiles(t.dir)).toEqual(['sltd.v1.sqlite'])
  })

  it('just after registering: the new version is in force and the old file goes at the next start', async () => {
    t = openTestStore()
    await t.import(t.file('v1.csv', documentsCsv(1000)), { listId: 'sltd', kind: 'documents', format: 'csv', version: 'v1' })
    crashImport(t.dir, t.file('v2.csv', documentsCsv(2000, 5000)), 'registered', 'v2')
    // A running workstation picks the new version up on refresh.
    expect(t.store.refresh()).toBe(true)
    expect(t.store.findDocuments('N005000', 'DEU')).toEqual([expect.objectContaining({ listVersion: 'v2' })])
    t = t.reopen()
    expect(t.store.activeListVersions().map((v) => v.version)).toEqual(['v2'])
    expect(listFiles(t.dir)).toEqual(['sltd.v2.sqlite'])
    expect(existsSync(join(t.dir, 'lists', 'sltd.v1.sqlite'))).toBe(false)
    expect(t.audit.verify().ok).toBe(true)
  })
})

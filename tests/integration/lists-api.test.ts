// List administration through the API: atomic import with progress events, status, search; roles enforced.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import { client, startApp } from './app-harness'

let app: CheckpointApp | undefined
afterEach(async () => {
  await app?.stop()
  app = undefined
})

describe('alert lists API', () => {
  it('imports a new list with progress, screens against it at once, and keeps the old version when an import fails', async () => {
    ;({ app } = await startApp())
    const progress: unknown[] = []
    const admin = app.connect((event, payload) => event === 'listImportProgress' && progress.push(payload))
    await admin.call('session.signIn', { username: 'admin', password: 'admin-demo' })
    const dir = mkdtempSync(join(tmpdir(), 'checkpoint-listfile-'))
    const good = join(dir, 'national.csv')
    writeFileSync(good, 'id,number,type,issuer,reason\nNAT-1,NX4RT81K2,P,NLD,Reported stolen at the post\n')
    expect(await admin.call('lists.import', { file: good, listId: 'national-sltd', kind: 'documents', format: 'csv' })).toMatchObject({ ok: true, value: { ok: true, recordCount: 1 } })
    expect(progress.length).toBeGreaterThan(0)

    const status = (await admin.call('lists.status', {})) as { ok: true; value: Array<{ listId: string }> }
    expect(status.value.map((l) => l.listId)).toEqual(expect.arrayContaining(['national-sltd', 'sim-sltd', 'sim-wanted']))

    // The clean sample passport is now listed on the national list: the next read raises the alert.
    const trainer = await client(app, 'trainer')
    await trainer.call('simulator.present', { sampleId: 'clean-passport' })
    const s = await trainer.nextSnapshot((x) => x.state === 'alert')
    expect(s.alerts[0]).toMatchObject({ listId: 'national-sltd', listRecordId: 'NAT-1' })

    const bad = join(dir, 'broken.csv')
    writeFileSync(bad, 'id,number,type,issuer,reason\nNAT-1,,P,NLD,\n')
    const failed = (await admin.call('lists.import', { file: bad, listId: 'national-sltd', kind: 'documents', format: 'csv' })) as { ok: true; value: { ok: boolean; problems: Array<{ line: number }> } }
    expect(failed.value.ok).toBe(false)
    expect(failed.value.problems[0]!.line).toBe(2)
    expect(await admin.call('lists.import', { file: join(dir, 'missing.csv'), listId: 'national-sltd', kind: 'documents', format: 'csv' })).toMatchObject({ ok: true, value: { ok: false } })
    expect(app.lists.activeListVersions().find((l) => l.listId === 'national-sltd')!.recordCount).toBe(1)

    expect(await admin.call('lists.search', { text: 'NX4RT81K2' })).toMatchObject({ ok: true, value: [expect.objectContaining({ recordId: 'NAT-1' })] })
    const officer = await client(app, 'officer')
    expect(await officer.call('lists.import', { file: good, listId: 'x', kind: 'documents', format: 'csv' })).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

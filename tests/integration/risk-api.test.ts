// Supervisors manage risk profiles through the API: validated with paths, versioned, audited; officers cannot.
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import { client, startApp } from './app-harness'

let app: CheckpointApp | undefined
afterEach(async () => {
  await app?.stop()
  app = undefined
})

const draft = {
  id: 'manual-entry-any-route',
  title: 'Documents typed by hand',
  rationale: 'Hand-entered documents skip the optical checks; look at the data page closely.',
  owner: 'Post risk unit',
  expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
  scoreWeight: 40,
  conditions: { fact: 'document.source', op: 'equals', value: 'manual' },
}

describe('risk profile API', () => {
  it('creates, fires on the next crossing, versions and retires; every change audited', async () => {
    ;({ app } = await startApp())
    const supervisor = await client(app, 'supervisor')
    const bad = await supervisor.call('risk.create', { draft: { ...draft, conditions: { fact: 'no.such.fact', op: 'equals', value: 1 } }, note: 'testing a bad fact' })
    expect(bad).toMatchObject({ ok: false, code: 'invalid-input', message: expect.stringContaining('conditions') })

    expect(await supervisor.call('risk.create', { draft, note: 'new threat seen at the post' })).toMatchObject({ ok: true, value: { version: 1, status: 'active', createdBy: 'supervisor' } })
    const typed = await supervisor.call('inspection.submitManualFields', {
      documentType: 'passport', issuingState: 'NLD', documentNumber: 'NX4RT81K2', surname: 'de Vries', givenNames: 'Sanne', nationality: 'NLD', birthDate: '1988-03-17', sex: 'F', expiryDate: '2031-01-01',
    })
    expect(typed).toMatchObject({ ok: true, value: { risk: { band: 'medium', fired: [expect.objectContaining({ profileId: 'manual-entry-any-route', points: 40 })] } } })

    expect(await supervisor.call('risk.update', { id: draft.id, basedOnVersion: 1, changes: { scoreWeight: 70 }, note: 'raised after review' })).toMatchObject({ ok: true, value: { version: 2 } })
    expect(await supervisor.call('risk.update', { id: draft.id, basedOnVersion: 1, changes: { scoreWeight: 10 }, note: 'stale edit' })).toMatchObject({ ok: false, code: 'conflict' })
    expect(await supervisor.call('risk.retire', { id: draft.id, basedOnVersion: 2, note: 'threat gone' })).toMatchObject({ ok: true, value: { version: 3, status: 'retired' } })
    const history = (await supervisor.call('risk.history', { id: draft.id })) as { ok: true; value: unknown[] }
    expect(history.value).toHaveLength(3)
    const actions = app.audit.recent(40).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['risk.profile.created', 'risk.profile.updated', 'risk.profile.retired']))

    const officer = await client(app, 'officer')
    expect(await officer.call('risk.create', { draft, note: 'x' })).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

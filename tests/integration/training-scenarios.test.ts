// The starter library: at least six scenarios that validate, whose travellers read on the lane as
// their expectations say (a clean traveller is CLEAR, a hit raises an alert); and the trainer's
// authoring: duplicate, edit, save, with problems at line and column, starters never overwritten.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import { loadScenarioLists } from '../../electron/services/training/training-lists'
import { travellerMrzLines } from '../../electron/services/training/traveller-documents'
import { travellerTargets } from '../../shared/training/scenario-targets'
import type { ScenarioSummary } from '../../shared/training/training-views'
import { resourcesDir } from './app-harness'
import { signedIn, startTrainingApp } from './training-harness'

let app: CheckpointApp | undefined
afterEach(async () => {
  await app?.stop()
  app = undefined
})

const starterDir = join(resourcesDir, 'training', 'scenarios')

describe('starter scenarios', () => {
  it('six or more, all valid, covering the issue’s stories', async () => {
    ;({ app } = await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')
    const list = (await trainer.call('training.scenarios')).value as ScenarioSummary[]
    expect(list.filter((s) => s.source === 'starter' && s.valid).map((s) => s.id)).toEqual(
      expect.arrayContaining(['van-smuggling-western-balkans', 'lookalike-impostor', 'stolen-passport', 'expired-and-child', 'busy-hour-drill', 'device-failure-mid-shift']),
    )
    expect(list.every((s) => s.valid)).toBe(true)
    expect(list.find((s) => s.id === 'busy-hour-drill')).toMatchObject({ travellers: 41 })
  })

  it('every traveller reads as expected: admit-only travellers are CLEAR, expected hits raise an alert', async () => {
    ;({ app } = await startTrainingApp())
    const a = app
    for (const id of a.training!.library.summaries().map((s) => s.id)) {
      const { scenario } = a.training!.library.playable(id)
      await loadScenarioLists(a.lists, join(a.config.dataDir), scenario.lists, { runId: Date.now(), scenarioId: id, actor: 'trainer' })
      for (const t of travellerTargets(scenario)) {
        const s = a.inspection.documentRead(travellerMrzLines(t.traveller, a.samples, new Date()), { source: 'manual' }, 'trainer')
        const where = `${id} / ${t.label}`
        if (t.traveller.expect.includes('confirm-hit')) expect(s.overall, where).toBe('hit')
        else if (t.traveller.expect.includes('refuse')) expect(s.overall, where).not.toBe('clear')
        else expect(s.overall, where).toBe('clear')
        for (const alert of s.alerts) a.inspection.resolveAlert(alert.id, 'confirm', undefined, 'trainer')
        a.inspection.decide('admit', 'trainer')
      }
    }
  })
})

describe('authoring', () => {
  it('duplicates a starter, shows problems at line:column, saves the fix, never touches the starter files', async () => {
    const starters = Object.fromEntries(readdirSync(starterDir).map((f) => [f, readFileSync(join(starterDir, f), 'utf8')]))
    ;({ app } = await startTrainingApp())
    const trainer = await signedIn(app, 'trainer')

    const copy = (await trainer.call('training.duplicate', { id: 'stolen-passport' })).value as { id: string; yaml: string }
    expect(copy.id).toBe('stolen-passport-copy')
    expect(copy.yaml).toContain('title: "Passport listed as stolen (copy)"')
    expect(copy.yaml).toContain('# A passport reported stolen') // comments survive

    const broken = copy.yaml.replace('expect: [admit]', 'expect: [admit, wave]')
    const line = broken.split('\n').findIndex((l) => l.includes('wave')) + 1
    const problems = (await trainer.call('training.validate', { yaml: broken })).value as Array<{ line: number; column: number; path: string }>
    expect(problems).toEqual([expect.objectContaining({ line, column: broken.split('\n')[line - 1]!.indexOf('wave') + 1 })])
    expect((await trainer.call('training.save', { yaml: broken })).value).toMatchObject({ saved: false, problems: [{ line }] })

    const edited = copy.yaml.replace('expect: [admit]', 'expect: [refer]')
    expect((await trainer.call('training.save', { yaml: edited })).value).toMatchObject({ saved: true, id: 'stolen-passport-copy' })
    expect((await trainer.call('training.scenario', { id: 'stolen-passport-copy' })).value).toMatchObject({ source: 'custom', yaml: edited })

    // A starter's id cannot be saved over.
    const overStarter = (await trainer.call('training.save', { yaml: edited.replace('id: stolen-passport-copy', 'id: stolen-passport') })).value
    expect(overStarter).toMatchObject({ saved: false, problems: [{ path: 'id' }] })
    expect(Object.fromEntries(readdirSync(starterDir).map((f) => [f, readFileSync(join(starterDir, f), 'utf8')]))).toEqual(starters)
    expect(readdirSync(join(app.config.dataDir, 'scenarios'))).toEqual(['stolen-passport-copy.yaml'])
    // The copy plays like any scenario.
    expect(await trainer.call('training.start', { scenarioId: 'stolen-passport-copy', trainee: 'officer' })).toMatchObject({ ok: true })
    await trainer.call('training.stop')
  })
})

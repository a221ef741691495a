// A scenario's list entries become the training lists (documents, persons, vehicles) of the
// training data folder, each run replacing the previous run's: a listed passport in one
// scenario never hits in the next. The simulated sample lists stay in force beside them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ScenarioLists } from '../../../shared/training/scenario-schema'
import type { ListStore } from '../screening/lists'

export const trainingListIds = { documents: 'training-documents', persons: 'training-persons', vehicles: 'training-vehicles' } as const

const cell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
const csv = (header: string[], rows: Array<Array<string | undefined>>) => [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n'

export function scenarioListFiles(lists: ScenarioLists): Record<keyof typeof trainingListIds, string> {
  return {
    documents: csv(
      ['id', 'number', 'type', 'issuer', 'reason'],
      lists.documents.map((d) => [d.id, d.number, d.type, d.issuer, d.reason]),
    ),
    persons: csv(
      ['id', 'surname', 'given_names', 'aliases', 'birth_date', 'nationalities', 'sex', 'reason', 'notice_type'],
      lists.persons.map((p) => [p.id, p.surname, p.givenNames, p.aliases.join('|'), p.birthDate, p.nationalities.join('|'), p.sex, p.reason, p.noticeType]),
    ),
    vehicles: csv(
      ['id', 'plate', 'country', 'vin', 'reason'],
      lists.vehicles.map((v) => [v.id, v.plate, v.country, v.vin, v.reason]),
    ),
  }
}

/** Imports the three training lists for a run (list files in <training data>/scenario-lists). */
export async function loadScenarioLists(store: ListStore, dataDir: string, lists: ScenarioLists, run: { runId: number; scenarioId: string; actor: string }): Promise<void> {
  const dir = join(dataDir, 'scenario-lists')
  mkdirSync(dir, { recursive: true })
  const files = scenarioListFiles(lists)
  for (const kind of ['documents', 'persons', 'vehicles'] as const) {
    const file = join(dir, `run-${run.runId}-${kind}.csv`)
    writeFileSync(file, files[kind])
    const report = await store.import(file, {
      listId: trainingListIds[kind],
      kind,
      format: 'csv',
      actor: run.actor,
      name: `Training ${kind} (scenario ${run.scenarioId})`,
      source: 'Checkpoint training scenario',
      version: `run-${run.runId}`,
      allowEmpty: true,
      allowShrink: true,
    })
    if (!report.ok) throw new Error(`The scenario's ${kind} list does not import: ${report.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`)
  }
}

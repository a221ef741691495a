// The scenarios a trainer can play: the shipped starter library (resources/training/scenarios,
// read-only) and the trainer's own (<training data>/scenarios). A trainer duplicates and edits;
// a starter file is never overwritten.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isNode, isScalar, parseDocument } from 'yaml'
import { parseScenarioYaml, type ScenarioProblem } from '../../../shared/training/parse-scenario'
import type { Scenario } from '../../../shared/training/scenario-schema'
import { expectationsOf, travellerTargets, vehicleTargets } from '../../../shared/training/scenario-targets'
import type { ScenarioSummary } from '../../../shared/training/training-views'

export interface ScenarioFile {
  id: string
  source: 'starter' | 'custom'
  yaml: string
  scenario: Scenario | null
  problems: ScenarioProblem[]
}

export class ScenarioLibraryError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid',
    message: string,
    readonly problems: ScenarioProblem[] = [],
  ) {
    super(message)
  }
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [])

export class ScenarioLibrary {
  constructor(
    private readonly starterDir: string,
    private readonly customDir: string,
  ) {}

  /** Starters first, then the trainer's own; a file's id is its name. */
  files(): ScenarioFile[] {
    const read = (dir: string, source: 'starter' | 'custom') =>
      yamlFiles(dir).map((f): ScenarioFile => {
        const yaml = readFileSync(join(dir, f), 'utf8')
        const parsed = parseScenarioYaml(yaml)
        return { id: f.slice(0, -'.yaml'.length), source, yaml, scenario: parsed.ok ? parsed.scenario : null, problems: parsed.ok ? [] : parsed.problems }
      })
    const starters = read(this.starterDir, 'starter')
    const taken = new Set(starters.map((s) => s.id))
    return [...starters, ...read(this.customDir, 'custom').filter((c) => !taken.has(c.id))]
  }

  summaries(): ScenarioSummary[] {
    return this.files().map((f) => ({
      id: f.id,
      title: f.scenario?.title ?? f.id,
      summary: f.scenario?.summary ?? '',
      source: f.source,
      travellers: f.scenario ? travellerTargets(f.scenario).length : 0,
      vehicles: f.scenario ? vehicleTargets(f.scenario).length : 0,
      expectations: f.scenario ? expectationsOf(f.scenario).length : 0,
      valid: f.scenario !== null && f.scenario.id === f.id,
    }))
  }

  get(id: string): ScenarioFile {
    const f = this.files().find((x) => x.id === id)
    if (!f) throw new ScenarioLibraryError('not-found', `No scenario ${id}.`)
    return f
  }

  /** A playable scenario (valid, and its id matches its file). */
  playable(id: string): { scenario: Scenario; yaml: string } {
    const f = this.get(id)
    if (!f.scenario) throw new ScenarioLibraryError('invalid', `Scenario ${id} does not validate: fix it in the editor first.`, f.problems)
    return { scenario: f.scenario, yaml: f.yaml }
  }

  /** A trainer's copy (id `<id>-copy`, `-copy-2`…; title marked), comments and layout kept. */
  duplicate(id: string): ScenarioFile {
    const source = this.get(id)
    const ids = new Set(this.files().map((f) => f.id))
    const base = `${id.replace(/-copy(-\d+)?$/, '')}-copy`.slice(0, 58)
    let next = base
    for (let n = 2; ids.has(next); n++) next = `${base}-${n}`
    const title = parseDocument(source.yaml).get('title')
    return this.save(withTopLevel(source.yaml, { id: next, title: JSON.stringify(`${typeof title === 'string' ? title : id} (copy)`.slice(0, 120)) }))
  }

  /** Validates and writes the trainer's file named by the scenario's id; problems come back with line and column. */
  save(yaml: string): ScenarioFile {
    const parsed = parseScenarioYaml(yaml)
    if (!parsed.ok) throw new ScenarioLibraryError('invalid', `The scenario has ${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}.`, parsed.problems)
    const id = parsed.scenario.id
    if (existsSync(join(this.starterDir, `${id}.yaml`))) {
      throw new ScenarioLibraryError('conflict', `"${id}" is a starter scenario and stays as shipped: give your copy another id.`, [{ line: 1, column: 1, path: 'id', message: 'the id of a starter scenario' }])
    }
    mkdirSync(this.customDir, { recursive: true })
    const file = join(this.customDir, `${id}.yaml`)
    writeFileSync(`${file}.tmp`, yaml.endsWith('\n') ? yaml : `${yaml}\n`)
    renameSync(`${file}.tmp`, file)
    return { id, source: 'custom', yaml, scenario: parsed.scenario, problems: [] }
  }
}

/**
 * The text with some top-level values replaced in place: the trainer's comments, order and
 * layout stay exactly as written (re-serialising would reflow them).
 */
function withTopLevel(yaml: string, values: Record<string, string>): string {
  const doc = parseDocument(yaml)
  const spans: Array<{ start: number; end: number; text: string }> = []
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null
      const value = pair.value
      if (key !== null && Object.hasOwn(values, key) && isNode(value) && value.range) spans.push({ start: value.range[0], end: value.range[1], text: values[key]! })
    }
  }
  let out = yaml
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end)
  return out
}

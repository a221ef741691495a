// YAML text → a validated scenario, or every problem at its line and column, so a trainer
// editing in the UI sees where to look. Pure (no Node built-ins): usable on both sides.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { scenarioSchema, type Scenario } from './scenario-schema'

export interface ScenarioProblem {
  /** 1-based, like an editor's. */
  line: number
  column: number
  /** Where in the scenario, e.g. steps.3.traveller.expect.0 (empty for YAML syntax errors). */
  path: string
  message: string
}

export type ParsedScenario = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] }

const MAX_SCENARIO_CHARS = 200_000

export function parseScenarioYaml(text: string): ParsedScenario {
  if (text.length > MAX_SCENARIO_CHARS) return { ok: false, problems: [{ line: 1, column: 1, path: '', message: `a scenario file is at most ${MAX_SCENARIO_CHARS} characters` }] }
  const lineCounter = new LineCounter()
  // Aliases are handy in scenarios (a repeated traveller); the cap keeps a "billion laughs" file harmless.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0])
        return { line: pos.line, column: pos.col, path: '', message: e.message.split('\n')[0] ?? e.message }
      }),
    }
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 1000 })
  } catch (e) {
    return { ok: false, problems: [{ line: 1, column: 1, path: '', message: (e as Error).message }] }
  }
  const parsed = scenarioSchema.safeParse(data ?? {})
  if (parsed.success) return { ok: true, scenario: parsed.data }
  return { ok: false, problems: parsed.error.issues.map((issue) => problemAt(doc, lineCounter, issue)).sort((a, b) => a.line - b.line || a.column - b.column) }
}

/** The issue at its node, or at the nearest node above it that exists (a missing key points at its map). */
function problemAt(doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): ScenarioProblem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
  let offset = 0
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)
    if (isNode(node) && node.range) {
      offset = node.range[0]
      // An unknown key: point at the key itself rather than at its map.
      if (keys.length > 0 && depth === path.length) offset = keyOffset(node, keys[0]!) ?? offset
      break
    }
  }
  const pos = lines.linePos(offset)
  return { line: pos.line, column: pos.col, path: path.join('.'), message: keys.length > 0 ? `unknown key ${keys.map((k) => `"${k}"`).join(', ')}` : issue.message }
}

function keyOffset(node: unknown, key: string): number | null {
  const items = (node as { items?: Array<{ key?: unknown }> }).items ?? []
  for (const item of items) {
    const k = item.key as { value?: unknown; range?: [number, number, number] } | undefined
    if (k && k.value === key && k.range) return k.range[0]
  }
  return null
}

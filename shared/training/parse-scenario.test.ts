import { describe, expect, it } from 'vitest'
import { parseScenarioYaml } from './parse-scenario'
import { expectationsOf, travellerTargets } from './scenario-targets'

const minimal = `id: tiny-scenario
title: Tiny
steps:
  - traveller: { sample: clean-passport, expect: [admit] }
`

describe('parseScenarioYaml', () => {
  it('accepts a valid scenario and numbers its travellers and expectations', () => {
    const r = parseScenarioYaml(minimal)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(travellerTargets(r.scenario).map((t) => t.label)).toEqual(['Traveller 1'])
    expect(expectationsOf(r.scenario).map((e) => e.id)).toEqual(['traveller-1:admit'])
  })

  it('reports a YAML syntax error at its line and column', () => {
    const r = parseScenarioYaml('id: x\ntitle: "unclosed\nsteps: []\n')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(2)
    expect(r.problems[0]!.column).toBeGreaterThanOrEqual(1)
  })

  it('reports a schema error at the offending value', () => {
    const text = minimal.replace('expect: [admit]', 'expect: [admit, smile]')
    const r = parseScenarioYaml(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ line: 4, path: 'steps.0.traveller.expect.1' })
    expect(r.problems[0]!.column).toBe(text.split('\n')[3]!.indexOf('smile') + 1)
  })

  it('points at an unknown key itself, and at the map of a missing one', () => {
    const r = parseScenarioYaml('id: tiny-scenario\ntitle: Tiny\ncolour: blue\n')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toContainEqual(expect.objectContaining({ line: 3, column: 1, message: 'unknown key "colour"' }))
    expect(r.problems).toContainEqual(expect.objectContaining({ path: 'steps', line: 1, column: 1 }))
  })

  it('refuses a traveller with two identities and a step with two kinds', () => {
    const r = parseScenarioYaml(`id: tiny-scenario
title: Tiny
steps:
  - traveller: { sample: clean-passport, mrz: ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"] }
  - device: { event: unplug }
    traveller: { sample: clean-passport }
`)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'give exactly one of sample, document or mrz'],
      [5, 'each step is exactly one of traveller, vehicle or device'],
    ])
  })
})

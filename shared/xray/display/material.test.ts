import { describe, expect, it } from 'vitest'
import {
  MATERIAL_IMPENETRABLE,
  MATERIAL_INORGANIC,
  MATERIAL_METAL,
  MATERIAL_NONE,
  MATERIAL_ORGANIC,
  classifyMaterial,
  materialClasses,
  materialLegend,
  materialParams,
  materialRgb,
} from './material'

const AIR = 60000
const params = materialParams(AIR, AIR)
/** A high/low pair for a material of high-energy attenuation a and low/high ratio r. */
const pair = (a: number, r: number): [number, number] => [Math.round(AIR * Math.exp(-a)), Math.round(AIR * Math.exp(-a * r))]

describe('material class from dual energy', () => {
  it.each([
    ['organic', 0.9, 1.1, MATERIAL_ORGANIC],
    ['organic, thick', 3, 1.12, MATERIAL_ORGANIC],
    ['inorganic', 1.2, 1.4, MATERIAL_INORGANIC],
    ['metal', 2.2, 1.8, MATERIAL_METAL],
    ['metal, thin', 0.3, 1.7, MATERIAL_METAL],
    ['impenetrable', 5, 1.9, MATERIAL_IMPENETRABLE],
    ['air', 0.01, 1.0, MATERIAL_NONE],
  ])('%s', (_name, a, r, expected) => {
    const [h, l] = pair(a, r)
    expect(classifyMaterial(h, l, params)).toBe(expected)
  })

  it('treats zero counts as one count rather than infinite attenuation', () => {
    expect(classifyMaterial(0, 0, params)).toBe(MATERIAL_IMPENETRABLE)
  })

  it('colours classes orange, green, blue, red and keeps "none" grey', () => {
    expect(materialRgb(MATERIAL_NONE, 100)).toEqual([100, 100, 100])
    const [r, g, b] = materialRgb(MATERIAL_ORGANIC, 255)
    expect(r).toBeGreaterThan(g)
    expect(g).toBeGreaterThan(b)
    const metal = materialRgb(MATERIAL_METAL, 255)
    expect(metal[2]).toBeGreaterThan(metal[0])
    const inorganic = materialRgb(MATERIAL_INORGANIC, 255)
    expect(inorganic[1]).toBeGreaterThan(inorganic[0])
    // Dense (dark) matter keeps some of its hue.
    expect(materialRgb(MATERIAL_ORGANIC, 0)[0]).toBeGreaterThan(0)
  })

  it('has a legend in words for every class', () => {
    expect(new Set(materialLegend.map((e) => e.cls))).toEqual(new Set(materialClasses))
    for (const e of materialLegend) expect(e.meaning.length).toBeGreaterThan(10)
  })
})

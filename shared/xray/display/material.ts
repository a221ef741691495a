// Material colour from dual energy. Attenuation A = −ln(I / I_air) per energy;
// low-Z matter (organics) attenuates both beams about alike, high-Z matter
// (metals) attenuates the low-energy beam much more, so R = A_low / A_high
// rises with effective Z. Classes are the screening convention: organic orange,
// inorganic / mixed green, metal blue, plus "impenetrable" where the beam did
// not get through and "no material" (air) in grey. Thresholds depend on the
// scanner's energies and must come from its calibration; the defaults suit the
// synthetic scans and a generic 6/4 MV-style ratio curve.
import type { Rgb } from './rgba'

export type MaterialClass = 'none' | 'organic' | 'inorganic' | 'metal' | 'impenetrable'

/** Index order shared by the CPU tables and the shader's colour array. */
export const materialClasses: readonly MaterialClass[] = ['none', 'organic', 'inorganic', 'metal', 'impenetrable']

export const MATERIAL_NONE = 0
export const MATERIAL_ORGANIC = 1
export const MATERIAL_INORGANIC = 2
export const MATERIAL_METAL = 3
export const MATERIAL_IMPENETRABLE = 4

export interface MaterialParams {
  /** Open-beam (air) level of the high-energy plane. */
  airHigh: number
  /** Open-beam (air) level of the low-energy plane. */
  airLow: number
  /** Below this high-energy attenuation there is too little matter to classify (shown grey). */
  minAttenuation: number
  /** Above this high-energy attenuation the beam did not get through (shown as impenetrable). */
  impenetrableAttenuation: number
  /** R below this is organic. */
  organicBelow: number
  /** R at or above this is metal; between the two, inorganic / mixed. */
  metalFrom: number
}

export const defaultMaterialThresholds = {
  minAttenuation: 0.08,
  impenetrableAttenuation: 4.2,
  organicBelow: 1.25,
  metalFrom: 1.55,
} as const

export function materialParams(airHigh: number, airLow: number): MaterialParams {
  return { airHigh: Math.max(1, airHigh), airLow: Math.max(1, airLow), ...defaultMaterialThresholds }
}

/** Attenuation −ln(v / air) for every 16-bit value (v = 0 treated as 1 count). */
export function buildAttenuationLut(air: number): Float32Array {
  const lut = new Float32Array(65536)
  const lnAir = Math.log(Math.max(1, air))
  for (let v = 0; v < 65536; v++) lut[v] = lnAir - Math.log(Math.max(1, v))
  return lut
}

/** The class of one high/low pair; the render loop inlines the same test with cached tables. */
export function classifyMaterial(high: number, low: number, params: MaterialParams): number {
  const aHigh = Math.log(params.airHigh) - Math.log(Math.max(1, high))
  const aLow = Math.log(params.airLow) - Math.log(Math.max(1, low))
  return classifyAttenuation(aHigh, aLow, params)
}

export function classifyAttenuation(aHigh: number, aLow: number, params: MaterialParams): number {
  if (aHigh < params.minAttenuation) return MATERIAL_NONE
  if (aHigh >= params.impenetrableAttenuation) return MATERIAL_IMPENETRABLE
  const ratio = aLow / aHigh
  if (ratio < params.organicBelow) return MATERIAL_ORGANIC
  if (ratio < params.metalFrom) return MATERIAL_INORGANIC
  return MATERIAL_METAL
}

/** Hue per class (index order of materialClasses); brightness comes from the window. */
export const materialColours: readonly Rgb[] = [
  [255, 255, 255], // none: plain grey
  [255, 150, 30], // organic: orange
  [60, 200, 80], // inorganic / mixed: green
  [70, 130, 255], // metal: blue
  [220, 40, 40], // impenetrable: red
]

/** Darkest share of the class colour, so dense coloured matter keeps its hue instead of going black. */
export const MATERIAL_FLOOR = 0.3

/** The displayed colour of a class at grey level g (0..255): colour × (floor + (1 − floor)·g). Grey for "none". */
export function materialRgb(cls: number, grey: number): Rgb {
  if (cls === MATERIAL_NONE) return [grey, grey, grey]
  const [r, g, b] = materialColours[cls]!
  const k = MATERIAL_FLOOR + ((1 - MATERIAL_FLOOR) * grey) / 255
  return [Math.round(r * k), Math.round(g * k), Math.round(b * k)]
}

/** Legend entries, in words: colour is never the only carrier of meaning. */
export const materialLegend: ReadonlyArray<{ cls: MaterialClass; colourName: string; meaning: string }> = [
  { cls: 'organic', colourName: 'Orange', meaning: 'Organic: food, wood, paper, plastics, drugs, people' },
  { cls: 'inorganic', colourName: 'Green', meaning: 'Inorganic or mixed: glass, salts, light metals, mixed loads' },
  { cls: 'metal', colourName: 'Blue', meaning: 'Metal: iron, steel, copper, weapons' },
  { cls: 'impenetrable', colourName: 'Red', meaning: 'Impenetrable: too dense to see through — inspect by hand' },
  { cls: 'none', colourName: 'Grey', meaning: 'Too thin to classify (air, thin walls)' },
]

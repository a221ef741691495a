// The material class of every scan pixel, computed once per scan and threshold
// set: it does not depend on the window, so window/level drags with material
// colour on cost one extra byte read per pixel instead of two logarithm lookups
// and a division.
import {
  MATERIAL_IMPENETRABLE,
  MATERIAL_INORGANIC,
  MATERIAL_METAL,
  MATERIAL_NONE,
  MATERIAL_ORGANIC,
  buildAttenuationLut,
  type MaterialParams,
} from './material'
import type { XrayScan } from './scan'

const cache = new WeakMap<Uint16Array, { params: MaterialParams; classes: Uint8Array }>()

const sameParams = (a: MaterialParams, b: MaterialParams) =>
  a.airHigh === b.airHigh && a.airLow === b.airLow && a.minAttenuation === b.minAttenuation && a.impenetrableAttenuation === b.impenetrableAttenuation && a.organicBelow === b.organicBelow && a.metalFrom === b.metalFrom

/** Classes per pixel (MATERIAL_* values); all "none" without a low plane. */
export function materialClassMap(scan: XrayScan, params: MaterialParams): Uint8Array {
  const hit = cache.get(scan.high)
  if (hit && sameParams(hit.params, params)) return hit.classes
  const n = scan.width * scan.height
  const classes = new Uint8Array(n)
  const low = scan.low
  if (low) {
    const attHigh = buildAttenuationLut(params.airHigh)
    const attLow = buildAttenuationLut(params.airLow)
    const { minAttenuation: minA, impenetrableAttenuation: maxA, organicBelow, metalFrom } = params
    const high = scan.high
    for (let i = 0; i < n; i++) {
      const aH = attHigh[high[i]!]!
      if (aH >= maxA) classes[i] = MATERIAL_IMPENETRABLE
      else if (aH >= minA) {
        const ratio = attLow[low[i]!]! / aH
        classes[i] = ratio < organicBelow ? MATERIAL_ORGANIC : ratio < metalFrom ? MATERIAL_INORGANIC : MATERIAL_METAL
      } else classes[i] = MATERIAL_NONE
    }
  }
  cache.set(scan.high, { params, classes })
  return classes
}

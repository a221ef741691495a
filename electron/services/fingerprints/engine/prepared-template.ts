// Everything the matcher needs about a template, computed once: minutiae as typed arrays and, per
// minutia, the edges to its nearest neighbours. One compact record per enrolled finger (a few
// kilobytes), so 100,000 fingers fit in memory. The probe-side lookup table is built lazily, only
// for templates that are actually used as probes.
import { edgeKey, toByteAngle } from './edge-geometry'
import type { Template } from './template'

/** Neighbours per minutia (SourceAFIS uses 9): enough to link the pairing graph, few enough to be fast. */
export const EDGE_NEIGHBOURS = 9
/** Resolution the matcher's distances are tuned for; other resolutions are rescaled to it. */
export const MATCHER_PPI = 500

export interface PreparedTemplate {
  count: number
  x: Float32Array
  y: Float32Array
  /** Minutia direction in 256ths of a turn (counter-clockwise as the image is seen). */
  angle: Uint8Array
  /** 0 ending, 1 bifurcation. */
  type: Uint8Array
  /** Edges of minutia i are edgeStart[i] … edgeStart[i + 1] − 1. */
  edgeStart: Uint16Array
  edgeTo: Uint8Array
  /** Pixels at 500 ppi, rounded, at most 255. */
  edgeLength: Uint8Array
  /** The from-minutia's direction relative to the edge, 256ths of a turn. */
  edgeFromAngle: Uint8Array
  /** The to-minutia's direction relative to the edge, 256ths of a turn. */
  edgeToAngle: Uint8Array
  edgeKey: Uint16Array
  /** Probe-side table, see probe-lookup.ts; built on first use as a probe. */
  probeLookup?: { bucketStart: Uint16Array; bucketEdges: Uint16Array; edgeFrom: Uint8Array }
}

export function prepareTemplate(template: Template): PreparedTemplate {
  const scale = template.ppi > 0 ? MATCHER_PPI / template.ppi : 1
  const minutiae = template.minutiae.slice(0, 255)
  const count = minutiae.length
  const x = Float32Array.from(minutiae, (m) => m.x * scale)
  const y = Float32Array.from(minutiae, (m) => m.y * scale)
  const angle = Uint8Array.from(minutiae, (m) => toByteAngle(m.angle))
  const type = Uint8Array.from(minutiae, (m) => (m.type === 'bifurcation' ? 1 : 0))
  const neighbours = Math.min(EDGE_NEIGHBOURS, Math.max(0, count - 1))
  const edgeCount = count * neighbours
  const edgeStart = new Uint16Array(count + 1)
  const edgeTo = new Uint8Array(edgeCount)
  const edgeLength = new Uint8Array(edgeCount)
  const edgeFromAngle = new Uint8Array(edgeCount)
  const edgeToAngle = new Uint8Array(edgeCount)
  const keys = new Uint16Array(edgeCount)
  const distances = new Float32Array(count)
  const order = Array.from({ length: count }, (_, k) => k)
  let e = 0
  for (let i = 0; i < count; i++) {
    edgeStart[i] = e
    for (let j = 0; j < count; j++) distances[j] = j === i ? Infinity : (x[j]! - x[i]!) ** 2 + (y[j]! - y[i]!) ** 2
    order.sort((a, b) => distances[a]! - distances[b]!)
    for (let n = 0; n < neighbours; n++) {
      const j = order[n]!
      const dx = x[j]! - x[i]!
      const dy = y[j]! - y[i]!
      const length = Math.min(255, Math.round(Math.hypot(dx, dy)))
      // Same angle convention as the minutiae: counter-clockwise as seen, y grows downwards.
      const direction = toByteAngle(Math.atan2(-dy, dx))
      const fromAngle = (angle[i]! - direction) & 255
      const toAngle = (angle[j]! - direction) & 255
      edgeTo[e] = j
      edgeLength[e] = length
      edgeFromAngle[e] = fromAngle
      edgeToAngle[e] = toAngle
      keys[e] = edgeKey(length, fromAngle, toAngle)
      e++
    }
  }
  edgeStart[count] = e
  return { count, x, y, angle, type, edgeStart, edgeTo, edgeLength, edgeFromAngle, edgeToAngle, edgeKey: keys }
}

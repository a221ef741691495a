// What the simulated scanner sees, in millimetres: x along the vehicle from
// its front (x = 0), y up from the ground. Each primitive adds its material
// over a path across the vehicle (the beam crosses the vehicle sideways), so
// two side walls of 1 mm steel are one rectangle with a 2 mm steel path.
import type { MaterialName } from './materials'

export type Primitive =
  | { shape: 'rect'; x0: number; x1: number; y0: number; y1: number; material: MaterialName; pathMm: number }
  | {
      shape: 'ellipse'
      cx: number
      cy: number
      rx: number
      ry: number
      material: MaterialName
      /** Path at the centre. */
      pathMm: number
      /** Path falls off towards the edge like a cylinder or limb (√(1 − r²)); flat otherwise. */
      rounded?: boolean
      /** A ring (a tyre): nothing inside this fraction of the radii. */
      innerFraction?: number
    }

export type ConcealedKind = 'person' | 'metal' | 'organic-package'

/** Where a concealed thing was put (ground truth, for tests and training). */
export interface TruthBox {
  kind: ConcealedKind
  x0: number
  x1: number
  y0: number
  y1: number
}

export interface Scene {
  lengthMm: number
  heightMm: number
  primitives: Primitive[]
  truth: TruthBox[]
}

export const rect = (x0: number, y0: number, x1: number, y1: number, material: MaterialName, pathMm: number): Primitive => ({
  shape: 'rect',
  x0,
  x1,
  y0,
  y1,
  material,
  pathMm,
})

export const ellipse = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  material: MaterialName,
  pathMm: number,
  extra: { rounded?: boolean; innerFraction?: number } = {},
): Primitive => ({ shape: 'ellipse', cx, cy, rx, ry, material, pathMm, ...extra })

/** The box a set of primitives covers. */
export function boundsOf(parts: readonly Primitive[]): { x0: number; x1: number; y0: number; y1: number } {
  let x0 = Infinity
  let x1 = -Infinity
  let y0 = Infinity
  let y1 = -Infinity
  for (const p of parts) {
    const [a, b, c, d] = p.shape === 'rect' ? [p.x0, p.x1, p.y0, p.y1] : [p.cx - p.rx, p.cx + p.rx, p.cy - p.ry, p.cy + p.ry]
    x0 = Math.min(x0, a)
    x1 = Math.max(x1, b)
    y0 = Math.min(y0, c)
    y1 = Math.max(y1, d)
  }
  return { x0, x1, y0, y1 }
}

/** Moves primitives by (dx, dy). */
export function translate(parts: readonly Primitive[], dx: number, dy: number): Primitive[] {
  return parts.map((p) =>
    p.shape === 'rect' ? { ...p, x0: p.x0 + dx, x1: p.x1 + dx, y0: p.y0 + dy, y1: p.y1 + dy } : { ...p, cx: p.cx + dx, cy: p.cy + dy },
  )
}

// A synthetic dual-energy scan of a lorry for tests, benchmarks and training:
// blocks of known material at known places. Attenuations add along the beam
// (A = Σ μ·t per energy), so overlapping objects mix their ratios as real ones do.
import { materialParams, type MaterialParams } from './material'
import type { XrayScan } from './scan'

export interface SyntheticBlock {
  name: string
  /** Material class the block should show as on its own. */
  expected: 'organic' | 'inorganic' | 'metal' | 'impenetrable'
  shape: 'rect' | 'ellipse'
  x: number
  y: number
  w: number
  h: number
  /** High-energy attenuation −ln(I/I_air). */
  attenuation: number
  /** Low/high attenuation ratio (rises with effective Z). */
  ratio: number
}

export interface SyntheticScan {
  scan: XrayScan
  blocks: SyntheticBlock[]
  air: number
  material: MaterialParams
}

export const SYNTHETIC_AIR = 60000

/**
 * Block layout scaled to the scan. Fractions are along the vehicle (the longer
 * side: scan lines) and across it (detector elements), so the same lorry fits a
 * horizontal 8,000 × 2,000 scan and a vertical 2,000 × 6,000 one.
 */
function layout(width: number, height: number): SyntheticBlock[] {
  const alongX = width >= height
  const r = (name: string, expected: SyntheticBlock['expected'], shape: SyntheticBlock['shape'], fa: number, fc: number, fla: number, flc: number, attenuation: number, ratio: number): SyntheticBlock => {
    const [fx, fy, fw, fh] = alongX ? [fa, fc, fla, flc] : [fc, fa, flc, fla]
    return { name, expected, shape, x: Math.round(fx * width), y: Math.round(fy * height), w: Math.round(fw * width), h: Math.round(fh * height), attenuation, ratio }
  }
  return [
    r('engine', 'metal', 'rect', 0.03, 0.3, 0.06, 0.4, 2.6, 1.8),
    r('axle-front', 'impenetrable', 'rect', 0.1, 0.1, 0.012, 0.8, 4.8, 1.9),
    r('organic-pallet', 'organic', 'rect', 0.25, 0.2, 0.12, 0.25, 0.9, 1.1),
    r('inorganic-crate', 'inorganic', 'rect', 0.25, 0.55, 0.12, 0.25, 1.2, 1.4),
    r('metal-block', 'metal', 'rect', 0.45, 0.2, 0.1, 0.25, 2.2, 1.8),
    r('person', 'organic', 'ellipse', 0.45, 0.6, 0.09, 0.12, 1.0, 1.1),
    r('dense-core', 'impenetrable', 'rect', 0.65, 0.4, 0.05, 0.2, 5.0, 1.9),
    r('organic-bales', 'organic', 'rect', 0.75, 0.15, 0.12, 0.7, 0.6, 1.12),
    r('axle-rear', 'impenetrable', 'rect', 0.93, 0.1, 0.012, 0.8, 4.8, 1.9),
  ]
}

function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s >>>= 0
    s ^= s >>> 17
    s ^= s << 5
    s >>>= 0
    return s / 4294967296
  }
}

export function syntheticScan(width = 2000, height = 6000, options: { seed?: number; mmPerPixel?: { x: number; y: number }; id?: string } = {}): SyntheticScan {
  const n = width * height
  const aHigh = new Float32Array(n)
  const aLow = new Float32Array(n)
  const add = (x0: number, y0: number, w: number, h: number, a: number, ratio: number, ellipse: boolean) => {
    const cx = x0 + w / 2
    const cy = y0 + h / 2
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        if (ellipse && ((x + 0.5 - cx) / (w / 2)) ** 2 + ((y + 0.5 - cy) / (h / 2)) ** 2 > 1) continue
        aHigh[y * width + x]! += a
        aLow[y * width + x]! += a * ratio
      }
    }
  }
  // Trailer: a steel frame with thin walls, the cargo space inside; thin cross-members
  // every ~2 % of the length are the fine detail edge enhancement should bring out.
  const alongX = width >= height
  const long = alongX ? width : height
  const short = alongX ? height : width
  const rect = (a: number, c: number, la: number, lc: number, att: number, ratio: number) =>
    alongX ? add(a, c, la, lc, att, ratio, false) : add(c, a, lc, la, att, ratio, false)
  const wall = Math.max(4, Math.round(short * 0.012))
  const ta = Math.round(long * 0.12)
  const tc = Math.round(short * 0.08)
  const tla = Math.round(long * 0.8)
  const tlc = short - 2 * tc
  rect(ta, tc, tla, wall, 0.5, 1.7)
  rect(ta, tc + tlc - wall, tla, wall, 0.5, 1.7)
  rect(ta, tc, wall, tlc, 0.5, 1.7)
  rect(ta + tla - wall, tc, wall, tlc, 0.5, 1.7)
  const step = Math.max(8, Math.round(long * 0.02))
  for (let a = ta + step; a < ta + tla - wall; a += step) rect(a, tc + wall, 3, tlc - 2 * wall, 0.35, 1.7)
  const blocks = layout(width, height)
  for (const b of blocks) add(b.x, b.y, b.w, b.h, b.attenuation, b.ratio, b.shape === 'ellipse')

  const rand = xorshift(options.seed ?? 20261125)
  const high = new Uint16Array(n)
  const low = new Uint16Array(n)
  for (let i = 0; i < n; i++) {
    // Noise grows with the signal, as photon noise does (scaled down for a clean synthetic).
    const h = SYNTHETIC_AIR * Math.exp(-aHigh[i]!)
    const l = SYNTHETIC_AIR * Math.exp(-aLow[i]!)
    high[i] = Math.max(1, Math.min(65535, Math.round(h + (rand() + rand() - 1) * (0.01 * h + 20))))
    low[i] = Math.max(1, Math.min(65535, Math.round(l + (rand() + rand() - 1) * (0.01 * l + 20))))
  }
  const scan: XrayScan = { id: options.id ?? `synthetic-${width}x${height}`, width, height, high, low, mmPerPixel: options.mmPerPixel ?? { x: 2, y: 4.5 } }
  return { scan, blocks, air: SYNTHETIC_AIR, material: materialParams(SYNTHETIC_AIR, SYNTHETIC_AIR) }
}

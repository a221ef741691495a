// Sums a scene's attenuation per pixel at both energies: A = Σ μ · path, the
// exponent of Beer–Lambert (T = e^−A). Layout is the scan's: row = detector
// element (row 0 at the top of the detector column), column = scan line.
// Row by row, so a 2000 × 8000 render never holds full float maps (128 MB).
import { attenuationPerMm } from './materials'
import type { Primitive, Scene } from './scene'

export interface ScanGrid {
  /** Scan lines (columns). */
  lines: number
  /** Detector elements (rows). */
  elements: number
  mmPerLine: number
  mmPerElement: number
  /** Scene x (mm) at the left edge of column 0. */
  originXMm: number
  /** Height above the ground (mm) of the top edge of row 0. */
  detectorTopMm: number
}

type Ellipse = Extract<Primitive, { shape: 'ellipse' }>

interface PlacedEllipse {
  p: Ellipse
  mu: { high: number; low: number }
  first: number
  end: number
  coverage: number
}

export class SceneRasteriser {
  /** Per row: [column, Δhigh, Δlow] triples where a rectangle starts or ends. */
  private readonly edges: number[][]
  private readonly ellipses: PlacedEllipse[] = []
  private readonly dHigh: Float64Array
  private readonly dLow: Float64Array

  constructor(
    scene: Scene,
    private readonly grid: ScanGrid,
  ) {
    // Rectangles (walls, cargo, chassis: most of the area) become edge events,
    // integrated once per row: a truck's overlapping full-length layers drawn
    // pixel by pixel would cost ~20 M additions per energy.
    this.edges = Array.from({ length: grid.elements }, () => [])
    this.dHigh = new Float64Array(grid.lines + 1)
    this.dLow = new Float64Array(grid.lines + 1)
    for (const p of scene.primitives) {
      const mu = attenuationPerMm(p.material)
      if (p.shape === 'rect') {
        const cols = span(colOf(grid, p.x0), colOf(grid, p.x1), grid.lines)
        const rows = span(rowOf(grid, p.y1), rowOf(grid, p.y0), grid.elements)
        if (cols.end <= cols.first) continue
        const path = p.pathMm * cols.coverage * rows.coverage
        for (let r = rows.first; r < rows.end; r++) this.edges[r]!.push(cols.first, mu.high * path, mu.low * path, cols.end, -mu.high * path, -mu.low * path)
      } else {
        const rows = span(rowOf(grid, p.cy + p.ry), rowOf(grid, p.cy - p.ry), grid.elements)
        this.ellipses.push({ p, mu, first: rows.first, end: rows.end, coverage: rows.coverage })
      }
    }
  }

  /** Fills detector row `r`'s attenuation at both energies (each `lines` long). */
  row(r: number, high: Float32Array, low: Float32Array): void {
    const W = this.grid.lines
    const e = this.edges[r]!
    if (e.length === 0) {
      high.fill(0)
      low.fill(0)
    } else {
      const { dHigh, dLow } = this
      dHigh.fill(0)
      dLow.fill(0)
      for (let i = 0; i < e.length; i += 3) {
        dHigh[e[i]!]! += e[i + 1]!
        dLow[e[i]!]! += e[i + 2]!
      }
      let h = 0
      let l = 0
      for (let c = 0; c < W; c++) {
        h += dHigh[c]!
        l += dLow[c]!
        // exact 0 in air (no float residue) keeps the exposure's fast path
        high[c] = h < 1e-9 ? 0 : h
        low[c] = l < 1e-9 ? 0 : l
      }
    }
    for (const el of this.ellipses) if (r >= el.first && r < el.end) this.addEllipseRow(el, r, high, low)
  }

  private addEllipseRow({ p, mu, coverage }: PlacedEllipse, r: number, high: Float32Array, low: Float32Array): void {
    const g = this.grid
    const yMm = g.detectorTopMm - (r + 0.5) * g.mmPerElement
    const dy = (yMm - p.cy) / p.ry
    const dy2 = Math.min(1, dy * dy)
    const half = p.rx * Math.sqrt(1 - dy2)
    const cols = span(colOf(g, p.cx - half), colOf(g, p.cx + half), g.lines)
    const inner2 = (p.innerFraction ?? 0) ** 2
    for (let c = cols.first; c < cols.end; c++) {
      const dx = (g.originXMm + (c + 0.5) * g.mmPerLine - p.cx) / p.rx
      const r2 = dx * dx + dy2
      if (r2 > 1 && cols.coverage === 1) continue
      if (r2 < inner2) continue
      const path = p.pathMm * cols.coverage * coverage * (p.rounded ? Math.sqrt(Math.max(0, 1 - r2)) || 0.1 : 1)
      high[c]! += mu.high * path
      low[c]! += mu.low * path
    }
  }
}

const colOf = (g: ScanGrid, xMm: number) => (xMm - g.originXMm) / g.mmPerLine
const rowOf = (g: ScanGrid, yMm: number) => (g.detectorTopMm - yMm) / g.mmPerElement

/**
 * Pixel span [first, end) whose centres fall in [a, b). A feature thinner than
 * a pixel still gets one pixel, with its path scaled down by its coverage, so
 * a 40 mm roof sheet does not vanish from a coarse test scan.
 */
function span(a: number, b: number, limit: number): { first: number; end: number; coverage: number } {
  let first = Math.round(a)
  let end = Math.round(b)
  let coverage = 1
  if (end <= first) {
    first = Math.floor((a + b) / 2)
    end = first + 1
    coverage = Math.max(0, b - a)
  }
  return { first: Math.max(0, first), end: Math.min(limit, end), coverage }
}

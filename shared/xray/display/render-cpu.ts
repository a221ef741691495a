// CPU render path: the visible part of the scan at the current zoom, as RGBA
// for putImageData. Only canvas pixels are visited (a zoomed-out view of 16 MP
// touches ~1 MP), each with nearest sampling of the matching pyramid level and
// table lookups, no per-pixel function calls, one 32-bit store per pixel.
import { BACKGROUND_RGB, type DisplaySettings } from './display-settings'
import { sharpenGrey } from './edges'
import { materialClasses, materialRgb, type MaterialParams } from './material'
import { materialClassMap } from './material-class-map'
import { packRgba } from './rgba'
import type { XrayScan } from './scan'
import { pyramidLevelForZoom, scanAtLevel } from './scan-pyramid'
import type { Viewport } from './viewport'
import { buildGreyLut, buildRgbaLut } from './window-level-lut'

export interface CpuView {
  viewport: Viewport
  display: DisplaySettings
  /** Needed for material colour; without it (or without a low plane) the image stays grey. */
  material?: MaterialParams
}

const background = packRgba(...BACKGROUND_RGB)

/** For each canvas column (or row): the image column it samples, −1 when outside the image. */
export function sampleIndices(origin: number, zoom: number, count: number, imageSize: number): Int32Array {
  const out = new Int32Array(count)
  for (let c = 0; c < count; c++) {
    const i = Math.floor(origin + (c + 0.5) / zoom)
    out[c] = i >= 0 && i < imageSize ? i : -1
  }
  return out
}

let colourTable: Uint32Array | null = null
/** Packed RGBA for (class << 8 | grey). */
function materialColourTable(): Uint32Array {
  if (!colourTable) {
    colourTable = new Uint32Array(materialClasses.length * 256)
    for (let cls = 0; cls < materialClasses.length; cls++) {
      for (let g = 0; g < 256; g++) colourTable[(cls << 8) | g] = packRgba(...materialRgb(cls, g))
    }
  }
  return colourTable
}

export function renderCpu(fullScan: XrayScan, view: CpuView, out?: Uint8ClampedArray): Uint8ClampedArray {
  const { viewport: vp, display } = view
  const W = vp.width
  const H = vp.height
  const rgba = out && out.length === W * H * 4 ? out : new Uint8ClampedArray(W * H * 4)
  const out32 = new Uint32Array(rgba.buffer, rgba.byteOffset, W * H)
  // Zoomed out, sample the pyramid level nearest the view's own resolution.
  const level = pyramidLevelForZoom(vp.zoom)
  const scan = scanAtLevel(fullScan, level)
  const f = 2 ** level
  const cols = sampleIndices(vp.originX / f, vp.zoom * f, W, scan.width)
  const rows = sampleIndices(vp.originY / f, vp.zoom * f, H, scan.height)
  const high = scan.high
  const sw = scan.width
  const useMaterial = display.material && !!scan.low && !!view.material
  // At zoom 1 every canvas row is a run of one image row: the loops can skip the column table.
  const contiguous = W > 0 && cols[0]! >= 0 && cols[W - 1]! === cols[0]! + W - 1

  if (!useMaterial && !display.edges) {
    // The common case (window/level, invert): one lookup straight to RGBA.
    const lut = buildRgbaLut(display.window, display.invert)
    let o = 0
    for (let oy = 0; oy < H; oy++) {
      const iy = rows[oy]!
      if (iy < 0) {
        out32.fill(background, o, o + W)
        o += W
        continue
      }
      const base = iy * sw
      if (contiguous) {
        for (let i = base + cols[0]!, end = i + W; i < end; i++, o++) out32[o] = lut[high[i]!]!
        continue
      }
      for (let ox = 0; ox < W; ox++, o++) {
        const ix = cols[ox]!
        out32[o] = ix < 0 ? background : lut[high[base + ix]!]!
      }
    }
    return rgba
  }

  const greyLut = buildGreyLut(display.window, display.invert)
  const table = materialColourTable()
  if (!display.edges) {
    // Material colour alone: class and grey straight from the scan, one pass.
    const classes = materialClassMap(scan, view.material!)
    for (let oy = 0, o = 0; oy < H; oy++) {
      const iy = rows[oy]!
      if (iy < 0) {
        out32.fill(background, o, o + W)
        o += W
        continue
      }
      const base = iy * sw
      if (contiguous) {
        for (let i = base + cols[0]!, end = i + W; i < end; i++, o++) out32[o] = table[(classes[i]! << 8) | greyLut[high[i]!]!]!
        continue
      }
      for (let ox = 0; ox < W; ox++, o++) {
        const ix = cols[ox]!
        out32[o] = ix < 0 ? background : table[(classes[base + ix]! << 8) | greyLut[high[base + ix]!]!]!
      }
    }
    return rgba
  }

  // Edges work on what is displayed: grey first, sharpened, then coloured.
  let grey: Uint8Array = new Uint8Array(W * H)
  for (let oy = 0, o = 0; oy < H; oy++) {
    const iy = rows[oy]!
    if (iy < 0) {
      o += W
      continue
    }
    const base = iy * sw
    for (let ox = 0; ox < W; ox++, o++) {
      const ix = cols[ox]!
      if (ix >= 0) grey[o] = greyLut[high[base + ix]!]!
    }
  }
  if (display.edges) grey = sharpenGrey(grey, W, H, display.edgeAmount)

  // Without material colour every pixel uses class 0 (grey) of the same table.
  const classes = useMaterial ? materialClassMap(scan, view.material!) : null
  for (let oy = 0, o = 0; oy < H; oy++) {
    const iy = rows[oy]!
    if (iy < 0) {
      out32.fill(background, o, o + W)
      o += W
      continue
    }
    const base = iy * sw
    for (let ox = 0; ox < W; ox++, o++) {
      const ix = cols[ox]!
      if (ix < 0) out32[o] = background
      else out32[o] = table[(classes ? classes[base + ix]! << 8 : 0) | grey[o]!]!
    }
  }
  return rgba
}

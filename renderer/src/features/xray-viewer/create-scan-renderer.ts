// Picks the renderer: WebGL2 on a GPU unless told otherwise, else the CPU.
// A canvas keeps the first context type it hands out, so when WebGL2 fails
// after its context was created the viewer must mount a fresh canvas for the
// CPU path ("remount").
import type { XrayScan } from '../../../../shared/xray/display/scan'
import { createCpuScanRenderer } from './cpu-scan-renderer'
import type { FallbackReason, RendererPreference, ScanRenderer } from './scan-renderer'
import { probeWebGl2 } from './webgl2-probe'
import { createWebGl2ScanRenderer, type WebGl2Options } from './webgl2-scan-renderer'

export type RendererChoice = { renderer: ScanRenderer; fallbackReason: FallbackReason | null } | { remount: FallbackReason }

export function createScanRenderer(canvas: HTMLCanvasElement, scan: XrayScan, preference: RendererPreference, gpu: WebGl2Options = {}): RendererChoice {
  // "auto" leaves software WebGL2 alone: the CPU path is faster than an emulated GPU.
  const softwareOnly = preference === 'auto' && probeWebGl2().software
  if (preference !== 'cpu' && !softwareOnly) {
    let gpuRenderer: ScanRenderer | null
    try {
      gpuRenderer = createWebGl2ScanRenderer(canvas, scan, gpu)
    } catch (error) {
      console.error('X-ray viewer: the WebGL2 renderer failed; using the CPU', error)
      return { remount: 'noWebgl2' }
    }
    if (gpuRenderer) return { renderer: gpuRenderer, fallbackReason: null }
  }
  const cpu = createCpuScanRenderer(canvas, scan)
  if (!cpu) throw new Error('X-ray viewer: the canvas gives neither a WebGL2 nor a 2D context')
  return { renderer: cpu, fallbackReason: preference === 'cpu' ? 'forced' : softwareOnly ? 'softwareWebgl2' : 'noWebgl2' }
}

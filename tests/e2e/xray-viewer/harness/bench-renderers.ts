// Timings of both renderers in the browser, on canvases of their own:
// texture upload, then window/level redraws (each followed by a 1-pixel
// readback so the GPU time is included, not just command submission).
import { createCpuScanRenderer } from '../../../../renderer/src/features/xray-viewer/cpu-scan-renderer'
import { createWebGl2ScanRenderer } from '../../../../renderer/src/features/xray-viewer/webgl2-scan-renderer'
import type { ScanRenderer } from '../../../../renderer/src/features/xray-viewer/scan-renderer'
import type { SyntheticScan } from '../../../../shared/xray/display/synthetic-scan'
import type { DisplaySettings } from '../../../../shared/xray/display/display-settings'

type Timings = Record<string, number>

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const round = (n: number) => Math.round(n * 100) / 100

export function benchRenderers(s: SyntheticScan, iterations: number): Timings {
  const out: Timings = {}
  const views = {
    full: { originX: 0, originY: 0, zoom: 1, width: s.scan.width, height: s.scan.height },
    screen: { originX: 1000, originY: 200, zoom: 1, width: 1440, height: 900 },
  }
  const display = (i: number, over: Partial<DisplaySettings> = {}): DisplaySettings => ({
    window: { center: 20000 + (i % 20) * 1000, width: 30000 + (i % 7) * 2000 },
    invert: false,
    material: false,
    edges: false,
    edgeAmount: 1,
    ...over,
  })
  const run = (name: string, r: ScanRenderer, viewport: (typeof views)['full'], over: Partial<DisplaySettings> = {}) => {
    const times: number[] = []
    for (let i = 0; i < iterations + 2; i++) {
      const t0 = performance.now()
      r.draw({ viewport, display: display(i, over), material: s.material })
      r.finish()
      if (i >= 2) times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    out[`${name}_p50_ms`] = round(percentile(times, 50))
    out[`${name}_p99_ms`] = round(percentile(times, 99))
  }
  for (const kind of ['webgl2', 'cpu'] as const) {
    for (const [viewName, viewport] of Object.entries(views)) {
      const canvas = document.createElement('canvas')
      canvas.width = viewport.width
      canvas.height = viewport.height
      const t0 = performance.now()
      const r = kind === 'webgl2' ? createWebGl2ScanRenderer(canvas, s.scan) : createCpuScanRenderer(canvas, s.scan)
      if (!r) {
        out[`${kind}_unavailable`] = 1
        continue
      }
      if (kind === 'webgl2') {
        r.draw({ viewport, display: display(0), material: s.material })
        r.finish()
        out[`${kind}_${viewName}_upload_and_first_frame_ms`] = round(performance.now() - t0)
      }
      run(`${kind}_${viewName}_window_level`, r, viewport)
      run(`${kind}_${viewName}_material`, r, viewport, { material: true })
      run(`${kind}_${viewName}_material_edges`, r, viewport, { material: true, edges: true })
      r.dispose()
    }
  }
  return out
}

// X-ray display on the CPU path: window/level and material colour over a full
// 2,000 × 8,000 dual-energy scan (every pixel rendered at zoom 1), a typical
// 1,920 × 1,080 viewport at zoom 1 and zoomed out to the whole scan, edge
// enhancement, and auto-window from the histogram.
// Goal: a window/level update at full resolution under 50 ms.
// (The GPU path needs a browser: tests/e2e/xray-viewer.spec.ts prints its timings.)
import { performance } from 'node:perf_hooks'
import { renderCpu, type CpuView } from '../shared/xray/display/render-cpu'
import { syntheticScan } from '../shared/xray/display/synthetic-scan'
import { histogram16 } from '../shared/xray/display/histogram'
import { autoWindow } from '../shared/xray/display/auto-window'
import { materialClassMap } from '../shared/xray/display/material-class-map'
import { MAX_PYRAMID_LEVEL, scanAtLevel } from '../shared/xray/display/scan-pyramid'
import { fitViewport } from '../shared/xray/display/viewport'
import type { DisplaySettings } from '../shared/xray/display/display-settings'

type Results = Record<string, { value: number; unit: string }>

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const round = (n: number) => Math.round(n * 100) / 100

/** Times `run` (after warm-up), changing the window each time as a drag does. */
function time(iterations: number, run: (i: number) => void): number[] {
  for (let i = 0; i < 3; i++) run(i)
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now()
    run(i)
    times.push(performance.now() - t0)
  }
  return times.sort((a, b) => a - b)
}

export async function xrayDisplayBench(iterations = Number(process.env.BENCH_XRAY_ITERATIONS ?? 40)): Promise<Results> {
  const width = 2000
  const height = 8000
  const { scan, material } = syntheticScan(width, height)
  const display = (i: number, over: Partial<DisplaySettings> = {}): DisplaySettings => ({
    window: { center: 20000 + (i % 20) * 1000, width: 30000 + (i % 7) * 2000 },
    invert: false,
    material: false,
    edges: false,
    edgeAmount: 1,
    ...over,
  })
  const full = { originX: 0, originY: 0, zoom: 1, width, height }
  const screen = { originX: 0, originY: 2000, zoom: 1, width: 1920, height: 1080 }
  const out = new Uint8ClampedArray(width * height * 4)
  const results: Results = {}
  const record = (name: string, times: number[]) => {
    results[`${name}_p50`] = { value: round(percentile(times, 50)), unit: 'ms' }
    results[`${name}_p99`] = { value: round(percentile(times, 99)), unit: 'ms' }
  }
  const view = (viewport: CpuView['viewport'], d: DisplaySettings): CpuView => ({ viewport, display: d, material })

  // Material classes are computed once per scan (then cached): measured on its own, before the renders reuse it.
  const classesStart = performance.now()
  materialClassMap(scan, material)
  results['xray_material_class_map_2000x8000_once'] = { value: round(performance.now() - classesStart), unit: 'ms' }
  record('xray_cpu_window_level_2000x8000', time(iterations, (i) => renderCpu(scan, view(full, display(i)), out)))
  record('xray_cpu_material_2000x8000', time(Math.ceil(iterations / 2), (i) => renderCpu(scan, view(full, display(i, { material: true })), out)))
  record('xray_cpu_edges_2000x8000', time(Math.ceil(iterations / 2), (i) => renderCpu(scan, view(full, display(i, { edges: true })), out)))
  // Zoomed out to the whole scan: the renderer samples a pyramid level, built once per scan.
  const pyramidStart = performance.now()
  scanAtLevel(scan, MAX_PYRAMID_LEVEL)
  results['xray_pyramid_build_2000x8000_once'] = { value: round(performance.now() - pyramidStart), unit: 'ms' }
  const fit = fitViewport(width, height, 1920, 1080)
  record('xray_cpu_window_level_fit_1920x1080', time(iterations, (i) => renderCpu(scan, view(fit, display(i)))))
  record('xray_cpu_window_level_1920x1080', time(iterations, (i) => renderCpu(scan, view(screen, display(i)))))
  record('xray_cpu_material_edges_1920x1080', time(iterations, (i) => renderCpu(scan, view(screen, display(i, { material: true, edges: true })))))
  record('xray_auto_window_2000x8000', time(Math.ceil(iterations / 4), () => autoWindow(histogram16(scan.high, 4))))
  return results
}

// Run on its own: npx tsx bench/xray-display-bench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await xrayDisplayBench()
  for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(40)} ${v.value} ${v.unit}`)
}

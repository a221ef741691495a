// Scan file to first paint, as the workstation does it on a machine without a GPU (the CPU path):
// the drop-folder driver decodes both 16-bit PNG planes, the lane joins them into the buffer the
// media route serves (the durable file is written in the background, timed apart), the viewer
// finds an auto window from the histogram and draws the whole scan into a 1,440 × 900 view.
// Goal: under 400 ms for 2,000 × 8,000 × 2 planes.
// Not counted: the loopback transfer of the 64 MB planes to the renderer (a fetch from 127.0.0.1)
// and the browser's canvas upload; tests/e2e/xray-viewer.spec.ts prints the GPU path's timings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { decodePlane } from '../drivers/xray/decode-plane'
import { encodePlane } from '../drivers/simulators/xray/encode-plane'
import { renderScan } from '../drivers/simulators/xray/render-scan'
import { vehicleScene } from '../drivers/simulators/xray/vehicle-scene'
import { createSimulatedDetector } from '../drivers/simulators/xray/simulated-detector'
import { joinPlanes, writeScanPlanesAsync } from '../electron/services/vehicle-lane/scan-files'
import { histogram16 } from '../shared/xray/display/histogram'
import { autoWindow } from '../shared/xray/display/auto-window'
import { renderCpu } from '../shared/xray/display/render-cpu'
import { fitViewport } from '../shared/xray/display/viewport'

type Results = Record<string, { value: number; unit: string }>
const round = (n: number) => Math.round(n * 100) / 100

export async function scanFirstPaintBench(runs = Number(process.env.BENCH_FIRST_PAINT_RUNS ?? 5)): Promise<Results> {
  const elements = 2000
  const lines = 8000
  const rendered = renderScan({ scene: vehicleScene({ kind: 'truck', concealed: [{ kind: 'person' }], seed: 7 }), detector: createSimulatedDetector(elements, 3), lines, seed: 7, energyMode: 'dual' })
  const dir = mkdtempSync(join(tmpdir(), 'checkpoint-first-paint-'))
  const files = { high: join(dir, 'high.png'), low: join(dir, 'low.png') }
  writeFileSync(files.high, await encodePlane(rendered.high, rendered.width, rendered.height, 'png'))
  writeFileSync(files.low, await encodePlane(rendered.low!, rendered.width, rendered.height, 'png'))
  const decode: number[] = []
  const store: number[] = []
  const paint: number[] = []
  const total: number[] = []
  const durable: number[] = []
  try {
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now()
      const [high, low] = await Promise.all([decodePlane(readFileSync(files.high), 'high.png'), decodePlane(readFileSync(files.low), 'low.png')])
      const t1 = performance.now()
      const bytes = joinPlanes(high.data, low.data)
      const t2 = performance.now()
      const n = high.width * high.height
      // The renderer receives the bytes and views them as uint16 (no copy).
      const planes = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2)
      const scan = { id: 'bench', width: high.width, height: high.height, high: planes.subarray(0, n), low: planes.subarray(n, 2 * n), mmPerPixel: { x: 4, y: 4 } }
      const window = autoWindow(histogram16(scan.high, 4))
      renderCpu(scan, { viewport: fitViewport(scan.width, scan.height, 1440, 900), display: { window, invert: false, material: false, edges: false, edgeAmount: 1 } })
      const t3 = performance.now()
      await writeScanPlanesAsync(dir, `scan-${i}.u16`, bytes)
      durable.push(performance.now() - t3)
      if (i === 0) continue // warm-up
      decode.push(t1 - t0)
      store.push(t2 - t1)
      paint.push(t3 - t2)
      total.push(t3 - t0)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return {
    xray_first_paint_decode_2x16bit_png: { value: round(median(decode)), unit: 'ms (2,000 × 8,000, both planes, in parallel)' },
    xray_first_paint_join_planes: { value: round(median(store)), unit: 'ms (both planes into the buffer the media route serves)' },
    xray_scan_planes_durable_write: { value: round(median(durable)), unit: 'ms (background: 64 MB written and fsynced, not on the path to first paint)' },
    xray_first_paint_window_and_draw: { value: round(median(paint)), unit: 'ms (histogram auto window + CPU draw of the whole scan into 1,440 × 900)' },
    xray_scan_file_to_first_paint: { value: round(median(total)), unit: 'ms median (goal < 400)' },
  }
}

// Run on its own: npx tsx bench/scan-first-paint-bench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await scanFirstPaintBench()
  for (const [k, v] of Object.entries(results)) console.log(`${k}  ${v.value} ${v.unit}`)
}

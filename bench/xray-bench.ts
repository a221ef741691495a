// X-ray: synthetic render time, decoding a 2000 × 8000 dual-energy 16-bit scan
// from disk (PNG and TIFF), the drop-folder driver end to end, and detector
// calibration (compute + apply) for 2000 elements × 1000 lines (goal < 200 ms).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../drivers/core/driver'
import { decodePlane } from '../drivers/xray/decode-plane'
import { nodeDropFolderFs } from '../drivers/xray/drop-folder-fs'
import { DropFolderXrayScanner, dropFolderXrayConfigSchema } from '../drivers/xray/drop-folder-xray-scanner'
import type { XrayReading } from '../drivers/xray/xray-reading'
import { encodePlane, type PlaneFormat } from '../drivers/simulators/xray/encode-plane'
import { renderAirFrames, renderDarkFrames, renderScan } from '../drivers/simulators/xray/render-scan'
import { createSimulatedDetector } from '../drivers/simulators/xray/simulated-detector'
import { SimulatedXrayScanner } from '../drivers/simulators/xray/simulated-xray-scanner'
import { vehicleScene } from '../drivers/simulators/xray/vehicle-scene'
import { applyCalibration } from '../shared/xray/calibration/apply-calibration'
import { computeCalibration } from '../shared/xray/calibration/compute-calibration'
import { elementNonUniformity } from '../shared/xray/calibration/element-uniformity'

type Results = Record<string, { value: number; unit: string }>

const ELEMENTS = 2000
const round = (n: number) => Math.round(n * 100) / 100

/** Median of `runs` timings (ms) of `fn`. */
async function time(runs: number, fn: () => unknown): Promise<number> {
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    t.push(performance.now() - start)
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!
}

export async function xrayBench(): Promise<Results> {
  const results: Results = {}
  const detector = createSimulatedDetector(ELEMENTS, 1)
  const truck = vehicleScene({ kind: 'truck', seed: 1, concealed: [{ kind: 'person' }, { kind: 'metal' }, { kind: 'organic-package' }] })

  results['xray_render_2000x6000_dual'] = { value: round(await time(3, () => renderScan({ scene: truck, detector, lines: 6000, seed: 1 }))), unit: 'ms' }
  let scan = renderScan({ scene: truck, detector, lines: 8000, seed: 2 })
  results['xray_render_2000x8000_dual'] = { value: round(await time(3, () => (scan = renderScan({ scene: truck, detector, lines: 8000, seed: 2 })))), unit: 'ms' }

  const dir = await mkdtemp(join(tmpdir(), 'xray-bench-'))
  try {
    // PNG at sharp's default deflate level 6 (what a vendor's export most likely
    // uses), at level 1 (what the simulator writes), and deflate TIFF.
    const variants: Array<{ label: string; format: PlaneFormat; level?: number }> = [
      { label: 'png', format: 'png', level: 6 },
      { label: 'png_level1', format: 'png', level: 1 },
      { label: 'tiff', format: 'tiff' },
    ]
    for (const { label, format, level } of variants) {
      const files: string[] = []
      let bytes = 0
      const encodeMs = await time(3, async () => {
        files.length = 0
        bytes = 0
        for (const [plane, data] of [['high', scan.high], ['low', scan.low!]] as const) {
          const encoded = await encodePlane(data, scan.width, scan.height, format, level)
          const file = join(dir, `${plane}-${label}.${format}`)
          await writeFile(file, encoded)
          files.push(file)
          bytes += encoded.length
        }
      })
      const decodeMs = await time(5, async () => {
        for (const f of files) await decodePlane(await readFile(f), f)
      })
      results[`xray_decode_2000x8000x2_${label}`] = { value: round(decodeMs), unit: 'ms' }
      results[`xray_encode_write_2000x8000x2_${label}`] = { value: round(encodeMs), unit: 'ms' }
      results[`xray_file_size_2000x8000x2_${label}`] = { value: round(bytes / 2 ** 20), unit: 'MiB' }
    }
    results['xray_drop_folder_take_2000x8000x2_png'] = { value: round(await dropFolderTake(join(dir, 'drop'))), unit: 'ms' }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  // Calibration: 1000 dark + 1000 air lines, applied to a 1000-line scan.
  const LINES = 1000
  const dark = renderDarkFrames(detector, LINES, 3)
  const air = renderAirFrames(detector, LINES, 4)
  const flat = renderAirFrames(detector, LINES, 5)
  const createdAt = new Date().toISOString()
  let calibration = computeCalibration({ dark, air, elements: ELEMENTS, scanner: 'bench', createdAt })
  const computeMs = await time(5, () => (calibration = computeCalibration({ dark, air, elements: ELEMENTS, scanner: 'bench', createdAt })))
  let corrected = applyCalibration(flat, LINES, ELEMENTS, calibration)
  const applyMs = await time(5, () => (corrected = applyCalibration(flat, LINES, ELEMENTS, calibration)))
  results['xray_calibration_compute_2000x1000'] = { value: round(computeMs), unit: 'ms' }
  results['xray_calibration_apply_2000x1000'] = { value: round(applyMs), unit: 'ms' }
  results['xray_calibration_total_2000x1000'] = { value: round(computeMs + applyMs), unit: 'ms' }
  results['xray_calibration_apply_2000x8000'] = { value: round(await time(3, () => applyCalibration(scan.high, scan.width, ELEMENTS, calibration))), unit: 'ms' }
  const good = { exclude: calibration.badPixels }
  const significant = (n: number) => Number(n.toPrecision(3))
  results['xray_flat_nonuniformity_raw'] = { value: significant(elementNonUniformity(flat, LINES, ELEMENTS, good)), unit: 'σ/mean' }
  results['xray_flat_nonuniformity_corrected'] = { value: significant(elementNonUniformity(corrected, LINES, ELEMENTS)), unit: 'σ/mean' }
  results['xray_calibration_bad_elements'] = { value: calibration.stats.bad.total, unit: 'elements' }
  return results
}

/** From the sidecar landing in the folder to the scan reading (driver with stableMs 0, fs.watch). */
async function dropFolderTake(folder: string): Promise<number> {
  const { mkdir } = await import('node:fs/promises')
  await mkdir(folder, { recursive: true })
  const sim = new SimulatedXrayScanner({ folder, elements: ELEMENTS, lines: 8000 })
  const config = dropFolderXrayConfigSchema.parse({ folder, stableMs: 0, rescanMs: 1000 })
  const driver = new DropFolderXrayScanner(config, nodeDropFolderFs, silentLogger, Date.now)
  await driver.open()
  try {
    const timings: number[] = []
    for (let i = 0; i < 3; i++) {
      let written = 0
      const taken = new Promise<number>((resolve) => {
        const onReading = (r: XrayReading) => {
          if (r.type !== 'scan') return
          driver.off('reading', onReading)
          resolve(performance.now())
        }
        driver.on('reading', onReading)
      })
      await sim.scanVehicle({ kind: 'truck', seed: i })
      written = performance.now()
      timings.push((await taken) - written)
    }
    return timings.sort((a, b) => a - b)[1]!
  } finally {
    await driver.close()
  }
}

// `tsx bench/xray-bench.ts` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const results = await xrayBench()
  console.table(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, `${v.value} ${v.unit}`])))
}

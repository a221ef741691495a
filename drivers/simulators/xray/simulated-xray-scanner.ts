// The device side of the X-ray drop folder: renders synthetic scans on its
// simulated detector and writes them the way a scanner does (16-bit planes,
// then the JSON sidecar), plus the faults a real folder sees: truncated,
// wrongly sized, empty, 8-bit, slowly written, orphaned and malformed files.
// Its dark and air frames come from the same detector, so a calibration
// computed from them corrects its scans.
import { rename, writeFile, appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { nodeDropFolderFs } from '../../xray/drop-folder-fs'
import type { XraySidecar } from '../../xray/xray-scan'
import { encodePlane, encodePlane8Bit, planeExtension, type PlaneFormat } from './encode-plane'
import { renderAirFrames, renderDarkFrames, renderScan, type RenderedScan } from './render-scan'
import { createSimulatedDetector, type DetectorOptions, type SimulatedDetector } from './simulated-detector'
import { vehicleScene, type Concealment, type VehicleKind } from './vehicle-scene'

export interface SimulatedXrayScannerOptions {
  /** The drop folder the driver watches. */
  folder: string
  format?: PlaneFormat
  /** Write each file as `<name>.part` and rename it when complete, or write in place. */
  convention?: 'part-rename' | 'in-place'
  scanner?: string
  /** Detector elements (scan height). */
  elements?: number
  /** Scan lines per vehicle (scan width). */
  lines?: number
  detectorSeed?: number
  detector?: DetectorOptions
  now?: () => number
}

export interface ScanVehicleRequest {
  kind: VehicleKind
  concealed?: readonly Concealment[]
  plate?: string
  seed?: number
  energyMode?: 'single' | 'dual'
}

export interface WrittenScan {
  scanId: string
  /** Names in the drop folder, sidecar first. */
  files: string[]
  rendered: RenderedScan
}

export class SimulatedXrayScanner {
  /** What the driver is given as its transport: the real file system (the wire is the folder). */
  readonly transport = nodeDropFolderFs
  readonly detector: SimulatedDetector
  readonly elements: number
  readonly lines: number
  private readonly format: PlaneFormat
  private readonly convention: 'part-rename' | 'in-place'
  private readonly scanner: string
  private readonly now: () => number
  private counter = 0
  private frameSeed = 1

  constructor(private readonly options: SimulatedXrayScannerOptions) {
    this.format = options.format ?? 'png'
    this.convention = options.convention ?? 'part-rename'
    this.scanner = options.scanner ?? 'SIM-NII-6MV'
    this.elements = options.elements ?? 2000
    this.lines = options.lines ?? 6000
    this.now = options.now ?? Date.now
    this.detector = createSimulatedDetector(this.elements, options.detectorSeed ?? 1, options.detector)
  }

  get folder(): string {
    return this.options.folder
  }

  // ---- scans -------------------------------------------------------------------

  /** Drives a vehicle through: renders it and writes its planes, then its sidecar. */
  async scanVehicle(request: ScanVehicleRequest): Promise<WrittenScan> {
    const { scanId, rendered, sidecar, planes } = await this.prepare(request)
    const files = [`${scanId}.json`, ...planes.map((p) => p.name)]
    for (const p of planes) await this.writeFileAsScanner(p.name, p.bytes)
    await this.writeFileAsScanner(files[0]!, sidecarBytes(sidecar))
    return { scanId, files, rendered }
  }

  /** A scan whose high plane is cut to half its bytes (a transfer that broke off). */
  async writeTruncated(): Promise<WrittenScan> {
    return this.writeWith({ mutate: (planes) => (planes[0]!.bytes = planes[0]!.bytes.subarray(0, planes[0]!.bytes.length >> 1)) })
  }

  /** A scan whose high plane is whole (it ends properly) but has garbage in the middle of its pixel data. */
  async writeCorrupt(): Promise<WrittenScan> {
    return this.writeWith({
      mutate: (planes) => {
        const bytes = Buffer.from(planes[0]!.bytes)
        bytes.fill(0x55, bytes.length >> 2, (bytes.length >> 2) + Math.max(64, bytes.length >> 4))
        planes[0]!.bytes = bytes
      },
    })
  }

  /** A scan whose sidecar gives a size its planes do not have. */
  async writeWrongSize(): Promise<WrittenScan> {
    return this.writeWith({ sidecar: (s) => ({ ...s, width: this.lines + 10, height: this.elements }) })
  }

  /** A scan whose high plane is an empty file. */
  async writeEmpty(): Promise<WrittenScan> {
    return this.writeWith({ mutate: (planes) => (planes[0]!.bytes = Buffer.alloc(0)) })
  }

  /** A scan whose planes are 8-bit images. */
  async write8Bit(): Promise<WrittenScan> {
    const { scanId, rendered, sidecar, planes } = await this.prepare({ kind: 'van', seed: 8 })
    planes[0]!.bytes = await encodePlane8Bit(rendered.high, rendered.width, rendered.height, this.format)
    if (planes[1] && rendered.low) planes[1].bytes = await encodePlane8Bit(rendered.low, rendered.width, rendered.height, this.format)
    return this.writePrepared(scanId, rendered, sidecar, planes)
  }

  /** A scan whose low plane has a different size from the high plane. */
  async writePlaneMismatch(): Promise<WrittenScan> {
    const { scanId, rendered, sidecar, planes } = await this.prepare({ kind: 'van', seed: 9 })
    const w = rendered.width - 1
    const cropped = new Uint16Array(w * rendered.height)
    for (let y = 0; y < rendered.height; y++) cropped.set(rendered.low!.subarray(y * rendered.width, y * rendered.width + w), y * w)
    planes[1]!.bytes = await encodePlane(cropped, w, rendered.height, this.format)
    return this.writePrepared(scanId, rendered, { ...sidecar, width: undefined, height: undefined }, planes)
  }

  /** A sidecar that names a low plane that is never written. */
  async writeMissingPlane(): Promise<WrittenScan> {
    const { scanId, rendered, sidecar, planes } = await this.prepare({ kind: 'car', seed: 10 })
    await this.writeFileAsScanner(planes[0]!.name, planes[0]!.bytes)
    await this.writeFileAsScanner(`${scanId}.json`, sidecarBytes(sidecar))
    return { scanId, files: [`${scanId}.json`, planes[0]!.name], rendered }
  }

  /** A sidecar that is not JSON (`json`) or is JSON failing the schema (`schema`), beside good planes. */
  async writeBadSidecar(kind: 'json' | 'schema' = 'json'): Promise<WrittenScan> {
    const { scanId, rendered, sidecar, planes } = await this.prepare({ kind: 'car', seed: 11 })
    for (const p of planes) await this.writeFileAsScanner(p.name, p.bytes)
    const bytes = kind === 'json' ? Buffer.from(sidecarBytes(sidecar).subarray(0, 40)) : sidecarBytes({ ...sidecar, energyMode: 'triple' as never, mmPerPixel: { x: -1, y: 2 } })
    await this.writeFileAsScanner(`${scanId}.json`, bytes)
    return { scanId, files: [`${scanId}.json`, ...planes.map((p) => p.name)], rendered }
  }

  /**
   * Writes a scan the slow way: the sidecar first, then each plane in place in
   * `chunks` pieces `gapMs` apart, so the driver sees partial files grow before
   * they are complete. Resolves when everything is written.
   */
  async writeSlowly(options: { chunks?: number; gapMs?: number; request?: ScanVehicleRequest } = {}): Promise<WrittenScan> {
    const chunks = options.chunks ?? 4
    const gapMs = options.gapMs ?? 100
    const { scanId, rendered, sidecar, planes } = await this.prepare(options.request ?? { kind: 'van', seed: 12 })
    await writeFile(join(this.folder, `${scanId}.json`), sidecarBytes(sidecar))
    for (const p of planes) {
      const step = Math.ceil(p.bytes.length / chunks)
      for (let i = 0; i < chunks; i++) {
        await appendFile(join(this.folder, p.name), p.bytes.subarray(i * step, (i + 1) * step))
        await sleep(gapMs)
      }
    }
    return { scanId, files: [`${scanId}.json`, ...planes.map((p) => p.name)], rendered }
  }

  /** A plane left as `*.part` that is never renamed and has no sidecar (the scanner crashed mid-write). */
  async writeOrphanPartial(): Promise<string> {
    const { planes } = await this.prepare({ kind: 'car', seed: 13 })
    const name = `${planes[0]!.name}.part`
    await writeFile(join(this.folder, name), planes[0]!.bytes.subarray(0, planes[0]!.bytes.length >> 1))
    return name
  }

  // ---- calibration frames --------------------------------------------------------

  /** Beam off: `lines` lines from the detector (row-major, `elements` rows × `lines`). */
  captureDark(lines: number): Uint16Array {
    return renderDarkFrames(this.detector, lines, this.frameSeed++)
  }

  /** Beam on, empty tunnel: `lines` lines of air at the given energy (row-major, `elements` rows × `lines`). */
  captureAir(lines: number, energy: 'high' | 'low' = 'high'): Uint16Array {
    return renderAirFrames(this.detector, lines, this.frameSeed++, energy)
  }

  // ---- writing ---------------------------------------------------------------------

  private async prepare(request: ScanVehicleRequest) {
    const scanId = `${this.scanner}-${String(++this.counter).padStart(6, '0')}`
    const seed = request.seed ?? this.counter
    const energyMode = request.energyMode ?? 'dual'
    const rendered = renderScan({
      scene: vehicleScene({ kind: request.kind, concealed: request.concealed ?? [], seed }),
      detector: this.detector,
      lines: this.lines,
      seed,
      energyMode,
    })
    const ext = planeExtension(this.format)
    const planes = [{ name: `${scanId}-high.${ext}`, bytes: await encodePlane(rendered.high, rendered.width, rendered.height, this.format) }]
    if (rendered.low) planes.push({ name: `${scanId}-low.${ext}`, bytes: await encodePlane(rendered.low, rendered.width, rendered.height, this.format) })
    const sidecar: XraySidecar = {
      scanId,
      time: new Date(this.now()).toISOString(),
      scanner: this.scanner,
      energyMode,
      mmPerPixel: rendered.mmPerPixel,
      ...(request.plate ? { plate: request.plate } : {}),
      planes: { high: planes[0]!.name, ...(planes[1] ? { low: planes[1].name } : {}) },
      width: rendered.width,
      height: rendered.height,
    }
    return { scanId, rendered, sidecar, planes }
  }

  private async writeWith(fault: {
    mutate?: (planes: { name: string; bytes: Buffer }[]) => void
    sidecar?: (s: XraySidecar) => XraySidecar
  }): Promise<WrittenScan> {
    const { scanId, rendered, sidecar, planes } = await this.prepare({ kind: 'van', seed: 7 })
    fault.mutate?.(planes)
    return this.writePrepared(scanId, rendered, fault.sidecar ? fault.sidecar(sidecar) : sidecar, planes)
  }

  private async writePrepared(scanId: string, rendered: RenderedScan, sidecar: XraySidecar, planes: { name: string; bytes: Buffer }[]): Promise<WrittenScan> {
    for (const p of planes) await this.writeFileAsScanner(p.name, p.bytes)
    await this.writeFileAsScanner(`${scanId}.json`, sidecarBytes(sidecar))
    return { scanId, files: [`${scanId}.json`, ...planes.map((p) => p.name)], rendered }
  }

  private async writeFileAsScanner(name: string, bytes: Uint8Array): Promise<void> {
    const path = join(this.folder, name)
    if (this.convention === 'in-place') return writeFile(path, bytes)
    await writeFile(`${path}.part`, bytes)
    await rename(`${path}.part`, path)
  }
}

const sidecarBytes = (s: XraySidecar) => Buffer.from(`${JSON.stringify(s, null, 2)}\n`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// The X-ray scanner as most vendors hand scans to a workstation: files in a
// drop folder (xray-cameras-anpr.md §1.1). The scanner writes one or two
// 16-bit planes (PNG or TIFF) and a JSON sidecar; the driver takes a scan
// once it is complete, decodes and checks it, moves the files to processed/
// and reports it. Anything wrong goes to quarantine/<name>/ with a
// reason.json and is reported as `incomplete`; the next scan still flows.
//
// Completeness: a sidecar, and every plane it names, present and unchanged
// across two checks `stableMs` apart. Files still named `*.part` (the
// write-then-rename convention) are never taken; they and any other file no
// sidecar claims are quarantined as stale once unchanged for `staleMs`.
// fs.watch makes the driver react at once; a periodic rescan catches what
// fs.watch misses (network shares, overflowed inotify queues).
import { EventEmitter } from 'node:events'
import { isAbsolute, join } from 'node:path'
import { z } from 'zod'
import type { Device, DeviceEvents, DriverDescriptor, Logger } from '../core/driver'
import { DeviceError } from '../core/device-error'
import { decodePlane, PlaneDecodeError, type DecodedPlane } from './decode-plane'
import { nodeDropFolderFs, type DropFolderFs, type FolderWatcher } from './drop-folder-fs'
import { FileStability, type ListedFile } from './file-stability'
import { belongsToSidecar, safeFolderName, sidecarBase, uniqueName } from './folder-names'
import type { XrayIncompleteReason, XrayReading } from './xray-reading'
import { xraySidecarSchema, type XrayScan, type XraySidecar } from './xray-scan'

export const dropFolderXrayConfigSchema = z
  .object({
    /** The folder the scanner writes into (absolute). */
    folder: z.string().min(1).refine(isAbsolute, 'an absolute path'),
    /** Safety-net rescan interval. */
    rescanMs: z.number().int().min(20).max(60_000).default(1000),
    /** A file must stay unchanged this long (across two checks) to count as complete. */
    stableMs: z.number().int().min(0).max(60_000).default(500),
    /** How long a sidecar may wait for a plane it names before the scan is quarantined. */
    missingPlaneMs: z.number().int().min(0).max(3_600_000).default(30_000),
    /** A file no sidecar claims (a `*.part`, an orphan plane) unchanged this long is quarantined. */
    staleMs: z.number().int().min(0).max(86_400_000).default(120_000),
    /** Planes larger than this are refused unread (a 2000 × 8000 16-bit plane is 32 MB raw). */
    maxPlaneBytes: z.number().int().min(1024).default(256 * 2 ** 20),
  })
  .strict()
export type DropFolderXrayConfig = z.output<typeof dropFolderXrayConfigSchema>

export const PROCESSED_DIR = 'processed'
export const QUARANTINE_DIR = 'quarantine'
const SIDECAR = /\.json$/i
const WATCH_DEBOUNCE_MS = 25

type SidecarVerdict = { name: string; ok: true; sidecar: XraySidecar } | { name: string; ok: false; detail: string }

/** A scan's files failed; carries where they go and why. */
class ScanRejected extends Error {
  constructor(
    readonly reason: XrayIncompleteReason,
    message: string,
  ) {
    super(message)
  }
}

export class DropFolderXrayScanner implements Device<XrayReading> {
  private readonly events = new EventEmitter()
  private readonly stability: FileStability
  private opened = false
  private watcher: FolderWatcher | null = null
  private rescanTimer: NodeJS.Timeout | null = null
  private recheckTimer: NodeJS.Timeout | null = null
  private debounceTimer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private passRequested = false

  constructor(
    private readonly config: DropFolderXrayConfig,
    private readonly fs: DropFolderFs,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {
    this.stability = new FileStability(config.stableMs)
  }

  private get folder(): string {
    return this.config.folder
  }

  async open(): Promise<void> {
    if (this.opened) return
    await this.checkFolder()
    this.opened = true
    try {
      this.watcher = this.fs.watch(this.folder, () => this.onWatchEvent(), (err) => this.onWatchError(err))
    } catch (err) {
      // inotify limits and some network file systems: the rescan still works.
      this.log.warn('cannot watch the X-ray drop folder; relying on the periodic rescan', { folder: this.folder, error: message(err) })
    }
    // Not unref'd: an open drop folder is work in progress (a bench or a CLI
    // waiting for a scan must not exit under it); close() clears it.
    this.rescanTimer = setInterval(() => this.requestPass(), this.config.rescanMs)
    this.requestPass()
  }

  async close(): Promise<void> {
    this.stop()
    await this.running
  }

  on<E extends keyof DeviceEvents<XrayReading>>(event: E, listener: DeviceEvents<XrayReading>[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DeviceEvents<XrayReading>>(event: E, listener: DeviceEvents<XrayReading>[E]): void {
    this.events.off(event, listener)
  }

  /** Look at the folder now (also what fs.watch and the rescan timer do). Resolves when that look is done. */
  async rescan(): Promise<void> {
    this.requestPass()
    while (this.running) await this.running
  }

  private stop(): void {
    this.opened = false
    this.watcher?.close()
    this.watcher = null
    for (const t of [this.rescanTimer, this.recheckTimer, this.debounceTimer]) if (t) clearTimeout(t)
    this.rescanTimer = this.recheckTimer = this.debounceTimer = null
  }

  private async checkFolder(): Promise<void> {
    const folder = this.folder
    try {
      const st = await this.fs.stat(folder)
      if (!st.isDirectory()) throw new DeviceError('fatal', 'xray-folder-not-a-directory', `The X-ray drop folder ${folder} is a file, not a folder: check the device configuration.`)
    } catch (err) {
      if (err instanceof DeviceError) throw err
      if (codeOf(err) === 'ENOENT') {
        throw new DeviceError('fatal', 'xray-folder-missing', `The X-ray drop folder ${folder} does not exist: check the device configuration or create the folder.`)
      }
      throw new DeviceError('transient', 'xray-folder-unavailable', `The X-ray drop folder ${folder} cannot be read (${message(err)}).`)
    }
    try {
      await this.fs.assertWritable(folder)
      await this.fs.mkdir(join(folder, PROCESSED_DIR))
      await this.fs.mkdir(join(folder, QUARANTINE_DIR))
    } catch (err) {
      throw unwritable(folder, err)
    }
  }

  private onWatchEvent(): void {
    if (!this.opened || this.debounceTimer) return
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null
      this.requestPass()
    }, WATCH_DEBOUNCE_MS)
  }

  private onWatchError(err: Error): void {
    this.log.warn('X-ray drop folder watch failed; relying on the periodic rescan', { folder: this.folder, error: err.message })
    this.watcher?.close()
    this.watcher = null
    this.requestPass() // finds out whether the folder itself went away
  }

  private requestPass(): void {
    if (!this.opened) return
    if (this.running) {
      this.passRequested = true
      return
    }
    this.running = this.pass()
      .catch((err) => this.failed(err))
      .finally(() => {
        this.running = null
        if (this.passRequested) {
          this.passRequested = false
          this.requestPass()
        }
      })
  }

  /** Something later will need another look (a file still growing, a plane not yet there). */
  private scheduleRecheck(): void {
    if (!this.opened || this.recheckTimer) return
    const delay = Math.max(10, Math.min(this.config.stableMs, this.config.rescanMs))
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = null
      this.requestPass()
    }, delay)
  }

  private failed(err: unknown): void {
    if (!this.opened) return
    const error =
      err instanceof DeviceError
        ? err
        : codeOf(err) === 'ENOENT'
          ? new DeviceError('transient', 'xray-folder-lost', `The X-ray drop folder ${this.folder} went away (${message(err)}).`)
          : new DeviceError('transient', 'xray-folder-io', `The X-ray drop folder ${this.folder} failed: ${message(err)}`)
    this.log.error('X-ray drop folder failed', { folder: this.folder, code: error.code, error: error.message })
    this.stop()
    this.events.emit('problem', error)
  }

  // ---- one look at the folder ------------------------------------------------

  private async pass(): Promise<void> {
    const listed = await this.list()
    const now = this.now()
    this.stability.observe(listed, now)
    const present = new Set(listed.map((f) => f.name))
    let pending = false

    // Phase 1: read every complete sidecar, so we know which files are claimed.
    const verdicts: SidecarVerdict[] = []
    const claimed = new Set<string>()
    for (const f of listed) {
      if (!SIDECAR.test(f.name)) continue
      claimed.add(f.name)
      if (!this.stability.isStable(f.name, now)) {
        pending = true
        continue
      }
      const verdict = await this.readSidecar(f.name)
      if (verdict === null) continue // vanished meanwhile
      verdicts.push(verdict)
      if (verdict.ok) for (const p of planeNames(verdict.sidecar)) claimed.add(p)
    }

    // Phase 2: take or reject each.
    for (const v of verdicts) {
      if (!this.opened) return
      if (!v.ok) {
        const siblings = [...present].filter((n) => belongsToSidecar(n, v.name) && !claimed.has(n))
        await this.quarantine(sidecarBase(v.name), [v.name, ...siblings], 'bad-sidecar', v.detail)
        continue
      }
      const outcome = await this.considerScan(v.name, v.sidecar, present, now)
      if (outcome === 'settling') pending = true
    }

    // Anything unclaimed that stopped changing long ago is a leftover.
    for (const f of listed) {
      if (!this.opened) return
      if (claimed.has(f.name) || !this.stability.has(f.name)) continue // claimed, or moved away in this pass
      if (!this.stability.isStable(f.name, now)) {
        pending = true // still being written: look again soon
      } else if (this.stability.unchangedFor(f.name, now) >= this.config.staleMs) {
        await this.quarantine(
          f.name,
          [f.name],
          'stale-partial',
          `${f.name} (${f.size} bytes) sat unchanged for ${Math.round(this.stability.unchangedFor(f.name, now) / 1000)} s with no sidecar naming it: an unfinished or orphaned file`,
        )
      } // else: the periodic rescan comes back to it; no need to poll at stableMs for minutes
    }
    if (pending) this.scheduleRecheck()
  }

  private async list(): Promise<ListedFile[]> {
    const names = await this.fs.readdir(this.folder)
    const files: ListedFile[] = []
    for (const name of names) {
      if (name === PROCESSED_DIR || name === QUARANTINE_DIR || name.startsWith('.')) continue
      try {
        const st = await this.fs.stat(join(this.folder, name))
        if (st.isFile()) files.push({ name, size: st.size, mtimeMs: st.mtimeMs })
      } catch (err) {
        if (codeOf(err) !== 'ENOENT') throw err // renamed away between readdir and stat: fine
      }
    }
    return files
  }

  private async readSidecar(name: string): Promise<SidecarVerdict | null> {
    let text: string
    try {
      text = (await this.fs.readFile(join(this.folder, name))).toString('utf8')
    } catch (err) {
      if (codeOf(err) === 'ENOENT') return null
      return { name, ok: false, detail: `${name} cannot be read (${message(err)})` }
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (err) {
      return { name, ok: false, detail: `${name} is not valid JSON (${message(err)})` }
    }
    const parsed = xraySidecarSchema.safeParse(json)
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      return { name, ok: false, detail: `${name} does not match the sidecar schema: ${issues.join('; ')}` }
    }
    return { name, ok: true, sidecar: parsed.data }
  }

  /** `settling`: files still changing, look again soon; `waiting`: a plane not there yet, the rescan will see. */
  private async considerScan(name: string, sidecar: XraySidecar, present: ReadonlySet<string>, now: number): Promise<'done' | 'waiting' | 'settling'> {
    const planes = planeNames(sidecar)
    const files = [name, ...planes.filter((p) => present.has(p))]
    const missing = planes.filter((p) => !present.has(p))
    if (missing.length) {
      if (this.stability.presentFor(name, now) < this.config.missingPlaneMs) return 'waiting'
      await this.quarantine(sidecar.scanId, files, 'missing-plane', `${name} names ${missing.join(' and ')}, which never arrived`, sidecar)
      return 'done'
    }
    if (!planes.every((p) => this.stability.isStable(p, now))) return 'settling'
    try {
      const decoded = await this.decodePlanes(sidecar)
      if (decoded === null) return 'settling' // a file vanished meanwhile
      await this.take(name, sidecar, decoded)
    } catch (err) {
      if (!(err instanceof ScanRejected)) throw err
      await this.quarantine(sidecar.scanId, files, err.reason, err.message, sidecar)
    }
    return 'done'
  }

  private async decodePlanes(sidecar: XraySidecar): Promise<{ high: DecodedPlane; low?: DecodedPlane } | null> {
    const names = planeNames(sidecar)
    for (const p of names) {
      const size = this.stability.size(p) ?? 0
      if (size > this.config.maxPlaneBytes) {
        throw new ScanRejected('file-too-large', `${p} is ${size} bytes, over the ${this.config.maxPlaneBytes}-byte limit`)
      }
    }
    // Both planes at once: sharp decodes on libuv's thread pool.
    const settled = await Promise.allSettled(names.map((p) => this.readAndDecode(p)))
    const decoded: DecodedPlane[] = []
    for (const r of settled) {
      if (r.status === 'rejected') throw r.reason // in plane order: the high plane's fault is named first
      if (r.value === null) return null
      decoded.push(r.value)
    }
    const [high, low] = decoded as [DecodedPlane, DecodedPlane | undefined]
    if (sidecar.width !== undefined || sidecar.height !== undefined) {
      for (const [i, plane] of decoded.entries()) {
        const w = sidecar.width ?? plane.width
        const h = sidecar.height ?? plane.height
        if (plane.width !== w || plane.height !== h) {
          throw new ScanRejected(
            'size-mismatch',
            `${names[i]} is ${plane.width} × ${plane.height} but the sidecar says ${sidecar.width ?? '?'} × ${sidecar.height ?? '?'} (width × height)`,
          )
        }
      }
    }
    if (low && (low.width !== high.width || low.height !== high.height)) {
      throw new ScanRejected('plane-mismatch', `the high plane ${names[0]} is ${high.width} × ${high.height} but the low plane ${names[1]} is ${low.width} × ${low.height}`)
    }
    return low ? { high, low } : { high }
  }

  /** null when the file vanished meanwhile. */
  private async readAndDecode(name: string): Promise<DecodedPlane | null> {
    let bytes: Buffer
    try {
      bytes = await this.fs.readFile(join(this.folder, name))
    } catch (err) {
      if (codeOf(err) === 'ENOENT') return null
      throw new ScanRejected('unreadable-file', `${name} cannot be read (${message(err)})`)
    }
    try {
      return await decodePlane(bytes, name)
    } catch (err) {
      if (err instanceof PlaneDecodeError) throw new ScanRejected(err.reason, err.message)
      throw new ScanRejected('corrupt-image', `${name} does not decode: ${message(err)}`)
    }
  }

  private async take(name: string, sidecar: XraySidecar, planes: { high: DecodedPlane; low?: DecodedPlane }): Promise<void> {
    const files = [name, ...planeNames(sidecar)]
    // Once the files move they are reported, even if close() came meanwhile:
    // a scan moved to processed/ but never reported would be lost.
    if (!this.opened) return
    const moved = await this.moveInto(PROCESSED_DIR, sidecar.scanId, files)
    for (const f of files) this.stability.forget(f)
    const scan: XrayScan = {
      id: sidecar.scanId,
      time: sidecar.time,
      scanner: sidecar.scanner,
      energyMode: sidecar.energyMode,
      mmPerPixel: { x: sidecar.mmPerPixel.x, y: sidecar.mmPerPixel.y },
      ...(sidecar.plate !== undefined ? { plate: sidecar.plate } : {}),
      width: planes.high.width,
      height: planes.high.height,
      high: planes.high.data,
      ...(planes.low ? { low: planes.low.data } : {}),
      source: { files: moved.files },
    }
    this.log.info('X-ray scan taken', { scanId: scan.id, width: scan.width, height: scan.height, energyMode: scan.energyMode })
    this.events.emit('reading', { type: 'scan', scan, at: this.now() } satisfies XrayReading)
  }

  private async quarantine(label: string, files: string[], reason: XrayIncompleteReason, detail: string, sidecar?: XraySidecar): Promise<void> {
    if (!this.opened) return
    const moved = await this.moveInto(QUARANTINE_DIR, label, files)
    for (const f of files) this.stability.forget(f)
    const at = this.now()
    const record = { reason, detail, scanId: sidecar?.scanId ?? null, files: files.filter((_, i) => moved.files[i] !== undefined), at: new Date(at).toISOString(), sidecar: sidecar ?? null }
    try {
      await this.fs.writeFile(join(moved.folder, 'reason.json'), `${JSON.stringify(record, null, 2)}\n`)
    } catch (err) {
      throw unwritable(this.folder, err)
    }
    this.log.warn('X-ray files quarantined', { reason, detail, folder: moved.folder })
    this.events.emit('reading', {
      type: 'incomplete',
      reason,
      detail,
      ...(sidecar ? { scanId: sidecar.scanId } : {}),
      quarantinedTo: moved.folder,
      files: moved.files,
      at,
    } satisfies XrayReading)
  }

  /** Moves files into `<area>/<label>/` (a fresh folder); files that vanished meanwhile are skipped. */
  private async moveInto(area: string, label: string, files: string[]): Promise<{ folder: string; files: string[] }> {
    const areaPath = join(this.folder, area)
    try {
      const taken = new Set(await this.fs.readdir(areaPath).catch(() => []))
      const folder = join(areaPath, uniqueName(safeFolderName(label), taken))
      await this.fs.mkdir(folder)
      const moved: string[] = []
      for (const f of files) {
        const to = join(folder, f)
        try {
          await this.fs.rename(join(this.folder, f), to)
          moved.push(to)
        } catch (err) {
          if (codeOf(err) !== 'ENOENT') throw err
        }
      }
      return { folder, files: moved }
    } catch (err) {
      throw unwritable(this.folder, err)
    }
  }
}

function planeNames(s: XraySidecar): string[] {
  return s.planes.low !== undefined ? [s.planes.high, s.planes.low] : [s.planes.high]
}

function unwritable(folder: string, err: unknown): DeviceError {
  if (err instanceof DeviceError) return err
  const code = codeOf(err)
  if (code === 'ENOENT') return new DeviceError('transient', 'xray-folder-lost', `The X-ray drop folder ${folder} went away (${message(err)}).`)
  return new DeviceError(
    'transient',
    'xray-folder-unwritable',
    `The X-ray drop folder ${folder} cannot be written (${message(err)}): the workstation must be able to move scans into processed/ and quarantine/.`,
  )
}

const codeOf = (err: unknown): string | undefined => (err as { code?: unknown } | null)?.code as string | undefined
const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

export const dropFolderXrayDriver: DriverDescriptor<DropFolderXrayConfig, DropFolderFs, XrayReading> = {
  id: 'xray-drop-folder',
  kind: 'xray',
  displayName: 'Vehicle X-ray scanner (drop folder: 16-bit PNG/TIFF planes + JSON sidecar)',
  capabilities: [],
  configSchema: dropFolderXrayConfigSchema,
  create: ({ config, transport, log, now }) => new DropFolderXrayScanner(config, transport ?? nodeDropFolderFs, log, now),
}

// Fingerprint engine bench: extraction time, comparisons per second, accuracy on synthetic fingers
// (EER, FNMR at FMR 1e-4, FMR at the default threshold) and 1:N search latency through the
// MatcherPool. Synthetic impressions come from the seeded generator; rendering is the slow part, so
// it runs on worker threads and the images are cached in the temp folder between runs.
// `tsx bench/fingerprint-bench.ts --calibrate` fits the score calibration on a separate set of fingers.
// Sizes: BENCH_FP_FINGERS (200), BENCH_FP_IMPRESSIONS (8), BENCH_FP_GALLERY (100000),
// BENCH_FP_SEARCHES (200), BENCH_FP_RENDER_WORKERS (2). A first run renders 1,600 impressions
// (about 5 minutes on 2 shared cores); later runs take about 3 minutes.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { performance } from 'node:perf_hooks'
import type { GreyImage } from '../shared/fingerprints/grey-image'
import { createFinger, randomImpressionOptions, renderImpression } from '../drivers/simulators/fingerprint/synthetic'
import { compare, compareRaw } from '../electron/services/fingerprints/engine/compare-templates'
import { extractMinutiae } from '../electron/services/fingerprints/engine/extract-minutiae'
import { DEFAULT_VERIFICATION_THRESHOLD, thresholdForFpir } from '../electron/services/fingerprints/engine/fpir-threshold'
import { MatcherPool } from '../electron/services/fingerprints/engine/matcher-pool'
import { startWorker } from '../electron/services/fingerprints/engine/typescript-worker'
import { prepareTemplate, type PreparedTemplate } from '../electron/services/fingerprints/engine/prepared-template'
import { fitScoreCalibration } from '../electron/services/fingerprints/engine/score-calibration-fit'
import type { GalleryFinger } from '../electron/services/fingerprints/engine/search-index'
import type { Template } from '../electron/services/fingerprints/engine/template'
import { perturbTemplate, seededRandom } from '../electron/services/fingerprints/engine/template-perturbation'

type Results = Record<string, { value: number; unit: string }>

const here = dirname(fileURLToPath(import.meta.url))
const syntheticDir = resolve(here, '../drivers/simulators/fingerprint/synthetic')
const WIDTH = 300
const HEIGHT = 400

interface RenderJob {
  fingerSeed: number
  impression: number
}

/** The impression options of impression k of a finger: seeded, so every run sees the same prints. */
function impressionSeed(job: RenderJob): number {
  return job.fingerSeed * 100 + job.impression
}

function render(job: RenderJob): GreyImage {
  return renderImpression(createFinger(job.fingerSeed), job.impression, randomImpressionOptions(impressionSeed(job)), { width: WIDTH, height: HEIGHT })
}

// Worker side: render the jobs it is given and send the pixels back.
if (!isMainThread && (workerData as { role?: string } | null)?.role === 'fingerprint-render') {
  const jobs = (workerData as { jobs: RenderJob[] }).jobs
  for (const job of jobs) {
    const image = render(job)
    parentPort!.postMessage({ job, pixels: image.pixels }, [image.pixels.buffer as ArrayBuffer])
  }
}

/** A cache folder keyed by the generator's sources, so a changed generator never serves stale prints. */
function cacheDir(): string {
  const hash = createHash('sha256')
  for (const name of readdirSync(syntheticDir).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(name).update(readFileSync(join(syntheticDir, name)))
  }
  const dir = join(tmpdir(), 'checkpoint-fingerprint-bench', hash.digest('hex').slice(0, 16))
  mkdirSync(dir, { recursive: true })
  return dir
}

async function renderAll(jobs: RenderJob[]): Promise<GreyImage[]> {
  const dir = cacheDir()
  const file = (job: RenderJob): string => join(dir, `${job.fingerSeed}-${job.impression}.grey`)
  const images = new Map<string, GreyImage>()
  const missing: RenderJob[] = []
  for (const job of jobs) {
    const path = file(job)
    if (existsSync(path) && statSync(path).size === WIDTH * HEIGHT) images.set(path, { width: WIDTH, height: HEIGHT, ppi: 500, pixels: new Uint8Array(readFileSync(path)) })
    else missing.push(job)
  }
  const workers = Math.max(1, Number(process.env.BENCH_FP_RENDER_WORKERS ?? 2))
  if (missing.length > 0) {
    process.stderr.write(`fingerprint bench: rendering ${missing.length} synthetic impressions on ${workers} threads (cached in ${dir})…\n`)
    const shares: RenderJob[][] = Array.from({ length: workers }, () => [])
    // Group by finger so each worker grows each master pattern once.
    missing.forEach((job) => shares[job.fingerSeed % workers]!.push(job))
    await Promise.all(
      shares.map(
        (share) =>
          new Promise<void>((done, fail) => {
            if (share.length === 0) return done()
            const worker = startWorker(new URL(import.meta.url), { workerData: { role: 'fingerprint-render', jobs: share } })
            let received = 0
            worker.on('message', ({ job, pixels }: { job: RenderJob; pixels: Uint8Array }) => {
              writeFileSync(file(job), pixels)
              images.set(file(job), { width: WIDTH, height: HEIGHT, ppi: 500, pixels })
              if (++received === share.length) void worker.terminate().then(() => done())
            })
            worker.on('error', fail)
          }),
      ),
    )
  }
  return jobs.map((job) => images.get(file(job))!)
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits

/** Fingers × impressions, extracted, with per-image extraction times. */
async function syntheticSet(firstSeed: number, fingers: number, impressions: number): Promise<{ templates: Template[][]; extractMs: number[] }> {
  const jobs: RenderJob[] = []
  for (let f = 0; f < fingers; f++) for (let i = 1; i <= impressions; i++) jobs.push({ fingerSeed: firstSeed + f, impression: i })
  const images = await renderAll(jobs)
  // Warm the JIT on a few images first so the times are steady-state.
  for (let k = 0; k < Math.min(10, images.length); k++) extractMinutiae(images[k]!)
  const extractMs: number[] = []
  const templates: Template[][] = []
  images.forEach((image, k) => {
    const started = performance.now()
    const template = extractMinutiae(image)
    extractMs.push(performance.now() - started)
    const f = Math.floor(k / impressions)
    ;(templates[f] ??= []).push(template)
  })
  return { templates, extractMs }
}

/** Impostor comparisons: every impression of a finger against the first impression of every other finger. */
function impostorScores(prepared: PreparedTemplate[][], score: (a: PreparedTemplate, b: PreparedTemplate) => number): number[] {
  const scores: number[] = []
  for (let f = 0; f < prepared.length; f++) {
    for (let g = 0; g < prepared.length; g++) {
      if (f === g) continue
      for (const probe of prepared[f]!) scores.push(score(probe, prepared[g]![0]!))
    }
  }
  return scores
}

/** Genuine comparisons: every pair of impressions of each finger (the FVC protocol). */
function genuineScores(prepared: PreparedTemplate[][], score: (a: PreparedTemplate, b: PreparedTemplate) => number): number[] {
  const scores: number[] = []
  for (const finger of prepared) for (let a = 0; a < finger.length; a++) for (let b = a + 1; b < finger.length; b++) scores.push(score(finger[a]!, finger[b]!))
  return scores
}

function errorRates(genuine: number[], impostor: number[]): { eer: number; fnmrAtFmr1e4: number; fmrAtDefault: number; fnmrAtDefault: number } {
  const g = [...genuine].sort((a, b) => a - b)
  const im = [...impostor].sort((a, b) => a - b)
  const below = (sorted: number[], t: number): number => {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < t) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const fnmr = (t: number): number => below(g, t) / g.length
  const fmr = (t: number): number => (im.length - below(im, t)) / im.length
  let eer = 1
  for (const t of [...new Set([...g, ...im])]) eer = Math.min(eer, Math.max(fnmr(t), fmr(t)), eer)
  // Lowest threshold whose FMR ≤ 1e-4, then the FNMR there.
  const candidates = [...new Set(im)].sort((a, b) => a - b)
  let t4 = (im.at(-1) ?? 0) + 1e-9
  for (const t of candidates) {
    const next = t + 1e-9
    if (fmr(next) <= 1e-4) {
      t4 = next
      break
    }
  }
  return { eer, fnmrAtFmr1e4: fnmr(t4), fmrAtDefault: fmr(DEFAULT_VERIFICATION_THRESHOLD), fnmrAtDefault: fnmr(DEFAULT_VERIFICATION_THRESHOLD) }
}

export async function fingerprintBench(): Promise<Results> {
  const fingers = Number(process.env.BENCH_FP_FINGERS ?? 200)
  const impressions = Number(process.env.BENCH_FP_IMPRESSIONS ?? 8)
  const gallerySize = Number(process.env.BENCH_FP_GALLERY ?? 100_000)
  const searches = Number(process.env.BENCH_FP_SEARCHES ?? 200)
  const results: Results = {}

  // Extraction.
  const { templates, extractMs } = await syntheticSet(1, fingers, impressions)
  const sortedMs = [...extractMs].sort((a, b) => a - b)
  results['fp_extract_ms_p50'] = { value: round(percentile(sortedMs, 50)), unit: 'ms per 300×400 image' }
  results['fp_extract_ms_p99'] = { value: round(percentile(sortedMs, 99)), unit: 'ms per 300×400 image' }
  const minutiaCounts = templates.flat().map((t) => t.minutiae.length)
  results['fp_minutiae_per_template_mean'] = { value: round(minutiaCounts.reduce((a, b) => a + b, 0) / minutiaCounts.length, 1), unit: 'minutiae' }

  // Accuracy (FVC-style protocol on synthetic fingers).
  const prepared = templates.map((finger) => finger.map(prepareTemplate))
  const genuine = genuineScores(prepared, compare)
  const impostorStarted = performance.now()
  const impostorCpu = process.cpuUsage()
  const impostor = impostorScores(prepared, compare)
  const impostorSeconds = (performance.now() - impostorStarted) / 1000
  const impostorCpuUsed = process.cpuUsage(impostorCpu)
  const impostorCpuSeconds = (impostorCpuUsed.user + impostorCpuUsed.system) / 1e6
  const rates = errorRates(genuine, impostor)
  results['fp_accuracy_fingers'] = { value: fingers, unit: `synthetic fingers × ${impressions} impressions` }
  results['fp_genuine_comparisons'] = { value: genuine.length, unit: 'comparisons' }
  results['fp_impostor_comparisons'] = { value: impostor.length, unit: 'comparisons' }
  results['fp_eer'] = { value: round(rates.eer * 100, 3), unit: '%' }
  results['fp_fnmr_at_fmr_1e-4'] = { value: round(rates.fnmrAtFmr1e4 * 100, 3), unit: '%' }
  results['fp_fmr_at_default_threshold_40'] = { value: round(rates.fmrAtDefault * 100, 4), unit: '% (calibrated target 0.01 %)' }
  results['fp_fnmr_at_default_threshold_40'] = { value: round(rates.fnmrAtDefault * 100, 3), unit: '%' }

  // Comparisons per second on one core (impostor comparisons: what a 1:N search mostly does).
  results['fp_comparisons_per_second_one_core'] = { value: Math.round(impostor.length / impostorSeconds), unit: 'comparisons/s wall clock (impostor, prepared templates)' }
  // The machine is shared: CPU time says what one core does when it is not taken by others.
  results['fp_comparisons_per_cpu_second'] = { value: Math.round(impostor.length / impostorCpuSeconds), unit: 'comparisons per CPU-second' }

  // 1:N through the pool. The first half of the fingers are the travellers: impression 1 enrolled,
  // the last impression searched. The rest of the gallery is derived by perturbing real templates of
  // the other half (never of a traveller's finger), so a rank-1 hit means the mate beat them all.
  const random = seededRandom(1234)
  const travellers = Math.max(1, Math.floor(fingers / 2))
  const gallery: GalleryFinger[] = templates.slice(0, travellers).map((finger, f) => ({ subjectId: `finger-${f}`, fingerPosition: 2, template: finger[0]! }))
  const others = templates.slice(travellers).flat()
  const sources = others.length > 0 ? others : templates.flat()
  while (gallery.length < gallerySize) {
    gallery.push({ subjectId: `derived-${gallery.length}`, fingerPosition: 2, template: perturbTemplate(sources[Math.floor(random() * sources.length)]!, random) })
  }
  const matcherPool = new MatcherPool({ workers: 2 })
  try {
    const loadStarted = performance.now()
    for (let k = 0; k < gallery.length; k += 10_000) await matcherPool.add(gallery.slice(k, k + 10_000))
    results['fp_1n_gallery_fingers'] = { value: gallery.length, unit: `fingers (${travellers} enrolled synthetic templates; the rest perturbed copies of ${others.length} real templates of other fingers)` }
    results['fp_1n_gallery_load_s'] = { value: round((performance.now() - loadStarted) / 1000), unit: 's' }
    const latencies: number[] = []
    let rankOne = 0
    for (let s = 0; s < searches + 5; s++) {
      const f = s % travellers
      const started = performance.now()
      // Later impressions in turn (never impression 1, which is enrolled).
      const impression = impressions - 1 - (Math.floor(s / travellers) % Math.max(1, impressions - 1))
      const candidates = await matcherPool.search([{ fingerPosition: 2, template: templates[f]![impression]! }], { maxCandidates: 10 })
      if (s >= 5) {
        latencies.push(performance.now() - started)
        if (candidates[0]?.subjectId === `finger-${f}`) rankOne++
      }
    }
    latencies.sort((a, b) => a - b)
    results['fp_1n_search_ms_p50'] = { value: round(percentile(latencies, 50)), unit: 'ms (2 workers)' }
    results['fp_1n_search_ms_p99'] = { value: round(percentile(latencies, 99)), unit: 'ms (2 workers)' }
    results['fp_1n_rank1_identification_rate'] = { value: round((rankOne / searches) * 100, 2), unit: `% (${searches} searches; mate enrolled among the derived gallery)` }
    results['fp_1n_host_load_average'] = { value: round(loadavg()[0] ?? 0), unit: `runnable processes (1 min) on ${availableParallelism()} cores during the 1:N runs` }
    results['fp_1n_threshold_fpir_1pct'] = { value: round(thresholdForFpir(0.01, gallery.length), 1), unit: 'score (FPIR 1 % at this gallery size)' }
  } finally {
    await matcherPool.close()
  }
  return results
}

/** Prints a calibration table fitted on fingers the accuracy bench does not use. */
async function calibrate(): Promise<void> {
  const fingers = Number(process.env.BENCH_FP_CALIBRATION_FINGERS ?? 200)
  const impressions = Number(process.env.BENCH_FP_CALIBRATION_IMPRESSIONS ?? 4)
  const { templates } = await syntheticSet(100_001, fingers, impressions)
  const prepared = templates.map((finger) => finger.map(prepareTemplate))
  // Every impression against every impression of every other finger.
  const raw: number[] = []
  for (let f = 0; f < prepared.length; f++) for (let g = 0; g < prepared.length; g++) if (f !== g) for (const a of prepared[f]!) for (const b of prepared[g]!) raw.push(compareRaw(a, b))
  const calibration = fitScoreCalibration(raw)
  console.log(`// ${raw.length} impostor comparisons, ${fingers} synthetic fingers (seeds 100001…) × ${impressions} impressions`)
  console.log(JSON.stringify(calibration))
}

if (isMainThread && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--calibrate')) await calibrate()
  else {
    const results = await fingerprintBench()
    for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(36)} ${v.value} ${v.unit}`)
  }
}

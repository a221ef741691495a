// MRZ parse+validate throughput: our parseMrz against the `mrz` npm package (cheminfo) on the same
// generated corpus of 10,000 mixed TD1/TD2/TD3 documents. Goal (MRZ issue): at least 3× faster.
// Dev tooling: imports the fast-check corpus generator and the `mrz` package, both dev dependencies.
import fc from 'fast-check'
import { parse as mrzPackageParse } from 'mrz'
import { parseMrz } from '../shared/mrz'
import { mrzPackageComparableArbitrary } from '../shared/mrz/document-arbitraries'

type Results = Record<string, { value: number; unit: string }>

const CORPUS_SIZE = 10_000
const WARM_UP_ROUNDS = 3
const TIMED_ROUNDS = 7
const SEED = 9303

/**
 * Valid documents both parsers read alike (state codes from both tables, so neither takes a cheap
 * failure path), and every 10th with one wrong check digit, as a reader sometimes delivers.
 */
function corpus(): string[][] {
  const documents = fc.sample(mrzPackageComparableArbitrary(), { numRuns: CORPUS_SIZE, seed: SEED })
  return documents.map(({ format, lines }, i) => {
    if (i % 10 !== 0) return lines
    // The document-number check digit: L1 15 on TD1 (a digit there when the number fits), else L2 10.
    const [line, column] = format === 'TD1' ? [0, 14] : [1, 9]
    const text = lines[line] ?? ''
    const digit = text.charAt(column)
    if (digit < '0' || digit > '9') return lines
    const wrong = String((Number(digit) + 1) % 10)
    return lines.map((l, index) => (index === line ? text.slice(0, column) + wrong + text.slice(column + 1) : l))
  })
}

/** Documents per second for one pass; the valid count is returned so the work cannot be optimised away. */
function timePass(documents: readonly string[][], parse: (lines: string[]) => boolean): { perSecond: number; valid: number } {
  let valid = 0
  const started = performance.now()
  for (const lines of documents) if (parse(lines)) valid++
  const seconds = (performance.now() - started) / 1000
  return { perSecond: documents.length / seconds, valid }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits

export async function mrzBench(): Promise<Results> {
  const documents = corpus()
  const ours = (lines: string[]): boolean => parseMrz(lines).valid
  const theirs = (lines: string[]): boolean => mrzPackageParse(lines).valid

  // Same verdicts on this corpus (the differential test covers the details); a mismatch means a broken bench.
  const ourValid = timePass(documents, ours).valid
  const theirValid = timePass(documents, theirs).valid
  if (ourValid !== theirValid) throw new Error(`verdicts differ: ${ourValid} vs ${theirValid} valid`)

  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    timePass(documents, ours)
    timePass(documents, theirs)
  }
  // Interleaved rounds so drift (GC, CPU frequency) hits both alike; the median resists outliers.
  const ourRates: number[] = []
  const theirRates: number[] = []
  for (let i = 0; i < TIMED_ROUNDS; i++) {
    ourRates.push(timePass(documents, ours).perSecond)
    theirRates.push(timePass(documents, theirs).perSecond)
  }
  const ourRate = median(ourRates)
  const theirRate = median(theirRates)
  return {
    mrz_parse_docs_per_second: { value: Math.round(ourRate), unit: 'documents/s' },
    mrz_package_parse_docs_per_second: { value: Math.round(theirRate), unit: 'documents/s' },
    mrz_parse_speedup_vs_mrz_package: { value: round(ourRate / theirRate), unit: '×' },
    mrz_bench_corpus_documents: { value: documents.length, unit: 'documents' },
    mrz_bench_corpus_valid: { value: ourValid, unit: 'documents' },
  }
}

// `checkpoint match-names --pairs FILE.csv [--threshold T]`: scores name pairs
// the way screening does; with labels, precision, recall and F1 at the
// threshold, so administrators can tune it with their own data.
import { readFileSync } from 'node:fs'
import { DEFAULT_PERSON_THRESHOLD, scorePersonName } from '../../shared/screening/score-person'
import { evaluatePairs, parseNamePairsCsv } from '../../shared/screening/pair-evaluation'

export function matchNames(file: string, threshold: number | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  let pairs
  try {
    pairs = parseNamePairsCsv(readFileSync(file, 'utf8'))
  } catch (e) {
    err.write(`Cannot read ${file}: ${(e as Error).message}\n`)
    return 2
  }
  const t = threshold ?? DEFAULT_PERSON_THRESHOLD
  const scored = pairs.map((p) => ({ ...p, result: scorePersonName(p.name1, p.name2) }))
  out.write('score\tmatch\tlabel\tname1\tname2\twhy\n')
  for (const p of scored) {
    const predicted = p.result.score >= t
    const label = p.isMatch === null ? '' : p.isMatch ? 'match' : 'no-match'
    const flag = p.isMatch !== null && predicted !== p.isMatch ? (predicted ? 'FALSE-POSITIVE' : 'FALSE-NEGATIVE') : predicted ? 'match' : '-'
    const why = p.result.features.map((f) => `${f.code}${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}`).join(' ')
    out.write(`${p.result.score.toFixed(3)}\t${flag}\t${label}\t${p.name1}\t${p.name2}\t${why}\n`)
  }
  const labelled = pairs.filter((p) => p.isMatch !== null)
  if (labelled.length > 0) {
    const e = evaluatePairs(labelled, t, (a, b) => scorePersonName(a, b).score)
    out.write(
      `\n${labelled.length} labelled pairs at threshold ${t}: precision ${e.precision.toFixed(3)}, recall ${e.recall.toFixed(3)}, F1 ${e.f1.toFixed(3)} (tp ${e.tp}, fp ${e.fp}, fn ${e.fn}, tn ${e.tn})\n`,
    )
  }
  return 0
}

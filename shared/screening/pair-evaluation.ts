// Evaluating a name scorer on labelled pairs (resources/screening/name-pairs.csv): the CSV reader
// for that file's format and precision/recall at a threshold. Pure: the caller reads the file.

export interface NamePair {
  name1: string
  name2: string
  /** null when the file has no is_match column (an administrator scoring unlabelled pairs). */
  isMatch: boolean | null
  category: string
}

export interface PairEvaluation {
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
  tn: number
}

/** RFC 4180 fields of one line: commas inside double quotes, "" for a quote. */
function csvFields(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      fields.push(field)
      field = ''
    } else field += char
  }
  fields.push(field)
  return fields
}

const TRUE_LABELS = new Set(['true', '1', 'yes'])
const FALSE_LABELS = new Set(['false', '0', 'no'])

/** Parses `name1,name2[,is_match][,category]` CSV text (header required; blank lines skipped). */
export function parseNamePairsCsv(text: string): NamePair[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '')
  const header = csvFields(lines[0] ?? '').map((h) => h.trim())
  const column = (name: string): number => {
    const index = header.indexOf(name)
    if (index === -1) throw new Error(`name pairs CSV: missing column ${name}`)
    return index
  }
  const [c1, c2] = [column('name1'), column('name2')]
  const cMatch = header.indexOf('is_match')
  const cCategory = header.indexOf('category')
  return lines.slice(1).map((line, i) => {
    const fields = csvFields(line)
    if (cMatch === -1) return { name1: fields[c1] ?? '', name2: fields[c2] ?? '', isMatch: null, category: cCategory === -1 ? '' : (fields[cCategory] ?? '') }
    const label = (fields[cMatch] ?? '').trim().toLowerCase()
    if (!TRUE_LABELS.has(label) && !FALSE_LABELS.has(label)) {
      throw new Error(`name pairs CSV line ${i + 2}: is_match must be true or false, got "${label}"`)
    }
    return { name1: fields[c1] ?? '', name2: fields[c2] ?? '', isMatch: TRUE_LABELS.has(label), category: cCategory === -1 ? '' : (fields[cCategory] ?? '') }
  })
}

/** Confusion counts and precision/recall/F1 of `score` at `threshold` (score ≥ threshold = match). */
export function evaluatePairs(
  pairs: readonly NamePair[],
  threshold: number,
  score: (name1: string, name2: string) => number,
): PairEvaluation {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (const pair of pairs) {
    if (pair.isMatch === null) continue
    const predicted = score(pair.name1, pair.name2) >= threshold
    if (predicted && pair.isMatch) tp++
    else if (predicted) fp++
    else if (pair.isMatch) fn++
    else tn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, tp, fp, fn, tn }
}

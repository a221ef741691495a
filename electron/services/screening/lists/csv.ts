// CSV records from numbered lines (RFC 4180: quoted fields, "" for a quote, line breaks inside
// quotes). A quote that never closes swallows at most `maxRecordChars`; then it is reported at
// the line where the record began and parsing resumes on the next line, so one stray quote
// costs one row, not the rest of the file.

export interface CsvRecord {
  line: number
  fields: string[]
}

export interface CsvProblem {
  line: number
  message: string
}

type Parsed = { fields: string[] } | { incomplete: true } | { error: string }

/** Parses one record from `text` (which may span lines joined with \n). */
export function parseCsvRecord(text: string, delimiter: string): Parsed {
  if (!text.includes('"')) return { fields: text.split(delimiter) }
  const fields: string[] = []
  let i = 0
  const n = text.length
  for (;;) {
    if (text[i] === '"') {
      // Quoted field.
      let value = ''
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) return { incomplete: true }
        value += text.slice(i, q)
        if (text[q + 1] === '"') {
          value += '"'
          i = q + 2
          continue
        }
        i = q + 1
        break
      }
      // Spaces between the closing quote and the delimiter are tolerated.
      while (i < n && (text[i] === ' ' || text[i] === '\t') && text[i] !== delimiter) i++
      fields.push(value)
      if (i >= n) return { fields }
      if (text[i] !== delimiter) return { error: `unexpected character ${JSON.stringify(text[i])} after a closing quote (field ${fields.length})` }
      i++
    } else {
      // Unquoted field: a quote inside it (5'10") is taken literally.
      const d = text.indexOf(delimiter, i)
      if (d < 0) {
        fields.push(text.slice(i))
        return { fields }
      }
      fields.push(text.slice(i, d))
      i = d + 1
    }
    if (i >= n) {
      fields.push('')
      return { fields }
    }
  }
}

/** Picks the delimiter of a header line: comma, semicolon (spreadsheets in many locales) or tab. */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const count = (c: string) => headerLine.split(c).length - 1
  const counts: Array<[',' | ';' | '\t', number]> = [
    [',', count(',')],
    [';', count(';')],
    ['\t', count('\t')],
  ]
  counts.sort((a, b) => b[1] - a[1])
  return counts[0]![1] > 0 ? counts[0]![0] : ','
}

export class CsvAssembler {
  private pending: Array<{ no: number; text: string }> = []
  private pendingChars = 0
  delimiter: ',' | ';' | '\t' | null = null

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly onProblem: (problem: CsvProblem) => void,
    private readonly maxRecordChars: number,
  ) {}

  line(no: number, text: string): void {
    if (this.pending.length === 0) {
      if (this.delimiter === null) {
        if (text.trim() === '') return
        this.delimiter = detectDelimiter(text)
      }
      this.tryParse([{ no, text }])
      return
    }
    this.pending.push({ no, text })
    this.pendingChars += text.length + 1
    this.tryParse(this.pending)
  }

  /** An over-long line the reader dropped: a pending multi-line record cannot complete across it. */
  gap(no: number): void {
    if (this.pending.length > 0) this.abandonPending('a line of the quoted field was too long')
    void no
  }

  end(): void {
    while (this.pending.length > 0) this.abandonPending('the quoted field is never closed (file truncated?)')
  }

  private tryParse(lines: Array<{ no: number; text: string }>): void {
    const first = lines[0]!
    const text = lines.length === 1 ? first.text : lines.map((l) => l.text).join('\n')
    if (lines.length === 1 && text.trim() === '') return // blank lines separate nothing; skip them
    const parsed = parseCsvRecord(text, this.delimiter ?? ',')
    if ('fields' in parsed) {
      this.pending = []
      this.pendingChars = 0
      this.onRecord({ line: first.no, fields: parsed.fields })
    } else if ('error' in parsed) {
      this.pending = []
      this.pendingChars = 0
      this.onProblem({ line: first.no, message: parsed.error })
    } else {
      if (lines !== this.pending) {
        this.pending = [...lines]
        this.pendingChars = text.length
      }
      if (this.pendingChars > this.maxRecordChars) this.abandonPending(`a quoted field runs on for more than ${this.maxRecordChars} characters without closing`)
    }
  }

  /** Reports the record that began at the first pending line and re-reads the lines after it. */
  private abandonPending(why: string): void {
    const [first, ...rest] = this.pending
    this.pending = []
    this.pendingChars = 0
    if (!first) return
    this.onProblem({ line: first.no, message: `unterminated quoted field: ${why}` })
    for (const l of rest) this.line(l.no, l.text)
  }
}

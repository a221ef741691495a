// CSV lists: a header row naming the columns (see resources/screening/FORMATS.md), one record per row.
import { CsvAssembler, type CsvRecord } from './csv'
import { canonicalColumn, checkHeader, rowOf, type Fields } from './records'
import { CORRUPT_TEXT, tooLongMessage, type SourceResult, type SourceSink } from './source'
import { readLines } from './text-lines'

export interface CsvHeader {
  columns: string[]
  line: number
}

/** Splits a CSV file into its header and its records; `onRecord` gets each data record. */
export async function readCsv(
  path: string,
  sink: SourceSink,
  onHeader: (header: CsvHeader) => string | null,
  onRecord: (record: CsvRecord, header: CsvHeader) => void,
): Promise<SourceResult> {
  let header: CsvHeader | null = null
  let fatal: string | null = null
  const assembler = new CsvAssembler(
    (record) => {
      if (fatal) return
      if (header === null) {
        header = { columns: record.fields.map(canonicalColumn), line: record.line }
        fatal = onHeader(header)
        if (fatal) sink.fatal({ line: record.line, message: fatal })
        return
      }
      sink.row()
      const width = header.columns.length
      if (record.fields.length !== width) {
        const extraEmpty = record.fields.length > width && record.fields.slice(width).every((f) => f.trim() === '')
        if (!extraEmpty) {
          sink.bad({ line: record.line, message: `has ${record.fields.length} fields, the header has ${width}${record.fields.length < width ? ' (cut short?)' : ''}` })
          return
        }
      }
      onRecord(record, header)
    },
    (problem) => {
      if (header !== null) sink.row()
      sink.bad(problem)
    },
    sink.maxLineBytes,
  )
  const file = await readLines(
    path,
    (event) => {
      if (fatal) return
      if (event.kind === 'too-long') {
        assembler.gap(event.no)
        sink.row()
        sink.bad({ line: event.no, message: tooLongMessage(event.bytes, sink.maxLineBytes) })
        return
      }
      if (CORRUPT_TEXT.test(event.text)) {
        sink.row()
        sink.bad({ line: event.no, message: 'holds control characters or undecodable bytes (corrupted?)' })
        return
      }
      assembler.line(event.no, event.text)
    },
    { maxLineBytes: sink.maxLineBytes, onBytes: (r, t) => sink.bytes(r, t), shouldStop: () => fatal !== null || sink.stop() },
  )
  assembler.end()
  if (!fatal && header === null) sink.fatal({ line: 1, message: 'the file is empty: no header row' })
  if (assembler.delimiter && assembler.delimiter !== ',') sink.note(`columns separated by ${assembler.delimiter === '\t' ? 'tabs' : 'semicolons'}`)
  return { file }
}

/** A CSV list of one kind. */
export async function importCsv(path: string, sink: SourceSink): Promise<SourceResult> {
  return readCsv(
    path,
    sink,
    (header) => {
      const { error, ignored } = checkHeader(sink.kind, header.columns)
      if (ignored.length) sink.note(`column(s) ignored: ${ignored.join(', ')}`)
      return error
    },
    (record, header) => {
      const fields: Fields = {}
      const cols = header.columns
      for (let i = 0; i < cols.length; i++) fields[cols[i]!] = record.fields[i]
      const result = rowOf(sink.kind, fields)
      if (result.ok) sink.add(result.row, record.line)
      else sink.bad({ line: record.line, message: result.message, recordId: result.recordId })
    },
  )
}

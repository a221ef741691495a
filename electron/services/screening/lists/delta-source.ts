// Delta files: CSV with an `op` column (add | change | remove) and the kind's columns. Applied to
// a copy of the version in force; `change` replaces the whole record (an empty cell clears that
// field), `remove` needs only the id. An id may appear once per delta.
import { readCsv } from './csv-source'
import { checkHeader, rowOf, type Fields } from './records'
import type { SourceResult, SourceSink } from './source'

export interface DeltaCounts {
  added: number
  changed: number
  removed: number
}

const OPS = new Set(['add', 'change', 'remove'])

export async function applyDelta(path: string, sink: SourceSink, counts: DeltaCounts): Promise<SourceResult> {
  const builder = sink.builder
  const seen = new Map<string, number>()
  return readCsv(
    path,
    sink,
    (header) => {
      if (!header.columns.includes('op')) return `a delta needs an "op" column (add, change or remove) besides the ${sink.kind} columns`
      const columns = header.columns.filter((c) => c !== 'op')
      const { error, ignored } = checkHeader(sink.kind, columns)
      if (ignored.length) sink.note(`column(s) ignored: ${ignored.join(', ')}`)
      // A delta of removals only may carry just op and id.
      const onlyId = columns.length === 1 && columns[0] === 'id'
      return onlyId ? null : error
    },
    (record, header) => {
      const fields: Fields = {}
      header.columns.forEach((c, i) => (fields[c] = record.fields[i]))
      const op = String(fields.op ?? '')
        .trim()
        .toLowerCase()
      const id = String(fields.id ?? '').trim()
      const line = record.line
      if (!OPS.has(op)) return sink.bad({ line, message: `op "${op}" is not add, change or remove`, recordId: id || undefined })
      if (id === '') return sink.bad({ line, message: 'id is empty' })
      const before = seen.get(id)
      if (before !== undefined) return sink.bad({ line, message: `id ${id} appears twice in the delta (lines ${before} and ${line})`, recordId: id })
      seen.set(id, line)
      const existing = builder.findRow(id)
      if (op === 'remove') {
        if (!existing) return sink.bad({ line, message: `remove: ${id} is not in the list`, recordId: id })
        builder.deleteRow(existing.rowid, existing.keySource)
        counts.removed++
        return
      }
      const result = rowOf(sink.kind, fields)
      if (!result.ok) return sink.bad({ line, message: `${op}: ${result.message}`, recordId: id })
      if (op === 'add') {
        if (existing) return sink.bad({ line, message: `add: ${id} is already in the list (use change)`, recordId: id })
        sink.add(result.row, line)
        counts.added++
        return
      }
      if (!existing) return sink.bad({ line, message: `change: ${id} is not in the list (use add)`, recordId: id })
      builder.updateRow(existing.rowid, existing.keySource, result.row)
      counts.changed++
    },
  )
}

// Local alert lists (v0): flagged documents and flagged persons, each with a
// source and version. A load replaces a list in one transaction, so a failed
// load leaves the previous version in force.
import { z } from 'zod'
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import { documentNumberKey, issuerKey, nameKey } from './normalise'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')

export const watchListFileSchema = z.object({
  documents: z.object({
    version: z.string().min(1),
    source: z.string().min(1),
    records: z.array(
      z.object({
        id: z.string().min(1),
        number: z.string().min(1),
        issuer: z.string().min(1),
        type: z.string().min(1).default('P'),
        reason: z.string().min(1),
      }),
    ),
  }),
  persons: z.object({
    version: z.string().min(1),
    source: z.string().min(1),
    records: z.array(
      z.object({
        id: z.string().min(1),
        surname: z.string().min(1),
        givenNames: z.string(),
        birthDate: isoDate,
        nationality: z.string().optional(),
        reason: z.string().min(1),
      }),
    ),
  }),
})
export type WatchListFile = z.infer<typeof watchListFileSchema>

export interface ListVersion {
  name: 'documents' | 'persons'
  version: string
  source: string
  importedAt: string
}

export function loadWatchLists(db: Db, audit: AuditLog, file: WatchListFile, actor: string, now = new Date()): void {
  const at = now.toISOString()
  audit.transaction(() => {
    db.prepare('DELETE FROM flagged_documents').run()
    db.prepare('DELETE FROM flagged_persons').run()
    const insDoc = db.prepare('INSERT INTO flagged_documents (id, number_key, issuer_key, document_type, reason, record) VALUES (?, ?, ?, ?, ?, ?)')
    for (const r of file.documents.records) {
      insDoc.run(r.id, documentNumberKey(r.number), issuerKey(r.issuer), r.type, r.reason, JSON.stringify(r))
    }
    const insPerson = db.prepare('INSERT INTO flagged_persons (id, name_key, birth_date, reason, record) VALUES (?, ?, ?, ?, ?)')
    for (const r of file.persons.records) {
      insPerson.run(r.id, nameKey(r.surname, r.givenNames), r.birthDate, r.reason, JSON.stringify(r))
    }
    const upsert = db.prepare(
      'INSERT INTO watch_lists (name, version, source, imported_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET version = excluded.version, source = excluded.source, imported_at = excluded.imported_at',
    )
    upsert.run('documents', file.documents.version, file.documents.source, at)
    upsert.run('persons', file.persons.version, file.persons.source, at)
    audit.append({
      actor,
      action: 'lists.loaded',
      subject: 'lists',
      details: {
        documents: { version: file.documents.version, records: file.documents.records.length },
        persons: { version: file.persons.version, records: file.persons.records.length },
      },
    })
  })
}

export function listVersions(db: Db): ListVersion[] {
  return (db.prepare('SELECT name, version, source, imported_at AS importedAt FROM watch_lists ORDER BY name').all() as ListVersion[])
}

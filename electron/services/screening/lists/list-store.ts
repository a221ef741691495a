// The alert lists in force, open read-only, and the lookups screening makes in them.
//
// Each active list version is its own read-only connection (not ATTACHed to the workstation
// database: SQLite attaches at most 10 files in this build, and a separate connection keeps a
// 10-million-row list's page cache away from the crossings'). bench/lists-bench.ts measures both.
//
// The set of open versions changes only in `refresh()` (called after an import through this
// store, and by the host when it wants to pick up an import made by another process), so a
// caller that reads `activeListVersions()` and then looks up without awaiting in between gets
// results from exactly the versions it recorded.
import { join } from 'node:path'
import { statSync } from 'node:fs'
import type { Db } from '../../../store/database'
import type { AuditLog } from '../../audit/audit-log'
import { importList, listsDir, rebuildKeys, removeStrayFiles, tryImportLock, type StoreContext } from './importer'
import { documentConfusionKey, documentIssuerKey, documentNumberKey, documentTypeKey, keysFingerprint, nameIndexKeys, plateIndexKeys, vinKey } from './keys'
import type { Stmt } from './list-file'
import { ListReader } from './list-reader'
import { ListRegistry, type ListRow, type VersionRow } from './registry'
import type {
  ActiveListVersion,
  DocumentCandidate,
  ImportOptions,
  ImportReport,
  ListKind,
  ListStatus,
  PersonCandidate,
  PersonCandidates,
  SearchHit,
  VehicleCandidate,
} from './types'

export interface ListStoreOptions {
  db: Db
  audit: AuditLog
  dataDir: string
  now?: () => Date
  /** Delete stray files of crashed imports (default true; skipped while another import runs). */
  cleanup?: boolean
  /**
   * Re-key, before returning, every list indexed with other key functions than this build's
   * (after an upgrade of shared/screening). Default false: status() flags them (staleKeys) and
   * their lookups may miss until rebuildKeys runs; a 1 M-person list takes about a minute.
   */
  rebuildStaleKeys?: boolean
  /** Actor for the audit entries of such rebuilds (default "system"). */
  actor?: string
}

interface OpenList {
  list: ListRow
  version: VersionRow
  reader: ListReader
  staleKeys: boolean
}

export class ListStore {
  private readonly registry: ListRegistry
  private open: OpenList[] = []
  private dataVersion = -1
  /** Lists whose active file could not be opened, with why (status shows them). */
  readonly unavailable = new Map<string, string>()
  /** Stray files removed when the store opened. */
  readonly removedStrays: string[] = []

  private constructor(private readonly ctx: StoreContext) {
    this.registry = new ListRegistry(ctx.db, ctx.now)
  }

  static open(options: ListStoreOptions): ListStore {
    const store = new ListStore({ db: options.db, audit: options.audit, dataDir: options.dataDir, now: options.now })
    if (options.cleanup !== false) {
      const lock = tryImportLock(options.dataDir)
      if (lock) {
        try {
          store.removedStrays.push(...removeStrayFiles(options.dataDir, store.registry))
        } finally {
          lock.release()
        }
      }
    }
    store.refresh(true)
    if (options.rebuildStaleKeys) {
      for (const o of store.open.filter((x) => x.staleKeys)) store.rebuildKeys(o.list.id, options.actor ?? 'system')
    }
    return store
  }

  /**
   * Re-reads the registry and swaps in the versions now in force. Cheap when nothing changed
   * (one pragma). Returns whether the set of open versions changed.
   */
  private dataVersionStmt: Stmt | undefined

  refresh(force = false): boolean {
    // A prepared statement, not db.pragma(): that compiles the pragma on every call (every screening).
    this.dataVersionStmt ??= this.ctx.db.prepare<unknown[]>('PRAGMA data_version').pluck()
    const dv = this.dataVersionStmt.get() as number
    if (!force && dv === this.dataVersion) return false
    this.dataVersion = dv
    const lists = new Map(this.registry.lists().map((l) => [l.id, l]))
    const wanted = this.registry.active()
    const keep: OpenList[] = []
    let changed = false
    for (const v of wanted) {
      const list = lists.get(v.listId)
      if (!list) continue
      const current = this.open.find((o) => o.version.id === v.id && o.version.file === v.file)
      if (current) {
        keep.push({ ...current, list, version: v })
        continue
      }
      changed = true
      try {
        const reader = new ListReader(join(listsDir(this.ctx.dataDir), v.file), v.listId, v.version)
        const staleKeys = reader.meta.keysFingerprint !== keysFingerprint(list.kind)
        keep.push({ list, version: v, reader, staleKeys })
        this.unavailable.delete(v.listId)
      } catch (e) {
        this.unavailable.set(v.listId, (e as Error).message)
      }
    }
    for (const o of this.open) {
      if (!keep.some((k) => k.reader === o.reader)) {
        o.reader.close()
        changed = true
      }
    }
    this.open = keep
    return changed
  }

  close(): void {
    for (const o of this.open) o.reader.close()
    this.open = []
  }

  /** The versions lookups use right now: record them with every screening result. */
  activeListVersions(): ActiveListVersion[] {
    return this.open.map((o) => ({
      listId: o.list.id,
      kind: o.list.kind,
      name: o.list.name,
      version: o.version.version,
      importedAt: o.version.importedAt,
      recordCount: o.version.recordCount,
      matchThreshold: o.list.matchThreshold,
    }))
  }

  status(): ListStatus[] {
    return this.registry.lists().flatMap((list) => {
      const history = this.registry.history(list.id)
      const active = history.find((h) => h.status === 'active')
      if (!active) return []
      const o = this.open.find((x) => x.list.id === list.id)
      let fileBytes: number
      try {
        fileBytes = statSync(join(listsDir(this.ctx.dataDir), active.file)).size
      } catch {
        fileBytes = 0 // the file is gone: `unavailable` says why
      }
      return [
        {
          listId: list.id,
          kind: list.kind,
          name: list.name,
          version: active.version,
          importedAt: active.importedAt,
          recordCount: active.recordCount,
          matchThreshold: list.matchThreshold,
          source: active.source,
          format: active.format,
          baseVersion: active.baseVersion,
          importedBy: active.importedBy,
          file: active.file,
          fileBytes,
          sourceSha256: active.sourceSha256,
          staleKeys: o?.staleKeys ?? false,
          history: history
            .filter((h) => h.id !== active.id)
            .map((h) => ({ version: h.version, importedAt: h.importedAt, retiredAt: h.retiredAt, recordCount: h.recordCount })),
        },
      ]
    })
  }

  private ofKind(kind: ListKind): OpenList[] {
    return this.open.filter((o) => o.list.kind === kind)
  }

  /**
   * Listed documents with this number: exact matches (same normalised number; same issuer
   * when both sides have one) and confusion candidates (the number differs only by look-alike
   * characters), flagged as such. Exact matches come first.
   */
  findDocuments(number: string, issuer?: string | null, type?: string | null): DocumentCandidate[] {
    const key = documentNumberKey(number)
    if (key === '') return []
    const ck = documentConfusionKey(key)
    const issuerKey = documentIssuerKey(issuer)
    const typeKey = documentTypeKey(type)
    const out: DocumentCandidate[] = []
    for (const o of this.ofKind('documents')) {
      for (const r of o.reader.documentsByConfusionKey(ck)) {
        if (issuerKey !== '' && r.issuer !== '' && r.issuer !== issuerKey) continue
        const { rowNumberKey, ...record } = r
        out.push({
          ...record,
          listId: o.list.id,
          listVersion: o.version.version,
          match: rowNumberKey === key ? 'exact' : 'confusion',
          typeAgrees: typeKey === '' || r.typeKey === '' || r.typeKey === typeKey,
        })
      }
    }
    return out.sort((a, b) => (a.match === b.match ? 0 : a.match === 'exact' ? -1 : 1))
  }

  /**
   * Persons indexed under any of `keys` (nameIndexKeys of the traveller's names), at most
   * `limit`, best retrieval score first, each once per list, with its list id and version.
   * Scoring them is the matcher's job.
   */
  /** `birthDate` (yyyy-mm-dd or a year) puts namesakes born that year first when a common name fills the limit. */
  findPersonCandidates(keys: readonly string[], limit: number, birthDate: string | null = null): PersonCandidate[] {
    return this.findPersonCandidatesDetailed(keys, limit, birthDate).candidates
  }

  findPersonCandidatesDetailed(keys: readonly string[], limit: number, birthDate: string | null = null): PersonCandidates {
    const birthYear = birthDate && /^\d{4}/.test(birthDate) ? birthDate.slice(0, 4) : null
    if (keys.length === 0 || limit <= 0) return { candidates: [], truncated: false }
    const all: PersonCandidate[] = []
    let truncated = false
    for (const o of this.ofKind('persons')) {
      const r = o.reader.findPersons(keys, limit, birthYear)
      truncated ||= r.truncated
      all.push(...r.hits)
    }
    all.sort((a, b) => b.retrievalScore - a.retrievalScore)
    return { candidates: all.slice(0, limit), truncated }
  }

  /**
   * Listed vehicles by plate keys (plateIndexKeys of the plate read: look-alikes folded, one
   * character apart still meets; a value without the `plate:` prefix is taken as a plate and
   * expanded) and/or by VIN. Plate candidates sharing the most keys come first; the plate
   * matcher (shared/screening/plates.ts matchPlate) says how close each one is.
   */
  findVehicles(plateKeys: readonly string[], vin?: string | null): VehicleCandidate[] {
    const keys = [...new Set(plateKeys.flatMap((k) => (k.startsWith('plate:') ? [k] : plateIndexKeys(k))))]
    const vk = vin ? vinKey(vin) : ''
    const out: VehicleCandidate[] = []
    for (const o of this.ofKind('vehicles')) {
      const found = new Map<string, VehicleCandidate>()
      for (const { vehicle, sharedKeys } of o.reader.vehiclesByKeys(keys)) {
        found.set(vehicle.recordId, { ...vehicle, listId: o.list.id, listVersion: o.version.version, matchedOn: ['plate'], sharedKeys })
      }
      if (vk) {
        for (const r of o.reader.vehiclesByVin(vk)) {
          const existing = found.get(r.recordId)
          if (existing) existing.matchedOn.push('vin')
          else found.set(r.recordId, { ...r, listId: o.list.id, listVersion: o.version.version, matchedOn: ['vin'], sharedKeys: [] })
        }
      }
      out.push(...found.values())
    }
    return out.sort((a, b) => b.matchedOn.length - a.matchedOn.length || b.sharedKeys.length - a.sharedKeys.length)
  }

  /** Free-text search for the admin screen and the CLI: record id, document number, plate, VIN, name. */
  search(text: string, limit = 50): SearchHit[] {
    const q = text.trim()
    if (q === '') return []
    const hits: SearchHit[] = []
    const seen = new Set<string>()
    const push = (h: SearchHit) => {
      const k = `${h.listId}\u0000${h.recordId}`
      if (seen.has(k) || hits.length >= limit) return
      seen.add(k)
      hits.push(h)
    }
    for (const o of this.open) {
      const r = o.reader.byRecordId(q)
      if (r) push({ listId: o.list.id, kind: o.list.kind, listVersion: o.version.version, recordId: q, matchedOn: 'id', summary: summarise(o.list.kind, r), record: r })
    }
    for (const d of this.findDocuments(q)) {
      const { listId, listVersion, match, typeAgrees: _t, ...record } = d
      push({ listId, kind: 'documents', listVersion, recordId: d.recordId, matchedOn: match === 'exact' ? 'document number' : 'document number (look-alike characters)', summary: summarise('documents', record), record })
    }
    for (const v of this.findVehicles([q], q)) {
      const { listId, listVersion, matchedOn, sharedKeys: _k, ...record } = v
      push({ listId, kind: 'vehicles', listVersion, recordId: v.recordId, matchedOn: matchedOn.join(' + '), summary: summarise('vehicles', record), record })
    }
    for (const p of this.findPersonCandidates(nameIndexKeys(q), limit)) {
      const { listId, listVersion, sharedKeys, retrievalScore: _s, ...record } = p
      push({ listId, kind: 'persons', listVersion, recordId: p.recordId, matchedOn: `name (${sharedKeys.length} key${sharedKeys.length === 1 ? '' : 's'})`, summary: summarise('persons', record), record })
    }
    return hits
  }

  /** Imports a new version (see importer.ts) and swaps it in here. */
  async import(file: string, options: ImportOptions): Promise<ImportReport> {
    const report = await importList(this.ctx, file, options)
    this.refresh(true)
    return report
  }

  /** Re-indexes a list built with other key functions (status shows staleKeys). */
  rebuildKeys(listId: string, actor: string): { rebuilt: boolean; message: string } {
    const r = rebuildKeys(this.ctx, listId, actor)
    this.refresh(true)
    return r
  }

  setMatchThreshold(listId: string, threshold: number | null, actor: string): void {
    this.registry.setMatchThreshold(this.ctx.audit, listId, threshold, actor)
    this.refresh(true)
  }
}

function summarise(kind: ListKind, r: SearchHit['record']): string {
  if (kind === 'documents') {
    const d = r as DocumentCandidate
    return `${d.number} ${d.type || '?'} ${d.issuer || '?'}: ${d.reason}`
  }
  if (kind === 'persons') {
    const p = r as PersonCandidate
    return `${p.names.join(' / ')}${p.birthDate ? ` b. ${p.birthDate}` : ''}${p.nationalities.length ? ` (${p.nationalities.join(', ')})` : ''}: ${p.reason}`
  }
  const v = r as VehicleCandidate
  return `${[v.plate, v.country].filter(Boolean).join(' ')}${v.vin ? ` VIN ${v.vin}` : ''}${v.make || v.model ? ` ${[v.make, v.model].filter(Boolean).join(' ')}` : ''}: ${v.reason}`
}

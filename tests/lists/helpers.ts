// A workstation database and list store in a temp folder, for the list tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase, type Db } from '../../electron/store/database'
import { AuditLog } from '../../electron/services/audit/audit-log'
import { auditAnchorFile, databaseFile } from '../../electron/app/paths'
import { ListStore } from '../../electron/services/screening/lists'
import type { ImportOptions, ImportReport } from '../../electron/services/screening/lists'

export const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources/screening')

export interface TestStore {
  dir: string
  db: Db
  audit: AuditLog
  store: ListStore
  /** Writes a file in the temp folder and returns its path. */
  file(name: string, content: string | Buffer): string
  /** Imports with test defaults (actor "test"). */
  import(path: string, options: Partial<ImportOptions> & Pick<ImportOptions, 'listId' | 'kind' | 'format'>): Promise<ImportReport>
  /** Closes and opens the store again on the same folder (a restart). */
  reopen(): TestStore
  close(): void
  /** Closes and deletes the temp folder. */
  dispose(): void
}

export function openTestStore(dir = mkdtempSync(join(tmpdir(), 'checkpoint-lists-'))): TestStore {
  const db = openDatabase(databaseFile(dir))
  const audit = new AuditLog(db, auditAnchorFile(dir))
  const store = ListStore.open({ db, audit, dataDir: dir })
  const t: TestStore = {
    dir,
    db,
    audit,
    store,
    file(name, content) {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    import: (path, options) => store.import(path, { actor: 'test', ...options }),
    reopen() {
      t.close()
      return openTestStore(dir)
    },
    close() {
      store.close()
      if (db.open) db.close()
    },
    dispose() {
      t.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  return t
}

export const DOCS_HEADER = 'id,number,type,issuer,reason'

/** A documents CSV of `n` generated rows (ids D1…Dn, numbers N000001…). */
export function documentsCsv(n: number, from = 1): string {
  const lines = [DOCS_HEADER]
  for (let i = from; i < from + n; i++) lines.push(`D${i},N${String(i).padStart(6, '0')},P,DEU,Stolen`)
  return `${lines.join('\n')}\n`
}

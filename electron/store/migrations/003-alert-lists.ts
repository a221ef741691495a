import type { Migration } from './migration'

/**
 * The alert-list registry. The records themselves live outside this database, one SQLite file
 * per list version under <dataDir>/lists/ (see electron/services/screening/lists). A version
 * row is written only once its file is complete and fsynced, in the same transaction as the
 * audit entry and the retirement of the version it replaces: that commit is the switch.
 */
export const alertLists: Migration = {
  version: 3,
  name: 'alert lists',
  sql: `
      CREATE TABLE alert_lists (
        id TEXT PRIMARY KEY,                -- e.g. sltd, interpol-red, national-wanted
        kind TEXT NOT NULL CHECK (kind IN ('documents', 'persons', 'vehicles')),
        name TEXT NOT NULL,
        source TEXT NOT NULL,
        match_threshold REAL CHECK (match_threshold IS NULL OR (match_threshold >= 0 AND match_threshold <= 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE alert_list_versions (
        id INTEGER PRIMARY KEY,
        list_id TEXT NOT NULL REFERENCES alert_lists(id),
        version TEXT NOT NULL,
        file TEXT NOT NULL,                 -- file name under <dataDir>/lists/ (a key rebuild changes it, not the version)
        format TEXT NOT NULL CHECK (format IN ('csv', 'ftm', 'interpol', 'delta')),
        base_version TEXT,                  -- delta: the version it was applied to
        source TEXT NOT NULL,
        source_sha256 TEXT NOT NULL,        -- of the imported file
        record_count INTEGER NOT NULL,
        file_bytes INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
        retired_at TEXT,
        UNIQUE (list_id, version)
      );
      -- At most one version of a list in force.
      CREATE UNIQUE INDEX alert_list_versions_active ON alert_list_versions(list_id) WHERE status = 'active';
    `,
}

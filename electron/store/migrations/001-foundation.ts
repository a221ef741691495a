import type { Migration } from './migration'

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        roles TEXT NOT NULL,               -- JSON array of role names
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE travellers (
        id INTEGER PRIMARY KEY,
        surname TEXT NOT NULL,
        given_names TEXT NOT NULL,
        nationality TEXT NOT NULL,
        birth_date TEXT,
        sex TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        traveller_id INTEGER NOT NULL REFERENCES travellers(id),
        document_code TEXT NOT NULL,
        document_number TEXT NOT NULL,
        issuing_state TEXT NOT NULL,
        expiry_date TEXT,
        format TEXT,
        mrz TEXT NOT NULL,
        mrz_valid INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('reader', 'manual')),
        read_at TEXT NOT NULL
      );
      CREATE TABLE crossings (
        id INTEGER PRIMARY KEY,
        traveller_id INTEGER NOT NULL REFERENCES travellers(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        lane TEXT NOT NULL,
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'decided', 'superseded', 'interrupted')),
        overall TEXT NOT NULL CHECK (overall IN ('clear', 'warning', 'hit', 'invalid')),
        checks TEXT NOT NULL                -- JSON array of document checks
      );
      CREATE INDEX crossings_started ON crossings(started_at);
      CREATE TABLE screening_results (
        id INTEGER PRIMARY KEY,
        crossing_id INTEGER NOT NULL REFERENCES crossings(id),
        list TEXT NOT NULL,
        list_version TEXT NOT NULL,
        match_count INTEGER NOT NULL,
        screened_at TEXT NOT NULL
      );
      CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        crossing_id INTEGER NOT NULL REFERENCES crossings(id),
        screening_result_id INTEGER NOT NULL REFERENCES screening_results(id),
        list TEXT NOT NULL,
        list_version TEXT NOT NULL,
        list_record_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        matched_on TEXT NOT NULL,           -- JSON array
        record TEXT NOT NULL,               -- JSON object: the list record as matched
        status TEXT NOT NULL CHECK (status IN ('candidate', 'confirmed', 'dismissed', 'referred')),
        dismiss_reason TEXT,
        acted_by TEXT,
        acted_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        crossing_id INTEGER NOT NULL UNIQUE REFERENCES crossings(id),
        decision TEXT NOT NULL CHECK (decision IN ('admit', 'refuse', 'refer')),
        officer TEXT NOT NULL,
        decided_at TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      -- Append-only at the database level; the hash chain catches anyone who drops these.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TABLE watch_lists (
        name TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );
      CREATE TABLE flagged_documents (
        id TEXT PRIMARY KEY,
        number_key TEXT NOT NULL,
        issuer_key TEXT NOT NULL,
        document_type TEXT NOT NULL,
        reason TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX flagged_documents_key ON flagged_documents(number_key, issuer_key);
      CREATE TABLE flagged_persons (
        id TEXT PRIMARY KEY,
        name_key TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        reason TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX flagged_persons_key ON flagged_persons(name_key, birth_date);
    `,
}

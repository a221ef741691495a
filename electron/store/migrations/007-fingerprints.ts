import type { Migration } from './migration'

/**
 * Fingerprints: a traveller's captures (belonging to the crossing), the prints enrolled for
 * persons on alert lists (keyed by list id + record id: list files carry no prints), each 1:N
 * search and the candidates it raised for the officer to confirm or dismiss. Images are PNG
 * BLOBs in the same row as their template, so a capture commits whole or not at all.
 */
export const fingerprints: Migration = {
  version: 7,
  name: 'fingerprints',
  sql: `
    CREATE TABLE fingerprint_captures (
      id INTEGER PRIMARY KEY,
      crossing_id INTEGER NOT NULL REFERENCES crossings(id),
      position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 10),
      slap_position INTEGER,               -- 13/14/15 when segmented from a slap
      device TEXT NOT NULL,
      quality INTEGER NOT NULL,            -- 0..100
      feedback TEXT NOT NULL,
      measures TEXT NOT NULL DEFAULT '{}', -- JSON: the quality gate's measures
      override_reason TEXT,                -- set when a failed quality was accepted by the officer
      template BLOB NOT NULL,              -- ISO/IEC 19794-2:2005
      template_format TEXT NOT NULL,
      engine TEXT NOT NULL,
      image_png BLOB NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      ppi INTEGER NOT NULL,
      captured_by TEXT NOT NULL,
      captured_at TEXT NOT NULL
    );
    CREATE INDEX fingerprint_captures_crossing ON fingerprint_captures(crossing_id, position);
    CREATE TABLE fingerprint_enrolments (
      list_id TEXT NOT NULL,
      record_id TEXT NOT NULL,
      position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 10),
      template BLOB NOT NULL,              -- ISO/IEC 19794-2:2005
      source TEXT NOT NULL,                -- where the print came from (file, agency, simulation)
      enrolled_by TEXT NOT NULL,
      enrolled_at TEXT NOT NULL,
      PRIMARY KEY (list_id, record_id, position)
    );
    CREATE TABLE fingerprint_searches (
      id INTEGER PRIMARY KEY,
      crossing_id INTEGER NOT NULL REFERENCES crossings(id),
      gallery_fingers INTEGER NOT NULL,
      target_fpir REAL NOT NULL,
      threshold REAL NOT NULL,
      probe_positions TEXT NOT NULL,       -- JSON array
      engine TEXT NOT NULL,
      searched_by TEXT NOT NULL,
      searched_at TEXT NOT NULL
    );
    CREATE TABLE fingerprint_candidates (
      id INTEGER PRIMARY KEY,
      search_id INTEGER NOT NULL REFERENCES fingerprint_searches(id),
      crossing_id INTEGER NOT NULL REFERENCES crossings(id),
      list_id TEXT NOT NULL,
      list_version TEXT NOT NULL,
      record_id TEXT NOT NULL,
      score REAL NOT NULL,
      threshold REAL NOT NULL,
      fingers TEXT NOT NULL,               -- JSON [{ position, score }]
      record TEXT NOT NULL,                -- JSON: the list record as listed when raised
      status TEXT NOT NULL CHECK (status IN ('candidate', 'confirmed', 'dismissed', 'referred')),
      dismiss_reason TEXT,
      acted_by TEXT,
      acted_at TEXT,
      created_at TEXT NOT NULL
    );
    CREATE INDEX fingerprint_candidates_crossing ON fingerprint_candidates(crossing_id);
  `,
}

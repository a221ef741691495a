import type { Migration } from './migration'

/**
 * Risk profiles as versioned data, band thresholds, and the record of every
 * evaluation on a crossing. Profile and band versions are never changed or
 * deleted (an edit or a retirement is a new version); evaluations are never
 * changed but may be erased with their crossing under the retention rules.
 */
export const riskProfiles: Migration = {
  version: 4,
  name: 'risk profiles',
  sql: `
      CREATE TABLE risk_profile_versions (
        profile_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
        expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,          -- the supervisor who saved this version
        change_note TEXT NOT NULL,         -- why this version exists
        definition TEXT NOT NULL,          -- JSON: the whole profile as validated (shared/risk)
        PRIMARY KEY (profile_id, version)
      );
      CREATE TRIGGER risk_profile_versions_no_update BEFORE UPDATE ON risk_profile_versions
        BEGIN SELECT RAISE(ABORT, 'risk profile versions are kept as written: save a new version'); END;
      CREATE TRIGGER risk_profile_versions_no_delete BEFORE DELETE ON risk_profile_versions
        BEGIN SELECT RAISE(ABORT, 'risk profile versions are kept: retire the profile instead'); END;

      CREATE TABLE risk_band_versions (
        version INTEGER PRIMARY KEY CHECK (version >= 1),
        medium INTEGER NOT NULL,
        high INTEGER NOT NULL CHECK (high > medium),
        set_at TEXT NOT NULL,
        set_by TEXT NOT NULL,
        change_note TEXT NOT NULL
      );
      CREATE TRIGGER risk_band_versions_no_update BEFORE UPDATE ON risk_band_versions
        BEGIN SELECT RAISE(ABORT, 'band versions are kept as written: save a new version'); END;
      CREATE TRIGGER risk_band_versions_no_delete BEFORE DELETE ON risk_band_versions
        BEGIN SELECT RAISE(ABORT, 'band versions are kept'); END;

      CREATE TABLE risk_evaluations (
        id INTEGER PRIMARY KEY,
        crossing_id INTEGER NOT NULL REFERENCES crossings(id),
        evaluated_at TEXT NOT NULL,
        evaluated_by TEXT NOT NULL,
        score INTEGER NOT NULL,
        band TEXT NOT NULL CHECK (band IN ('low', 'medium', 'high')),
        thresholds TEXT NOT NULL,          -- JSON: the band thresholds used
        considered TEXT NOT NULL           -- JSON: [{ profileId, version }] in force and checked
      );
      CREATE INDEX risk_evaluations_crossing ON risk_evaluations(crossing_id);
      CREATE TRIGGER risk_evaluations_no_update BEFORE UPDATE ON risk_evaluations
        BEGIN SELECT RAISE(ABORT, 'risk evaluations are a record: evaluate again instead'); END;

      CREATE TABLE risk_evaluation_fired (
        evaluation_id INTEGER NOT NULL REFERENCES risk_evaluations(id),
        profile_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        points INTEGER NOT NULL,
        because TEXT NOT NULL,             -- JSON: the comparisons that held, with values
        PRIMARY KEY (evaluation_id, profile_id),
        FOREIGN KEY (profile_id, version) REFERENCES risk_profile_versions(profile_id, version)
      );
      CREATE INDEX risk_evaluation_fired_profile ON risk_evaluation_fired(profile_id, version);
      CREATE TRIGGER risk_evaluation_fired_no_update BEFORE UPDATE ON risk_evaluation_fired
        BEGIN SELECT RAISE(ABORT, 'risk evaluations are a record: evaluate again instead'); END;

      -- History facts find a traveller's earlier crossings by document number or
      -- birth date; without these an evaluation would scan every crossing.
      CREATE INDEX risk_history_documents_number ON documents(document_number);
      CREATE INDEX risk_history_travellers_birth_date ON travellers(birth_date);
      CREATE INDEX risk_history_crossings_document ON crossings(document_id);
      CREATE INDEX risk_history_crossings_traveller ON crossings(traveller_id);
    `,
}

import type { Migration } from './migration'

/**
 * Training: which kind of workstation a database belongs to (written once, never changed), and
 * the training records (runs, the trainee's actions, reports). Triggers refuse a training record
 * in any database not marked `training`, so no code path can put one into operational data.
 */
export const training: Migration = {
  version: 8,
  name: 'training',
  sql: `
    CREATE TABLE workstation_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TRIGGER workstation_kind_never_changes BEFORE UPDATE ON workstation_meta WHEN OLD.key = 'kind'
    BEGIN SELECT RAISE(ABORT, 'the workstation kind of a database never changes'); END;
    CREATE TRIGGER workstation_kind_never_removed BEFORE DELETE ON workstation_meta WHEN OLD.key = 'kind'
    BEGIN SELECT RAISE(ABORT, 'the workstation kind of a database never changes'); END;

    CREATE TABLE training_runs (
      id INTEGER PRIMARY KEY,
      scenario_id TEXT NOT NULL,
      scenario_title TEXT NOT NULL,
      scenario_yaml TEXT NOT NULL,        -- the scenario as played (a later edit changes nothing)
      trainee TEXT NOT NULL,
      trainer TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      ending TEXT CHECK (ending IN ('completed', 'stopped'))
    );
    CREATE TABLE training_actions (
      id INTEGER PRIMARY KEY,
      run_id INTEGER NOT NULL REFERENCES training_runs(id),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('traveller', 'vehicle')),
      target_index INTEGER NOT NULL,
      action TEXT NOT NULL,
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      detail TEXT
    );
    CREATE TABLE training_reports (
      id INTEGER PRIMARY KEY,
      run_id INTEGER NOT NULL UNIQUE REFERENCES training_runs(id),
      trainee TEXT NOT NULL,
      scenario_id TEXT NOT NULL,
      score INTEGER NOT NULL,
      finished_at TEXT NOT NULL,
      report TEXT NOT NULL                -- JSON: the whole report as shown and exported
    );
    CREATE INDEX training_reports_by_trainee ON training_reports (trainee, finished_at);

    CREATE TRIGGER training_runs_only_in_training BEFORE INSERT ON training_runs
    WHEN (SELECT value FROM workstation_meta WHERE key = 'kind') IS NOT 'training'
    BEGIN SELECT RAISE(ABORT, 'training records belong in the training database only'); END;
    CREATE TRIGGER training_actions_only_in_training BEFORE INSERT ON training_actions
    WHEN (SELECT value FROM workstation_meta WHERE key = 'kind') IS NOT 'training'
    BEGIN SELECT RAISE(ABORT, 'training records belong in the training database only'); END;
    CREATE TRIGGER training_reports_only_in_training BEFORE INSERT ON training_reports
    WHEN (SELECT value FROM workstation_meta WHERE key = 'kind') IS NOT 'training'
    BEGIN SELECT RAISE(ABORT, 'training records belong in the training database only'); END;
  `,
}

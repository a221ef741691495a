import type { Migration } from './migration'

/** Fuzzy matches carry a score and the features that made it, so the officer and the supervisor see why. */
export const alertScores: Migration = {
  version: 5,
  name: 'alert scores and explanations',
  sql: `
    ALTER TABLE alerts ADD COLUMN list_id TEXT;           -- which list of its kind (national, INTERPOL, …)
    ALTER TABLE screening_results ADD COLUMN list_id TEXT;
    ALTER TABLE alerts ADD COLUMN score REAL;
    ALTER TABLE alerts ADD COLUMN confidence TEXT;        -- exact | high | low
    ALTER TABLE alerts ADD COLUMN features TEXT NOT NULL DEFAULT '[]';  -- JSON array of { code, contribution, detail }
    ALTER TABLE alerts ADD COLUMN outcome TEXT;           -- second line's outcome, recorded by a supervisor
    CREATE INDEX alerts_status ON alerts(status, created_at);
  `,
}

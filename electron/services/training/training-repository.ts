// Training runs, the trainee's actions and the reports, in the training database. The tables
// refuse inserts in a database not marked training (migration 008).
import type { Db } from '../../store/database'
import type { TraineeAction, TrainingReport } from '../../../shared/training/training-views'

export interface RunRow {
  id: number
  scenarioId: string
  scenarioTitle: string
  scenarioYaml: string
  trainee: string
  trainer: string
  startedAt: string
}

export class TrainingRepository {
  constructor(private readonly db: Db) {}

  insertRun(r: Omit<RunRow, 'id'>): number {
    return Number(
      this.db
        .prepare('INSERT INTO training_runs (scenario_id, scenario_title, scenario_yaml, trainee, trainer, started_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(r.scenarioId, r.scenarioTitle, r.scenarioYaml, r.trainee, r.trainer, r.startedAt).lastInsertRowid,
    )
  }

  finishRun(runId: number, at: string, ending: 'completed' | 'stopped'): void {
    this.db.prepare('UPDATE training_runs SET finished_at = ?, ending = ? WHERE id = ? AND finished_at IS NULL').run(at, ending, runId)
  }

  /** Runs left unfinished by a crash or shutdown: ended as stopped at the next start. */
  unfinishedRunIds(): number[] {
    return (this.db.prepare('SELECT id FROM training_runs WHERE finished_at IS NULL').all() as Array<{ id: number }>).map((r) => r.id)
  }

  insertAction(runId: number, a: TraineeAction): void {
    this.db
      .prepare('INSERT INTO training_actions (run_id, target_kind, target_index, action, actor, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(runId, a.target.kind, a.target.index, a.action, a.by, a.at, a.detail)
  }

  insertReport(report: Omit<TrainingReport, 'id'>): number {
    return Number(
      this.db
        .prepare('INSERT INTO training_reports (run_id, trainee, scenario_id, score, finished_at, report) VALUES (?, ?, ?, ?, ?, ?)')
        .run(report.runId, report.trainee, report.scenarioId, report.score.score, report.finishedAt, JSON.stringify(report)).lastInsertRowid,
    )
  }

  report(id: number): TrainingReport | null {
    const row = this.db.prepare('SELECT id, report FROM training_reports WHERE id = ?').get(id) as { id: number; report: string } | undefined
    return row ? { ...(JSON.parse(row.report) as Omit<TrainingReport, 'id'>), id: row.id } : null
  }

  /** Newest first; every trainee, or one. */
  reports(trainee: string | null, limit = 200): TrainingReport[] {
    const rows = (
      trainee === null
        ? this.db.prepare('SELECT id, report FROM training_reports ORDER BY finished_at DESC, id DESC LIMIT ?').all(limit)
        : this.db.prepare('SELECT id, report FROM training_reports WHERE trainee = ? ORDER BY finished_at DESC, id DESC LIMIT ?').all(trainee, limit)
    ) as Array<{ id: number; report: string }>
    return rows.map((r) => ({ ...(JSON.parse(r.report) as Omit<TrainingReport, 'id'>), id: r.id }))
  }

  accountExists(username: string): boolean {
    return this.db.prepare('SELECT 1 FROM users WHERE username = ?').get(username) !== undefined
  }

  /** Accounts that can be trainees: anyone who works the line. */
  trainees(lineRoles: readonly string[]): Array<{ username: string; displayName: string }> {
    const rows = this.db.prepare('SELECT username, display_name, roles FROM users WHERE disabled = 0 ORDER BY username').all() as Array<{ username: string; display_name: string; roles: string }>
    return rows.filter((r) => (JSON.parse(r.roles) as string[]).some((x) => lineRoles.includes(x))).map((r) => ({ username: r.username, displayName: r.display_name }))
  }
}

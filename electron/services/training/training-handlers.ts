// The contract's `training` namespace on the main side. Roles are checked by Connection.call
// (trainer); every request also needs a training workstation.
import type { CheckpointApp } from '../../app/checkpoint-app'
import { ApiError, type RequestContext } from '../../api/connection'
import type { InputOf } from '../../../shared/api/contract'
import { ScenarioLibraryError } from './scenario-library'
import { TrainingError, type TrainingService } from './training-service'

function serviceOf(app: CheckpointApp): TrainingService {
  if (!app.training) throw new ApiError('unavailable', 'This is not a training workstation: start it with --training.')
  return app.training
}

function userOf(ctx: RequestContext): string {
  if (!ctx.user) throw new ApiError('not-signed-in', 'Sign in first.')
  return ctx.user.username
}

/** Training and library errors keep their meaning across the boundary (sync or async). */
async function call<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof TrainingError || err instanceof ScenarioLibraryError) {
      const problems = err.problems.slice(0, 5).map((p) => `line ${p.line}:${p.column} ${p.message}`)
      throw new ApiError(err.code === 'invalid' ? 'invalid-input' : err.code, [err.message, ...problems].join('\n'))
    }
    throw err
  }
}

export function trainingHandlers(app: CheckpointApp) {
  return {
    status: () => ({ training: app.training !== null }),
    scenarios: () => serviceOf(app).library.summaries(),
    scenario: ({ id }: InputOf<'training', 'scenario'>) => call(() => {
      const f = serviceOf(app).library.get(id)
      return { id: f.id, source: f.source, yaml: f.yaml, problems: f.problems }
    }),
    validate: ({ yaml }: InputOf<'training', 'validate'>) => serviceOf(app).validate(yaml),
    save: ({ yaml }: InputOf<'training', 'save'>, ctx: RequestContext) => {
      const service = serviceOf(app)
      try {
        const saved = service.save(yaml, userOf(ctx))
        return { saved: true, id: saved.id, problems: [], message: null }
      } catch (err) {
        if (err instanceof ScenarioLibraryError) return { saved: false, id: null, problems: err.problems, message: err.message }
        throw err
      }
    },
    duplicate: ({ id }: InputOf<'training', 'duplicate'>, ctx: RequestContext) => call(() => {
      const copy = serviceOf(app).duplicate(id, userOf(ctx))
      return { id: copy.id, yaml: copy.yaml }
    }),
    trainees: () => serviceOf(app).trainees(),
    addTrainee: ({ username, displayName, password }: InputOf<'training', 'addTrainee'>, ctx: RequestContext) => call(() => serviceOf(app).addTrainee({ username, displayName }, password, userOf(ctx))),
    current: () => serviceOf(app).current(),
    start: ({ scenarioId, trainee }: InputOf<'training', 'start'>, ctx: RequestContext) => call(() => serviceOf(app).start(scenarioId, trainee, userOf(ctx))),
    pause: (_input: unknown, ctx: RequestContext) => call(() => serviceOf(app).pause(userOf(ctx))),
    resume: (_input: unknown, ctx: RequestContext) => call(() => serviceOf(app).resume(userOf(ctx))),
    stop: (_input: unknown, ctx: RequestContext) => call(() => serviceOf(app).stop(userOf(ctx))),
    inject: (event: InputOf<'training', 'inject'>, ctx: RequestContext) => call(() => serviceOf(app).inject(event, userOf(ctx))),
    reports: ({ trainee }: InputOf<'training', 'reports'>) => serviceOf(app).reports(trainee ?? null),
    report: ({ id }: InputOf<'training', 'report'>) => call(() => serviceOf(app).report(id)),
    exportPdf: ({ id }: InputOf<'training', 'exportPdf'>, ctx: RequestContext) => call(() => serviceOf(app).pdf(id, userOf(ctx))),
  }
}

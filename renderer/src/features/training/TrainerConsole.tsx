import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScenarioSummary } from '../../../../shared/training/training-views'
import type { SampleTraveller } from '../../../../shared/domain/simulator'
import { deviceEvents } from '../../../../shared/training/scenario-schema'
import { api } from '../../platform/api'
import { ExpectationList } from './ExpectationList'
import { TraineeSelect, type Trainee } from './TraineeSelect'
import { useTrainingRun } from './use-training-run'
import { useRunningClock } from './use-running-clock'

/** The trainer picks a scenario and a trainee, starts, pauses, injects faults and watches the trainee's actions live. */
export function TrainerConsole({ onOpenReport }: { onOpenReport: (id: number) => void }) {
  const { t } = useTranslation()
  const run = useTrainingRun()
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [trainees, setTrainees] = useState<Trainee[]>([])
  const [scenarioId, setScenarioId] = useState('')
  const [trainee, setTrainee] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [samples, setSamples] = useState<SampleTraveller[]>([])
  const [sampleId, setSampleId] = useState('')
  useEffect(() => {
    void api.simulator.samples().then((r) => {
      if (!r.ok) return
      setSamples(r.value)
      setSampleId((id) => id || (r.value[0]?.id ?? ''))
    })
    void api.training.scenarios().then((r) => {
      if (!r.ok) return
      const playable = r.value.filter((s) => s.valid)
      setScenarios(playable)
      setScenarioId((id) => id || (playable[0]?.id ?? ''))
    })
    void api.training.trainees().then((r) => {
      if (!r.ok) return
      setTrainees(r.value)
      setTrainee((u) => u || (r.value.find((x) => x.username === 'officer')?.username ?? r.value[0]?.username ?? ''))
    })
  }, [])
  const report = (r: { ok: boolean; message?: string }) => setError(r.ok ? null : (r.message ?? null))
  const live = run !== null && run.state !== 'finished'
  const elapsed = useRunningClock(run)
  const chosen = scenarios.find((s) => s.id === scenarioId)

  return (
    <section className="panel trainer-console" aria-label={t('training.console')} data-testid="trainer-console">
      <h2>{t('training.console')}</h2>
      {!live && (
        <div className="form-grid">
          <label>
            {t('training.scenario')}
            <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} data-testid="pick-scenario">
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <TraineeSelect trainees={trainees} value={trainee} onChange={setTrainee} testId="pick-trainee" />
          <div className="console-start">
            <button type="button" className="btn btn-primary" disabled={!scenarioId || !trainee} onClick={() => void api.training.start({ scenarioId, trainee }).then(report)} data-testid="start-scenario">
              {t('training.start')}
            </button>
          </div>
        </div>
      )}
      {!live && chosen && (
        <p className="muted">
          {chosen.summary} {t('training.counts', { travellers: chosen.travellers, vehicles: chosen.vehicles, expectations: chosen.expectations })}
        </p>
      )}
      {run && (
        <div className="run" data-testid="training-run" data-state={run.state}>
          <h3>
            {run.title} · {run.trainee}
          </h3>
          <p>
            <span className={`tag run-${run.state}`}>{t(`training.runState.${run.state}`)}</span> {t('training.elapsed', { seconds: elapsed })} ·{' '}
            {t('training.progress', { done: run.stepsDone, total: run.stepsTotal })}
            {run.waitingFor && <> · {t('training.waitingFor', { what: run.waitingFor })}</>}
          </p>
          {run.atDesk && run.state !== 'finished' && (
            <p data-testid="at-desk">
              <strong>{t('training.atDesk', { label: run.atDesk.label })}</strong>
              {run.atDesk.note && <> · {run.atDesk.note}</>}
            </p>
          )}
          {run.handOver && (
            <div className="notice" data-testid="hand-over">
              <p>{t('training.handOver', { label: run.handOver.label })}</p>
              <pre className="mrz">{run.handOver.lines.join('\n')}</pre>
            </div>
          )}
          {live && (
            <div className="console-actions">
              {run.state === 'running' ? (
                <button type="button" className="btn" onClick={() => void api.training.pause().then(report)} data-testid="pause-scenario">
                  {t('training.pause')}
                </button>
              ) : (
                <button type="button" className="btn" onClick={() => void api.training.resume().then(report)} data-testid="resume-scenario">
                  {t('training.resume')}
                </button>
              )}
              <button type="button" className="btn btn-danger" onClick={() => void api.training.stop().then(report)} data-testid="stop-scenario">
                {t('training.stop')}
              </button>
              <span className="muted">{t('training.inject')}</span>
              {deviceEvents.map((e) => (
                <button key={e} type="button" className="btn btn-small" data-inject={e} onClick={() => void api.training.inject({ kind: 'device', event: e }).then(report)}>
                  {t(`simulator.actions.${e}`)}
                </button>
              ))}
              <select value={sampleId} onChange={(e) => setSampleId(e.target.value)} aria-label={t('training.injectTraveller')}>
                {samples.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t(`simulator.samples.${s.id}`, { defaultValue: s.label })}
                  </option>
                ))}
              </select>
              <button type="button" className="btn btn-small" disabled={!sampleId} onClick={() => void api.training.inject({ kind: 'traveller', sampleId }).then(report)} data-testid="inject-traveller">
                {t('training.injectTraveller')}
              </button>
            </div>
          )}
          <p className="score" data-testid="live-score">
            {t('training.scoreLine', { score: run.score.score, caught: run.score.caught, missed: run.score.missed, wrong: run.score.wrong, pending: run.score.pending })}
          </p>
          <ExpectationList expectations={run.score.expectations} />
          {run.reportId !== null && (
            <button type="button" className="btn btn-primary" onClick={() => onOpenReport(run.reportId!)} data-testid="open-report">
              {t('training.openReport')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

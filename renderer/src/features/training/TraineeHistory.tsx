import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrainingReport } from '../../../../shared/training/training-views'
import { api } from '../../platform/api'
import { AddTraineeForm } from './AddTraineeForm'
import { TraineeSelect, type Trainee } from './TraineeSelect'

/** Every report of one trainee (or of all), newest first. */
export function TraineeHistory({ onOpenReport }: { onOpenReport: (id: number) => void }) {
  const { t } = useTranslation()
  const [trainees, setTrainees] = useState<Trainee[]>([])
  const [trainee, setTrainee] = useState('')
  const [reports, setReports] = useState<TrainingReport[]>([])
  const loadTrainees = () => void api.training.trainees().then((r) => r.ok && setTrainees(r.value))
  useEffect(loadTrainees, [])
  useEffect(() => {
    void api.training.reports(trainee ? { trainee } : {}).then((r) => r.ok && setReports(r.value))
  }, [trainee])

  return (
    <section className="panel" aria-label={t('training.history')} data-testid="trainee-history">
      <h2>{t('training.history')}</h2>
      <TraineeSelect trainees={trainees} value={trainee} onChange={setTrainee} testId="history-trainee" anyLabel={t('training.allTrainees')} />
      {reports.length === 0 ? (
        <p className="muted">{t('training.noReports')}</p>
      ) : (
        <table className="device-table">
          <thead>
            <tr>
              <th>{t('training.when')}</th>
              <th>{t('training.trainee')}</th>
              <th>{t('training.scenario')}</th>
              <th>{t('training.scoreColumn')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} data-testid="history-row">
                <td>{new Date(r.finishedAt).toLocaleString()}</td>
                <td>{r.traineeName}</td>
                <td>{r.title}</td>
                <td>{r.score.score}</td>
                <td>
                  <button type="button" className="link" onClick={() => onOpenReport(r.id)}>
                    {t('training.openReport')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('training.addTrainee')}</h3>
      <AddTraineeForm onAdded={loadTrainees} />
    </section>
  )
}

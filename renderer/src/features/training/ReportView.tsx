import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrainingReport } from '../../../../shared/training/training-views'
import { api } from '../../platform/api'
import { ExpectationList } from './ExpectationList'

function download(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** One report: score, each expected action, time per traveller; exportable as PDF. */
export function ReportView({ id }: { id: number }) {
  const { t } = useTranslation()
  const [report, setReport] = useState<TrainingReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void api.training.report({ id }).then((r) => (r.ok ? setReport(r.value) : setError(r.message)))
  }, [id])
  const exportPdf = async () => {
    const r = await api.training.exportPdf({ id })
    if (r.ok) download(r.value.fileName, r.value.base64)
    else setError(r.message)
  }
  if (!report) return error ? <p className="error">{error}</p> : null
  return (
    <section className="panel training-report" aria-label={t('training.report')} data-testid="training-report">
      <h2>{t('training.reportTitle', { title: report.title })}</h2>
      <p>
        {t('training.reportWho', { trainee: report.traineeName, username: report.trainee, trainer: report.trainer })} · {new Date(report.finishedAt).toLocaleString()} · {t(`training.ending.${report.ending}`)}
      </p>
      <p className="report-score" data-testid="report-score" data-score={report.score.score}>
        {t('training.score', { score: report.score.score })}
      </p>
      <p>{t('training.scoreLine', { score: report.score.score, caught: report.score.caught, missed: report.score.missed, wrong: report.score.wrong, pending: report.score.pending })}</p>
      <ExpectationList expectations={report.score.expectations} />
      <h3>{t('training.timePerTraveller')}</h3>
      <table className="device-table">
        <tbody>
          {report.score.timings.map((tm) => (
            <tr key={tm.index}>
              <td>{tm.label}</td>
              <td>{tm.seconds === null ? t('training.undecided') : t('training.seconds', { seconds: tm.seconds })}</td>
              <td>{tm.decision ? t(`decision.${tm.decision}`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.score.averageSeconds !== null && <p>{t('training.average', { seconds: report.score.averageSeconds })}</p>}
      <button type="button" className="btn btn-primary" onClick={() => void exportPdf()} data-testid="export-pdf">
        {t('training.exportPdf')}
      </button>
      {error && <p className="error">{error}</p>}
    </section>
  )
}

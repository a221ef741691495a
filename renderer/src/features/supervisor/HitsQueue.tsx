import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { alertStatuses, secondLineOutcomes, type AlertStatus, type HitQueueRow } from '../../../../shared/domain/inspection'
import { api } from '../../platform/api'
import { MatchExplanation } from '../primary-line/MatchExplanation'

/** The supervisor's review: every match of the last days, what the officer did, and second line's outcome. */
export function HitsQueue() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<AlertStatus | 'all'>('all')
  const [days, setDays] = useState(7)
  const [rows, setRows] = useState<HitQueueRow[]>([])
  const [open, setOpen] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => void api.alerts.queue({ status, days }).then((r) => (r.ok ? setRows(r.value) : setError(r.message))), [status, days])
  useEffect(() => {
    load()
    return api.onInspectionChanged(load)
  }, [load])

  const record = async (alertId: number, outcome: (typeof secondLineOutcomes)[number]) => {
    const r = await api.alerts.recordOutcome({ alertId, outcome })
    if (r.ok) load()
    else setError(r.message)
  }

  const counts = Object.fromEntries(alertStatuses.map((s) => [s, rows.filter((r) => r.alert.status === s).length]))
  return (
    <section className="panel hits-queue" aria-label={t('hits.title')} data-testid="hits-queue">
      <h2>{t('hits.title')}</h2>
      <div className="hits-filters">
        <label>
          {t('hits.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as AlertStatus | 'all')}>
            <option value="all">{t('hits.all')}</option>
            {alertStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`alertStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('hits.period')}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {[1, 7, 30, 90].map((d) => (
              <option key={d} value={d}>
                {t('hits.days', { count: d })}
              </option>
            ))}
          </select>
        </label>
        <p className="muted hits-counts">{alertStatuses.map((s) => `${t(`alertStatus.${s}`)}: ${counts[s] ?? 0}`).join(' · ')}</p>
      </div>
      {error && <p className="error">{error}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('hits.none')}</p>
      ) : (
        <table className="hits-table">
          <thead>
            <tr>
              <th>{t('hits.when')}</th>
              <th>{t('hits.traveller')}</th>
              <th>{t('hits.list')}</th>
              <th>{t('hits.score')}</th>
              <th>{t('hits.statusCol')}</th>
              <th>{t('hits.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <HitRow key={r.alert.id} row={r} open={open === r.alert.id} onToggle={() => setOpen(open === r.alert.id ? null : r.alert.id)} onOutcome={(o) => void record(r.alert.id, o)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function HitRow({ row, open, onToggle, onOutcome }: { row: HitQueueRow; open: boolean; onToggle: () => void; onOutcome: (o: (typeof secondLineOutcomes)[number]) => void }) {
  const { t } = useTranslation()
  const a = row.alert
  return (
    <>
      <tr className={`hit-row hit-${a.status}`} data-testid="hit-row" data-status={a.status}>
        <td dir="ltr">{new Date(row.at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}</td>
        <td>
          <button type="button" className="link" onClick={onToggle} aria-expanded={open}>
            <bdi dir="ltr">{row.traveller}</bdi>
          </button>
          <div className="muted small" dir="ltr">
            {row.document}
          </div>
        </td>
        <td>
          {t(`alert.title.${a.list}`)}
          <div className="muted small">
            {a.listId} · {a.listVersion}
          </div>
        </td>
        <td dir="ltr">{a.score === null ? '—' : a.score.toFixed(2)}</td>
        <td>
          <strong>{t(`alertStatus.${a.status}`)}</strong>
          <div className="muted small">
            {a.actedBy ?? row.startedBy}
            {a.dismissReason ? ` · ${a.dismissReason}` : ''}
          </div>
        </td>
        <td>
          {a.status === 'referred' ? (
            <select aria-label={t('hits.outcome')} value={a.outcome ?? ''} onChange={(e) => onOutcome(e.target.value as (typeof secondLineOutcomes)[number])}>
              <option value="" disabled>
                {t('hits.chooseOutcome')}
              </option>
              {secondLineOutcomes.map((o) => (
                <option key={o} value={o}>
                  {t(`hits.outcomes.${o}`)}
                </option>
              ))}
            </select>
          ) : (
            '—'
          )}
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={6}>
            <MatchExplanation alert={a} />
          </td>
        </tr>
      )}
    </>
  )
}

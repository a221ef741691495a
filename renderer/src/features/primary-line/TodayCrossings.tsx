import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CrossingSummary } from '../../../../shared/domain/inspection'
import { api } from '../../platform/api'

/** Today's crossings at this workstation, refreshed whenever the inspection changes. */
export function TodayCrossings() {
  const { t } = useTranslation()
  const [rows, setRows] = useState<CrossingSummary[]>([])
  useEffect(() => {
    const load = () => void api.crossings.today().then((r) => r.ok && setRows(r.value))
    load()
    return api.onInspectionChanged(load)
  }, [])
  return (
    <section className="panel crossings" aria-label={t('crossings.title')}>
      <h2>
        {t('crossings.title')} <span className="muted">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('crossings.none')}</p>
      ) : (
        <table data-testid="crossings-table">
          <thead>
            <tr>
              <th>{t('crossings.time')}</th>
              <th>{t('crossings.traveller')}</th>
              <th>{t('crossings.result')}</th>
              <th>{t('crossings.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="crossing-row">
                <td dir="ltr">{new Date(r.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</td>
                <td>
                  <bdi dir="ltr">{r.name}</bdi>
                  <div className="muted small" dir="ltr">
                    {r.issuingState} {r.documentNumber}
                  </div>
                </td>
                <td>
                  <span className={`tag tag-${r.overall}`}>{t(`result.${r.overall}.short`)}</span>
                </td>
                <td>{r.decision ? t(`decision.${r.decision}`) : t(`crossings.status.${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Alert, DocumentView } from '../../../../shared/domain/inspection'
import { api } from '../../platform/api'
import { AcknowledgeActions } from './AcknowledgeActions'
import { MatchExplanation } from './MatchExplanation'

/**
 * A list match the officer must acknowledge: modal, loud, and it closes only
 * by confirming or dismissing with a reason. The list record sits beside the
 * traveller so the officer sees why it matched.
 */
export function AlertModal({ alert, document, remaining }: { alert: Alert; document: DocumentView; remaining: number }) {
  const { t } = useTranslation()
  const resolve = useCallback(
    async (action: 'confirm' | 'dismiss', reason: string) => {
      const r = await api.inspection.resolveAlert({ alertId: alert.id, action, ...(action === 'dismiss' ? { reason } : {}) })
      return r.ok ? null : r.message
    },
    [alert.id],
  )

  return (
    <div className="modal-backdrop">
      <div className="modal alert-modal" role="alertdialog" aria-modal="true" aria-labelledby="alert-title" aria-describedby="alert-reason" data-testid="alert-modal">
        <h2 id="alert-title">
          <span aria-hidden="true">⚠ </span>
          {t(`alert.title.${alert.list}`)}
        </h2>
        <p id="alert-reason" className="alert-reason">
          {alert.reason}
        </p>
        <p className="muted">
          {t('alert.matchedOn', { fields: alert.matchedOn.map((f) => t(`fields.${f}`)).join(' + ') })} · {t('alert.listVersion', { version: alert.listVersion })}
          {remaining > 1 && <> · {t('alert.more', { count: remaining - 1 })}</>}
        </p>
        <MatchExplanation alert={alert} />
        <table className="compare" data-testid="alert-compare">
          <thead>
            <tr>
              <th />
              <th scope="col">{t('alert.traveller')}</th>
              <th scope="col">{t('alert.listRecord', { id: alert.listRecordId })}</th>
            </tr>
          </thead>
          <tbody>
            {comparisonRows(alert, document).map((row) => (
              <tr key={row.field} className={row.matched ? 'compare-matched' : undefined}>
                <th scope="row">
                  {t(`fields.${row.field}`)}
                  {row.matched && <span className="tag tag-hit">{t('alert.matchedField')}</span>}
                </th>
                <td dir="ltr">
                  <bdi>{row.traveller}</bdi>
                </td>
                <td dir="ltr">
                  <bdi>{row.record}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <AcknowledgeActions key={alert.id} resolve={resolve} />
      </div>
    </div>
  )
}

/** One row per fact, traveller beside list record, so the officer sees why it matched and what differs. */
function comparisonRows(alert: Alert, document: DocumentView) {
  const r = alert.record
  const rows: Array<{ field: string; traveller: string; record: string | undefined }> = [
    { field: 'name', traveller: `${document.surname}, ${document.givenNames}`, record: r.name },
    { field: 'birthDate', traveller: document.birthDate ?? '—', record: r.birthDate },
    { field: 'nationality', traveller: document.nationality, record: r.nationality },
    { field: 'documentNumber', traveller: document.documentNumber, record: r.number },
    { field: 'issuingState', traveller: document.issuingState, record: r.issuer },
    { field: 'documentCode', traveller: document.documentCode, record: r.type },
  ]
  return rows.map((row) => ({ ...row, record: row.record ?? '—', matched: alert.matchedOn.includes(row.field) }))
}

import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Alert, DocumentView } from '../../../../shared/domain/inspection'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { playAlarm } from './alarm'
import { MatchExplanation } from './MatchExplanation'

const ALARM_REPEAT_MS = 6000

/**
 * A list match the officer must acknowledge: modal, loud, and it closes only
 * by confirming or dismissing with a reason. The list record sits beside the
 * traveller so the officer sees why it matched.
 */
export function AlertModal({ alert, document, remaining }: { alert: Alert; document: DocumentView; remaining: number }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'ask' | 'dismiss'>('ask')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const reasonRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    setMode('ask')
    setReason('')
    setError(null)
    playAlarm()
    confirmRef.current?.focus()
    const id = setInterval(playAlarm, ALARM_REPEAT_MS)
    return () => clearInterval(id)
  }, [alert.id])

  useEffect(() => {
    if (mode === 'dismiss') reasonRef.current?.focus()
  }, [mode])

  const resolve = async (action: 'confirm' | 'dismiss') => {
    const r = await api.inspection.resolveAlert({ alertId: alert.id, action, ...(action === 'dismiss' ? { reason } : {}) })
    if (!r.ok) setError(r.message)
  }
  const submitDismiss = (e: FormEvent) => {
    e.preventDefault()
    if (reason.trim().length < 3) {
      setError(t('alert.reasonRequired'))
      return
    }
    void resolve('dismiss')
  }
  const shortcuts = useMemo(() => ({ c: () => void resolve('confirm'), d: () => setMode('dismiss') }), [alert.id, reason])
  useShortcuts(shortcuts, mode === 'ask')

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
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {mode === 'ask' ? (
          <div className="modal-actions">
            <button ref={confirmRef} type="button" className="btn btn-danger" onClick={() => void resolve('confirm')}>
              {t('alert.confirm')} <kbd>C</kbd>
            </button>
            <button type="button" className="btn" onClick={() => setMode('dismiss')}>
              {t('alert.dismiss')} <kbd>D</kbd>
            </button>
          </div>
        ) : (
          <form className="modal-actions" onSubmit={submitDismiss}>
            <label className="grow">
              {t('alert.dismissReason')}
              <input ref={reasonRef} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
            </label>
            <button type="submit" className="btn">
              {t('alert.dismissSubmit')}
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => setMode('ask')}>
              {t('alert.back')}
            </button>
          </form>
        )}
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

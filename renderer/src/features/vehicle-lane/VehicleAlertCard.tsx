import { forwardRef, useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { VehicleAlertView, VehicleCrossingView } from '../../../../shared/domain/vehicle-lane'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { PlateRecordComparison } from './PlateRecordComparison'
import { VehicleAlertExplanation } from './VehicleAlertExplanation'
import { shortcutMap, vehicleKeys } from './vehicle-keys'
import type { LaneRun } from './use-lane-call'


interface Props {
  alert: VehicleAlertView
  vehicle: VehicleCrossingView
  /** The alert the shortcuts act on (the first one waiting). */
  current: boolean
  active: boolean
  run: LaneRun
}

/**
 * One vehicle alert: what raised it, the list record beside what was read, and the officer's
 * answer: confirm, or dismiss with a reason; a confirmed alert can be referred to second line.
 * The ref is the confirm button, where focus goes when the alert arrives.
 */
export const VehicleAlertCard = forwardRef<HTMLButtonElement, Props>(function VehicleAlertCard({ alert, vehicle, current, active, run }, confirmRef) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'ask' | 'dismiss'>('ask')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const reasonRef = useRef<HTMLInputElement>(null)
  const waiting = alert.status === 'candidate'

  useEffect(() => {
    if (mode === 'dismiss') reasonRef.current?.focus()
  }, [mode])

  const resolve = (action: 'confirm' | 'dismiss' | 'refer') => void run(() => api.vehicleLane.resolveAlert({ alertId: alert.id, action, ...(action === 'dismiss' ? { reason: reason.trim() } : {}) }))
  const submitDismiss = (e: FormEvent) => {
    e.preventDefault()
    if (reason.trim().length < 3) {
      setError(t('alert.reasonRequired'))
      reasonRef.current?.focus()
      return
    }
    setError(null)
    resolve('dismiss')
  }
  const shortcuts = useMemo(
    () =>
      shortcutMap({
        confirmAlert: waiting ? () => resolve('confirm') : undefined,
        dismissAlert: waiting ? () => setMode('dismiss') : undefined,
        referAlert: alert.status === 'confirmed' ? () => resolve('refer') : undefined,
      }),
    [alert.id, alert.status],
  )
  useShortcuts(shortcuts, active && current && mode === 'ask')
  const key = (k: keyof typeof vehicleKeys) => (current ? <kbd>{vehicleKeys[k]}</kbd> : null)
  const titleId = `vehicle-alert-${alert.id}-title`

  return (
    <article
      className={`vehicle-alert vehicle-alert-${alert.status} ${waiting ? 'vehicle-alert-waiting' : ''}`}
      role={waiting ? 'alertdialog' : 'region'}
      aria-labelledby={titleId}
      data-testid="vehicle-alert"
      data-kind={alert.kind}
      data-status={alert.status}
    >
      <header className="vehicle-alert-head">
        <h3 id={titleId}>
          <span aria-hidden="true">{waiting ? '⚠ ' : ''}</span>
          {t(`vehicle.alert.title.${alert.kind}`)}
        </h3>
        <span className={`alert-state alert-state-${alert.status}`}>{t(`alertStatus.${alert.status}`)}</span>
      </header>
      {alert.kind === 'plate-list' ? <p className="alert-reason">{alert.reason}</p> : <p className="alert-reason">{t('vehicle.alert.occupancyLead')}</p>}
      {alert.listVersion && <p className="muted small">{t('alert.listVersion', { version: alert.listVersion })}</p>}
      <VehicleAlertExplanation alert={alert} occupancy={vehicle.occupancy} />
      {/* Answered for good (dismissed, referred): the comparison folds away, the reasons stay. */}
      {alert.kind === 'plate-list' &&
        (alert.status === 'candidate' || alert.status === 'confirmed' ? (
          <PlateRecordComparison alert={alert} vehicle={vehicle} />
        ) : (
          alert.listRecordId && <p className="muted small">{t('alert.listRecord', { id: alert.listRecordId })}</p>
        ))}
      {alert.dismissReason && <p className="muted">{t('alert.dismissedBecause', { reason: alert.dismissReason })}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {waiting && mode === 'ask' && (
        <div className="modal-actions">
          <button ref={confirmRef} type="button" className="btn btn-danger" onClick={() => resolve('confirm')}>
            {t(alert.kind === 'occupancy' ? 'vehicle.alert.confirmOccupancy' : 'alert.confirm')} {key('confirmAlert')}
          </button>
          <button type="button" className="btn" onClick={() => setMode('dismiss')}>
            {t('alert.dismiss')} {key('dismissAlert')}
          </button>
        </div>
      )}
      {waiting && mode === 'dismiss' && (
        <form className="modal-actions" onSubmit={submitDismiss} onKeyDown={(e) => e.key === 'Escape' && setMode('ask')}>
          <label className="grow">
            {t('vehicle.alert.dismissReason')}
            <input ref={reasonRef} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} aria-required="true" />
          </label>
          <button type="submit" className="btn">
            {t('alert.dismissSubmit')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => setMode('ask')}>
            {t('alert.back')} <kbd>Esc</kbd>
          </button>
        </form>
      )}
      {alert.status === 'confirmed' && (
        <div className="modal-actions">
          <button type="button" className="btn btn-refer" onClick={() => resolve('refer')}>
            {t('vehicle.alert.refer')} {key('referAlert')}
          </button>
        </div>
      )}
    </article>
  )
})

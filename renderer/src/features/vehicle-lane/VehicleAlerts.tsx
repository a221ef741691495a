import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { VehicleCrossingView } from '../../../../shared/domain/vehicle-lane'
import { ALARM_REPEAT_MS, playAlarm } from '../primary-line/alarm'
import { VehicleAlertCard } from './VehicleAlertCard'
import type { LaneRun } from './use-lane-call'

const order = { candidate: 0, confirmed: 1, referred: 2, dismissed: 3 } as const

/**
 * The vehicle's alerts, the waiting ones first and unmissable: a banner in words, the primary
 * line's alarm (repeated until answered), and focus on the new alert's confirm button. The
 * officer may still fill in the vehicle while an alert waits; the vehicle cannot be closed.
 */
export function VehicleAlerts({ vehicle, active, run }: { vehicle: VehicleCrossingView; active: boolean; run: LaneRun }) {
  const { t } = useTranslation()
  // Waiting alerts first, the newest on top (it is the one just announced); answered ones after, oldest first.
  const alerts = [...vehicle.alerts].sort((a, b) => order[a.status] - order[b.status] || (a.status === 'candidate' ? b.id - a.id : a.id - b.id))
  const waiting = alerts.filter((a) => a.status === 'candidate')
  const current = waiting[0] ?? alerts.find((a) => a.status === 'confirmed') ?? null
  const confirmRef = useRef<HTMLButtonElement>(null)
  const seen = useRef(new Set<number>())
  const waitingKey = waiting.map((a) => a.id).join(',')

  // A new candidate: sound, and focus on it.
  useEffect(() => {
    const fresh = waiting.filter((a) => !seen.current.has(a.id))
    for (const a of waiting) seen.current.add(a.id)
    if (fresh.length === 0 || !active) return
    playAlarm()
    confirmRef.current?.focus()
    confirmRef.current?.scrollIntoView({ block: 'center' })
  }, [waitingKey, active])

  // Repeated while any alert waits for an answer.
  useEffect(() => {
    if (waiting.length === 0 || !active) return
    const id = setInterval(playAlarm, ALARM_REPEAT_MS)
    return () => clearInterval(id)
  }, [waiting.length > 0, active])

  if (alerts.length === 0) return null
  return (
    <section className="vehicle-alerts" aria-labelledby="vehicle-alerts-title" data-testid="vehicle-alerts">
      {waiting.length > 0 ? (
        <div className="vehicle-alert-banner" role="alert" id="vehicle-alerts-title">
          <span aria-hidden="true">⚠ </span>
          {t('vehicle.alert.banner', { count: waiting.length })}
        </div>
      ) : (
        <h2 id="vehicle-alerts-title">{t('vehicle.alert.listTitle')}</h2>
      )}
      {alerts.map((a) => (
        <VehicleAlertCard key={a.id} ref={a.id === current?.id ? confirmRef : undefined} alert={a} vehicle={vehicle} current={a.id === current?.id} active={active} run={run} />
      ))}
    </section>
  )
}

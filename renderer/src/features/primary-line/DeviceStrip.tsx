import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDevices } from '../../app/use-api'

/** One chip per device: colour, state in words, and what to do when it is down. */
export function DeviceStrip() {
  const { t } = useTranslation()
  const devices = useDevices()
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])

  return (
    <div className="device-strip" aria-label={t('devices.title')}>
      {devices.length === 0 && <span className="muted">{t('devices.none')}</span>}
      {devices.map((d) => (
        <div key={d.id} className={`device device-${d.state}`} data-testid={`device-${d.id}`} data-state={d.state}>
          <span className="dot" aria-hidden="true" />
          <strong>{t(`devices.kind.${d.kind}`)}</strong>
          <span>{t(`devices.state.${d.state}`)}</span>
          {d.state === 'online' && d.activity && <span className="muted">· {t(`devices.activity.${d.activity}`)}</span>}
          {d.simulated && <span className="badge badge-sim">{t('devices.simulated')}</span>}
          {d.problem && (
            <span className="device-problem">
              {t(`devices.problem.${d.problem.code}`, { defaultValue: d.problem.detail })}
              {d.retryAt && d.state === 'offline' ? ` · ${t('devices.retryIn', { seconds: Math.max(0, Math.ceil((d.retryAt - now) / 1000)) })}` : ''}
            </span>
          )}
        </div>
      ))}
    </div>
  )
}

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { XrayCalibration as Calibration } from '../../../../shared/domain/xray'
import { api } from '../../platform/api'

const percent = (n: number) => `${(100 * n).toFixed(n < 0.001 ? 3 : 2)} %`

/** The technician's detector calibration: capture dark and air frames, see bad elements and the flat-field uniformity before and after. */
export function XrayCalibration({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation()
  const [history, setHistory] = useState<Calibration[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const load = () => void api.xray.calibrations().then((r) => r.ok && setHistory(r.value.filter((c) => c.device === deviceId)))
  useEffect(load, [deviceId])

  const run = async () => {
    setBusy(true)
    setError(null)
    const r = await api.xray.calibrate({ deviceId })
    setBusy(false)
    if (!r.ok) setError(r.message)
    load()
  }

  const latest = history[0]
  return (
    <section className="panel xray-calibration" aria-label={t('xrayCalibration.title')}>
      <h3>{t('xrayCalibration.title')}</h3>
      <p className="muted small">{t('xrayCalibration.explain')}</p>
      <button type="button" className="btn" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t('xrayCalibration.running') : t('xrayCalibration.run')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {latest ? (
        <table className="device-table" data-testid="calibration-result">
          <caption>{t('xrayCalibration.version', { version: latest.version, by: latest.createdBy, at: new Date(latest.createdAt).toLocaleString() })}</caption>
          <thead>
            <tr>
              <th>{t('xrayCalibration.energy')}</th>
              <th>{t('xrayCalibration.bad')}</th>
              <th>{t('xrayCalibration.before')}</th>
              <th>{t('xrayCalibration.after')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.energies.map((e) => (
              <tr key={e.energy}>
                <td>{t(`xrayCalibration.energies.${e.energy}`)}</td>
                <td>{t('xrayCalibration.badDetail', { total: e.badElements, elements: latest.elements, dead: e.dead, hot: e.hot, outliers: e.outliers })}</td>
                <td>{percent(e.uniformityBefore)}</td>
                <td>
                  {percent(e.uniformityAfter)} · {t('xrayCalibration.better', { factor: (e.uniformityBefore / Math.max(e.uniformityAfter, 1e-9)).toFixed(0) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('xrayCalibration.none')}</p>
      )}
    </section>
  )
}

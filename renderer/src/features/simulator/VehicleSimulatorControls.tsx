import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../platform/api'

/** The simulated vehicle lane: a vehicle arrives (lane camera + plate camera), is X-rayed (people hidden or not), leaves. */
export function VehicleSimulatorControls() {
  const { t } = useTranslation()
  const [plate, setPlate] = useState('B-AB 1234')
  const [kind, setKind] = useState<'car' | 'van' | 'truck'>('van')
  const [hidden, setHidden] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const act = async (action: 'arrive' | 'scan' | 'leave') => {
    setBusy(true)
    setError(null)
    const r = await api.simulator.vehicle({ action, plate: plate.trim() || undefined, kind, hiddenPeople: hidden })
    setBusy(false)
    if (!r.ok) setError(r.message)
  }
  return (
    <fieldset className="sim-vehicle" aria-busy={busy}>
      <legend>{t('simVehicle.title')}</legend>
      <label>
        {t('simVehicle.plate')}
        <input value={plate} dir="ltr" maxLength={20} onChange={(e) => setPlate(e.target.value)} data-testid="sim-vehicle-plate" />
      </label>
      <label>
        {t('simVehicle.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as 'car' | 'van' | 'truck')}>
          {(['car', 'van', 'truck'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`simVehicle.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('simVehicle.hidden')}
        <input type="number" min={0} max={12} value={hidden} onChange={(e) => setHidden(Math.max(0, Math.min(12, Number(e.target.value) || 0)))} />
      </label>
      <div className="sim-buttons">
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void act('arrive')}>
          {t('simVehicle.arrive')}
        </button>
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void act('scan')} data-testid="sim-vehicle-scan">
          {t('simVehicle.scan')}
        </button>
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void act('leave')}>
          {t('simVehicle.leave')}
        </button>
      </div>
      {busy && <p className="muted small">{t('simVehicle.working')}</p>}
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { simulatedFingerKinds, type SimulatedFingerKind } from '../../../../shared/domain/fingerprints'
import { api } from '../../platform/api'

/** Simulator panel: put a synthetic finger on the simulated pad for whatever it is waiting for, or a fault. */
export function SimulatorFingerControls() {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  const place = (kind: SimulatedFingerKind) => void api.fingerprints.simulate({ kind }).then((r) => setMessage(r.ok ? null : r.message))
  return (
    <div className="sim-fingers" data-testid="sim-fingers">
      <h3>{t('fingerprints.simTitle')}</h3>
      <div className="sim-actions">
        {simulatedFingerKinds.map((k) => (
          <button key={k} type="button" className="btn btn-small" data-finger-kind={k} onClick={() => place(k)}>
            {t(`fingerprints.sim.${k}`)}
          </button>
        ))}
      </div>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}

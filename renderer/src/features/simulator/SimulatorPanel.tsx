import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SampleTraveller, SimulatorAction } from '../../../../shared/domain/simulator'
import { simulatorActions } from '../../../../shared/domain/simulator'
import { api } from '../../platform/api'
import { SimulatorFingerControls } from '../fingerprints/SimulatorFingerControls'
import { VehicleSimulatorControls } from './VehicleSimulatorControls'

/** Trainer's and technician's controls for the simulated document reader. */
export function SimulatorPanel() {
  const { t } = useTranslation()
  const [samples, setSamples] = useState<SampleTraveller[]>([])
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    void api.simulator.samples().then((r) => r.ok && setSamples(r.value))
  }, [])
  const report = (r: { ok: boolean; message?: string }) => setMessage(r.ok ? null : (r.message ?? null))

  return (
    <section className="panel simulator" aria-label={t('simulator.title')} data-testid="simulator-panel">
      <h2>{t('simulator.title')}</h2>
      <p className="muted">{t('simulator.help')}</p>
      <div className="sim-samples">
        {samples.map((s) => (
          <button key={s.id} type="button" className="btn sim-sample" data-sample={s.id} onClick={() => void api.simulator.present({ sampleId: s.id }).then(report)}>
            {t(`simulator.samples.${s.id}`, { defaultValue: s.label })}
            <span className={`tag tag-${s.expect}`}>{t(`result.${s.expect}.short`)}</span>
          </button>
        ))}
      </div>
      <h3>{t('simulator.faults')}</h3>
      <div className="sim-actions">
        {simulatorActions.map((a: SimulatorAction) => (
          <button key={a} type="button" className="btn btn-small" data-action={a} onClick={() => void api.simulator.control({ action: a }).then(report)}>
            {t(`simulator.actions.${a}`)}
          </button>
        ))}
      </div>
      <SimulatorFingerControls />
      <VehicleSimulatorControls />
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </section>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PadTestResult } from '../../../../shared/domain/fingerprints'
import { api } from '../../platform/api'
import { useDevices } from '../../app/use-api'
import { FingerQualityList } from './FingerQualityList'
import { qualityTone } from './quality-tone'

/** Technician: the pad's status and a test capture with every quality measure; nothing is stored. */
export function PadTestPanel() {
  const { t } = useTranslation()
  const devices = useDevices()
  const pads = devices.filter((d) => d.kind === 'fingerprint')
  const [waiting, setWaiting] = useState(false)
  const [result, setResult] = useState<PadTestResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const test = async () => {
    setWaiting(true)
    setError(null)
    const r = await api.fingerprints.testCapture()
    setWaiting(false)
    if (r.ok) setResult(r.value)
    else setError(r.message)
  }
  return (
    <section className="panel fp-test" aria-label={t('fingerprints.testTitle')} data-testid="fp-pad-test">
      <h2>{t('fingerprints.testTitle')}</h2>
      {pads.length === 0 ? (
        <p className="muted">{t('fingerprints.noPadConfigured')}</p>
      ) : (
        <ul className="fp-pad-list">
          {pads.map((p) => (
            <li key={p.id} data-state={p.state}>
              <strong>{p.id}</strong> · {p.displayName} · {t(`devices.state.${p.state}`, { defaultValue: p.state })}
              {p.problem && <span className="muted"> · {p.problem.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-primary" disabled={waiting || pads.length === 0} onClick={() => void test()}>
        {waiting ? t('fingerprints.testWaiting') : t('fingerprints.testCapture')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="fp-test-result" data-testid="fp-test-result" data-outcome={result.outcome}>
          <p>
            {t(`fingerprints.testOutcome.${result.outcome}`)}
            {result.detail ? ` (${result.detail})` : ''}
            {result.width !== null ? ` · ${result.width}×${result.height}` : ''}
          </p>
          {result.quality && (
            <div className="fp-body">
              {result.quality.preview && <img src={result.quality.preview} alt={t('fingerprints.lastImage')} className="fp-image" />}
              <div>
                <FingerQualityList items={[{ position: result.quality.position, score: result.quality.score, feedback: result.quality.feedback, tone: qualityTone(result.quality.acceptable) }]} />
                <table className="fp-measures">
                  <tbody>
                    {Object.entries(result.measures).map(([k, v]) => (
                      <tr key={k}>
                        <th scope="row">{k}</th>
                        <td>{Number.isInteger(v) ? v : v.toFixed(3)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  )
}

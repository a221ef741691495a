import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Decision, InspectionSnapshot } from '../../../../shared/domain/inspection'
import { api } from '../../platform/api'
import { useEventValue } from '../../app/use-api'
import { useShortcuts } from '../../app/shortcuts'
import { ResultBanner } from './ResultBanner'
import { TravellerPanel } from './TravellerPanel'
import { AlertModal } from './AlertModal'
import { DecisionBar } from './DecisionBar'
import { ManualEntry } from './ManualEntry'
import { RiskPanel } from './RiskPanel'
import { useKeyboardWedge } from '../keyboard-wedge/use-keyboard-wedge'
import { FingerprintStep } from '../fingerprints/FingerprintStep'
import { FingerprintBanner } from '../fingerprints/FingerprintBanner'

const IDLE: InspectionSnapshot = { state: 'idle', crossingId: null, document: null, checks: [], alerts: [], overall: null, risk: null, decision: null, notice: null }

export function PrimaryLine({ active = true }: { active?: boolean }) {
  const { t } = useTranslation()
  const snapshot = useEventValue('inspectionChanged', IDLE, async () => {
    const r = await api.inspection.current()
    return r.ok ? r.value : undefined
  })
  const [manual, setManual] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const decide = async (decision: Decision) => {
    const r = await api.inspection.decide({ decision })
    setError(r.ok ? null : r.message)
  }
  const candidates = snapshot.alerts.filter((a) => a.status === 'candidate')
  const modalOpen = candidates.length > 0 || manual
  const shortcuts = useMemo(
    () => ({
      a: snapshot.state === 'review' ? () => void decide('admit') : undefined,
      r: snapshot.state === 'review' ? () => void decide('refuse') : undefined,
      s: snapshot.state === 'review' ? () => void decide('refer') : undefined,
      m: () => setManual(true),
    }),
    [snapshot.state],
  )
  useShortcuts(shortcuts, active && !modalOpen)
  const onWedgeRead = useCallback((lines: string[]) => {
    void api.inspection.submitWedgeRead({ lines }).then((r) => setError(r.ok ? null : r.message))
  }, [])
  useKeyboardWedge(onWedgeRead)

  return (
    <div className="primary-line">
      <section className="inspection" aria-live="polite">
        {snapshot.notice && (
          <div className={`notice notice-${snapshot.notice.code}`} role="alert" data-testid="read-notice" data-code={snapshot.notice.code}>
            <strong>{t(`notice.${snapshot.notice.code}.title`)}</strong> {t(`notice.${snapshot.notice.code}.action`)}
          </div>
        )}
        {snapshot.document ? (
          <>
            <ResultBanner snapshot={snapshot} />
            <FingerprintBanner crossingId={snapshot.crossingId} />
            <TravellerPanel document={snapshot.document} checks={snapshot.checks} />
            {snapshot.risk && <RiskPanel risk={snapshot.risk} />}
            <FingerprintStep crossingId={snapshot.crossingId} active={active} otherModalOpen={modalOpen} />
            {snapshot.alerts.length > 0 && (
              <ul className="alert-summary" data-testid="alert-summary">
                {snapshot.alerts.map((a) => (
                  <li key={a.id} className={`alert-status alert-${a.status}`} data-status={a.status}>
                    <strong>{t(`alertStatus.${a.status}`)}</strong> · {t(`alert.title.${a.list}`)} · {a.reason}
                    {a.dismissReason ? ` · ${t('alert.dismissedBecause', { reason: a.dismissReason })}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            <DecisionBar snapshot={snapshot} onDecide={(d) => void decide(d)} />
          </>
        ) : (
          <div className="waiting" data-testid="waiting">
            <div className="waiting-icon" aria-hidden="true">
              ▭
            </div>
            <h2>{t('waiting.title')}</h2>
            <p>{t('waiting.help')}</p>
          </div>
        )}
        <p className="shortcut-help muted">
          {t('shortcuts.help')}{' '}
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setManual(true)}>
            {t('manual.open')} <kbd>M</kbd>
          </button>
        </p>
      </section>
      {candidates[0] && snapshot.document && <AlertModal alert={candidates[0]} document={snapshot.document} remaining={candidates.length} />}
      {manual && candidates.length === 0 && <ManualEntry onClose={() => setManual(false)} />}
    </div>
  )
}

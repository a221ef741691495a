import { useTranslation } from 'react-i18next'
import type { Decision, InspectionSnapshot } from '../../../../shared/domain/inspection'

export const decisionKeys: Record<Decision, string> = { admit: 'A', refuse: 'R', refer: 'S' }

export function DecisionBar({ snapshot, onDecide }: { snapshot: InspectionSnapshot; onDecide: (d: Decision) => void }) {
  const { t } = useTranslation()
  if (snapshot.state === 'recorded' && snapshot.decision) {
    return (
      <div className={`decision-done decision-${snapshot.decision.decision}`} role="status" data-testid="decision-recorded">
        {t('decision.recorded', { decision: t(`decision.${snapshot.decision.decision}`), officer: snapshot.decision.by })}
        <span className="muted"> · {t('decision.next')}</span>
      </div>
    )
  }
  const enabled = snapshot.state === 'review'
  return (
    <div className="decision-bar" role="group" aria-label={t('decision.title')}>
      {(['admit', 'refuse', 'refer'] as const).map((d) => (
        <button key={d} type="button" className={`btn btn-decision btn-${d}`} disabled={!enabled} onClick={() => onDecide(d)}>
          {t(`decision.${d}`)} <kbd>{decisionKeys[d]}</kbd>
        </button>
      ))}
    </div>
  )
}

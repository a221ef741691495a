import { useTranslation } from 'react-i18next'
import type { ScoredExpectation } from '../../../../shared/training/training-views'

/** Each expected action with its state, in words and colour (never colour alone). */
export function ExpectationList({ expectations }: { expectations: readonly ScoredExpectation[] }) {
  const { t } = useTranslation()
  if (expectations.length === 0) return <p className="muted">{t('training.noExpectations')}</p>
  return (
    <ul className="expectations" data-testid="expectations">
      {expectations.map((e) => (
        <li key={e.id} className={`expectation expectation-${e.status}`} data-testid="expectation" data-id={e.id} data-status={e.status}>
          <span className="expectation-status">{t(`training.status.${e.status}`)}</span>
          <span className="expectation-target">{e.label}</span>
          <span>{e.expected ? t(`training.action.${e.expected}`) : t('training.unexpected')}</span>
          {e.taken && e.status !== 'caught' && <span className="muted">{t('training.taken', { action: e.taken })}</span>}
        </li>
      ))}
    </ul>
  )
}

import { useTranslation } from 'react-i18next'
import type { Alert } from '../../../../shared/domain/inspection'

/** Why the machine matched: confidence, score and every feature that made it. Never a bare number. */
export function MatchExplanation({ alert }: { alert: Alert }) {
  const { t } = useTranslation()
  return (
    <div className="match-explanation" data-testid="match-explanation">
      <p>
        {alert.confidence && <span className={`tag tag-confidence-${alert.confidence}`}>{t(`alert.confidence.${alert.confidence}`)}</span>}
        {alert.score !== null && (
          <span className="muted">
            {' '}
            {t('alert.score', { score: Math.round(alert.score * 100) })}
          </span>
        )}
      </p>
      {alert.features.length > 0 && (
        <ul className="features">
          {alert.features.map((f, i) => (
            <li key={`${f.code}-${i}`} className={f.contribution < 0 ? 'feature-against' : 'feature-for'}>
              <span className="feature-sign" aria-hidden="true">
                {f.contribution < 0 ? '−' : '+'}
              </span>
              <span className="feature-label">{t(`features.${f.code}`, { defaultValue: f.code })}</span>{' '}
              <span dir="ltr" className="feature-detail muted">
                ({f.detail})
              </span>
              <span className="muted small" dir="ltr">
                {' '}
                ({f.contribution >= 0 ? '+' : ''}
                {f.contribution.toFixed(2)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

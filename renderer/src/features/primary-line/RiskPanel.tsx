import { useTranslation } from 'react-i18next'
import type { RiskView } from '../../../../shared/domain/inspection'

/** The risk band with the profiles that fired and why. It informs; the officer decides. */
export function RiskPanel({ risk }: { risk: RiskView }) {
  const { t } = useTranslation()
  if (risk.fired.length === 0) {
    // Nothing fired: one quiet line, so the decision buttons stay in view.
    return (
      <p className="risk-quiet muted" data-testid="risk-panel" data-band={risk.band}>
        <span className={`tag tag-risk-${risk.band}`}>{t(`risk.band.${risk.band}`)}</span> {t('risk.title')}: {t('risk.none')}
      </p>
    )
  }
  return (
    <section className={`panel risk risk-${risk.band}`} aria-label={t('risk.title')} data-testid="risk-panel" data-band={risk.band}>
      <h3>
        <span className={`tag tag-risk-${risk.band}`}>{t(`risk.band.${risk.band}`)}</span> {t('risk.title')} · {t('risk.score', { score: risk.score })}
      </h3>
      <ul className="risk-fired">
          {risk.fired.map((f) => (
            <li key={f.profileId}>
              <strong>{f.title}</strong> <span className="muted">(+{f.points})</span>
              <div className="small">{f.rationale}</div>
              <ul className="small muted">
                {f.because.map((b) => (
                  <li key={b} dir="ltr">
                    {b}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      <p className="small muted">{t('risk.notADecision')}</p>
    </section>
  )
}

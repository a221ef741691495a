import { useTranslation } from 'react-i18next'
import type { VehicleAlertView, VehicleCrossingView } from '../../../../shared/domain/vehicle-lane'

/**
 * Why the machine raised it, feature by feature (the primary line's match-explanation style).
 * Occupancy features are said from the counts in the officer's language; plate features carry
 * the main side's comparison as their detail.
 */
export function VehicleAlertExplanation({ alert, occupancy }: { alert: VehicleAlertView; occupancy: VehicleCrossingView['occupancy'] }) {
  const { t } = useTranslation()
  const occupancyText = (code: string): string | null => {
    const { declared, documents, markedOnScan } = occupancy
    if (code === 'declared-vs-documents' && declared !== null) return t('vehicle.occupancy.declaredVsDocuments', { declared, count: documents })
    if (code === 'scan-vs-documents' && markedOnScan !== null) return t('vehicle.occupancy.scanVsDocuments', { marked: markedOnScan, count: documents })
    if (code === 'scan-vs-declared' && markedOnScan !== null && declared !== null) return t('vehicle.occupancy.scanVsDeclared', { marked: markedOnScan, declared })
    return null
  }
  return (
    <div className="match-explanation" data-testid="vehicle-alert-explanation">
      {alert.score !== null && (
        <p>
          <span className={`tag ${alert.score >= 1 ? 'tag-confidence-exact' : alert.score >= 0.8 ? 'tag-confidence-high' : 'tag-confidence-low'}`}>
            {t(alert.score >= 1 ? 'alert.confidence.exact' : alert.score >= 0.8 ? 'alert.confidence.high' : 'alert.confidence.low')}
          </span>
          <span className="muted"> {t('alert.score', { score: Math.round(alert.score * 100) })}</span>
        </p>
      )}
      {alert.features.length > 0 && (
        <ul className="features">
          {alert.features.map((f, i) => {
            const said = alert.kind === 'occupancy' ? occupancyText(f.code) : null
            return (
              <li key={`${f.code}-${i}`} className={f.contribution < 0 ? 'feature-against' : 'feature-for'} data-code={f.code}>
                <span className="feature-sign" aria-hidden="true">
                  {f.contribution < 0 ? '−' : f.contribution > 0 ? '+' : '·'}
                </span>
                <span className="feature-label">{t(`vehicle.feature.${f.code}`, { defaultValue: f.code })}</span>{' '}
                {said !== null ? (
                  <strong className="feature-said">{said}</strong>
                ) : (
                  <span dir="ltr" className="feature-detail muted">
                    ({f.detail})
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}

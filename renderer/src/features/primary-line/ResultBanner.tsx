import { useTranslation } from 'react-i18next'
import type { InspectionSnapshot } from '../../../../shared/domain/inspection'

/** The first thing the officer reads: colour and words, never colour alone. */
export function ResultBanner({ snapshot }: { snapshot: InspectionSnapshot }) {
  const { t } = useTranslation()
  if (!snapshot.overall) return null
  const icon = { clear: '✓', warning: '!', hit: '⚠', invalid: '✗' }[snapshot.overall]
  return (
    <div className={`result result-${snapshot.overall}`} role="status" data-testid="overall-result" data-overall={snapshot.overall}>
      <span className="result-icon" aria-hidden="true">
        {icon}
      </span>
      <div>
        <div className="result-title">{t(`result.${snapshot.overall}.title`)}</div>
        <div className="result-detail">{t(`result.${snapshot.overall}.detail`)}</div>
      </div>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { useFingerprints } from './use-fingerprints'

/**
 * Beside the document result: a fingerprint candidate or confirmed hit in
 * words and colour, so a CLEAR document result never hides a fingerprint match.
 */
export function FingerprintBanner({ crossingId }: { crossingId: number | null }) {
  const { t } = useTranslation()
  const snapshot = useFingerprints()
  if (crossingId === null || snapshot.crossingId !== crossingId) return null
  const open = snapshot.candidates.filter((c) => c.status === 'candidate').length
  const confirmed = snapshot.candidates.filter((c) => c.status === 'confirmed' || c.status === 'referred').length
  if (open === 0 && confirmed === 0) return null
  return (
    <div className="fp-banner" role="alert" data-testid="fp-banner" data-state={confirmed > 0 ? 'confirmed' : 'candidate'}>
      <strong>{confirmed > 0 ? t('fingerprints.bannerConfirmed') : t('fingerprints.bannerCandidate')}</strong> {t('fingerprints.bannerHelp')}
    </div>
  )
}

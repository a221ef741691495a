import { useTranslation } from 'react-i18next'
import type { FingerprintSnapshot } from '../../../../shared/domain/fingerprints'
import { api } from '../../platform/api'

/** The 1:N search's state and its candidates with what the officer did about them (the modal asks). */
export function SearchResults({ snapshot }: { snapshot: FingerprintSnapshot }) {
  const { t } = useTranslation()
  const s = snapshot.search
  if (s.status === 'not-started' && snapshot.candidates.length === 0) return null
  return (
    <div className="fp-search" data-testid="fp-search" data-status={s.status}>
      <h3>{t('fingerprints.searchTitle')}</h3>
      <p className={`fp-search-status fp-search-${s.status}`}>
        {t(`fingerprints.search.${s.status}`, { count: snapshot.candidates.length, gallery: s.galleryFingers })}
        {s.threshold !== null && <span className="muted"> · {t('fingerprints.threshold', { threshold: s.threshold.toFixed(1), fpir: s.targetFpir })}</span>}
      </p>
      {s.message && <p className="muted">{s.message}</p>}
      {(s.status === 'done' || s.status === 'failed' || s.status === 'no-gallery') && snapshot.captures.length > 0 && (
        <button type="button" className="btn btn-quiet btn-small" onClick={() => void api.fingerprints.search()}>
          {t('fingerprints.searchAgain')}
        </button>
      )}
      {snapshot.candidates.length > 0 && (
        <ul className="alert-summary" data-testid="fp-candidates">
          {snapshot.candidates.map((c) => (
            <li key={c.id} className={`alert-status alert-${c.status}`} data-status={c.status}>
              <strong>{t(`alertStatus.${c.status}`)}</strong> · {t('fingerprints.candidateLine', { name: c.record.name ?? c.recordId, score: c.score.toFixed(1), list: c.listId })}
              {c.dismissReason ? ` · ${t('alert.dismissedBecause', { reason: c.dismissReason })}` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { FingerprintCandidateView } from '../../../../shared/domain/fingerprints'
import { api } from '../../platform/api'
import { AcknowledgeActions } from '../primary-line/AcknowledgeActions'

const RECORD_FIELDS = ['name', 'aliases', 'birthDate', 'nationality', 'sex', 'noticeType', 'reason', 'photoRef']

/**
 * A fingerprint candidate from the 1:N search: like a list match it cannot be
 * missed (modal, alarm) and closes only by confirming or dismissing with a
 * reason. It says why: the fused score against the threshold, finger by finger.
 */
export function CandidateModal({ candidate, remaining }: { candidate: FingerprintCandidateView; remaining: number }) {
  const { t } = useTranslation()
  const resolve = useCallback(
    async (action: 'confirm' | 'dismiss', reason: string) => {
      const r = await api.fingerprints.resolveCandidate({ candidateId: candidate.id, action, ...(action === 'dismiss' ? { reason } : {}) })
      return r.ok ? null : r.message
    },
    [candidate.id],
  )

  return (
    <div className="modal-backdrop">
      <div className="modal alert-modal" role="alertdialog" aria-modal="true" aria-labelledby="fp-alert-title" data-testid="fp-candidate-modal">
        <h2 id="fp-alert-title">
          <span aria-hidden="true">⚠ </span>
          {t('fingerprints.candidateTitle')}
        </h2>
        <p className="alert-reason">{candidate.record.reason ?? ''}</p>
        <p className="muted">
          {t('fingerprints.candidateNotDecision')} · {t('alert.listVersion', { version: candidate.listVersion })}
          {remaining > 1 && <> · {t('alert.more', { count: remaining - 1 })}</>}
        </p>
        <p className="fp-explain" data-testid="fp-explain">
          {t('fingerprints.explain', { score: candidate.score.toFixed(1), threshold: candidate.threshold.toFixed(1) })}
        </p>
        <ul className="fp-finger-scores" data-testid="fp-finger-scores">
          {candidate.fingers.map((f) => (
            <li key={f.position} className={f.score >= candidate.threshold ? 'fp-finger-matched' : 'fp-finger-weak'}>
              {t(`fingerprints.finger.${f.position}`)}: {t('fingerprints.matchScore', { score: f.score.toFixed(1) })} · {f.score >= candidate.threshold ? t('fingerprints.fingerMatched') : t('fingerprints.fingerWeak')}
            </li>
          ))}
        </ul>
        <table className="compare" data-testid="fp-record">
          <caption>{t('alert.listRecord', { id: candidate.recordId })}</caption>
          <tbody>
            {RECORD_FIELDS.filter((f) => candidate.record[f]).map((f) => (
              <tr key={f}>
                <th scope="row">{t(`fingerprints.record.${f}`)}</th>
                <td dir="ltr">
                  <bdi>{candidate.record[f]}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <AcknowledgeActions key={candidate.id} resolve={resolve} />
      </div>
    </div>
  )
}

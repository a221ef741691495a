import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FingerprintCandidateView } from '../../../../shared/domain/fingerprints'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { playAlarm } from '../primary-line/alarm'

const ALARM_REPEAT_MS = 6000
const RECORD_FIELDS = ['name', 'aliases', 'birthDate', 'nationality', 'sex', 'noticeType', 'reason', 'photoRef']

/**
 * A fingerprint candidate from the 1:N search: like a list match it cannot be
 * missed (modal, alarm) and closes only by confirming or dismissing with a
 * reason. It says why: the fused score against the threshold, finger by finger.
 */
export function CandidateModal({ candidate, remaining }: { candidate: FingerprintCandidateView; remaining: number }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'ask' | 'dismiss'>('ask')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const reasonRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    setMode('ask')
    setReason('')
    setError(null)
    playAlarm()
    confirmRef.current?.focus()
    const id = setInterval(playAlarm, ALARM_REPEAT_MS)
    return () => clearInterval(id)
  }, [candidate.id])
  useEffect(() => {
    if (mode === 'dismiss') reasonRef.current?.focus()
  }, [mode])

  const resolve = async (action: 'confirm' | 'dismiss') => {
    const r = await api.fingerprints.resolveCandidate({ candidateId: candidate.id, action, ...(action === 'dismiss' ? { reason } : {}) })
    if (!r.ok) setError(r.message)
  }
  const submitDismiss = (e: FormEvent) => {
    e.preventDefault()
    if (reason.trim().length < 3) return setError(t('alert.reasonRequired'))
    void resolve('dismiss')
  }
  const shortcuts = useMemo(() => ({ c: () => void resolve('confirm'), d: () => setMode('dismiss') }), [candidate.id])
  useShortcuts(shortcuts, mode === 'ask')

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
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {mode === 'ask' ? (
          <div className="modal-actions">
            <button ref={confirmRef} type="button" className="btn btn-danger" onClick={() => void resolve('confirm')}>
              {t('alert.confirm')} <kbd>C</kbd>
            </button>
            <button type="button" className="btn" onClick={() => setMode('dismiss')}>
              {t('alert.dismiss')} <kbd>D</kbd>
            </button>
          </div>
        ) : (
          <form className="modal-actions" onSubmit={submitDismiss}>
            <label className="grow">
              {t('alert.dismissReason')}
              <input ref={reasonRef} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
            </label>
            <button type="submit" className="btn">
              {t('alert.dismissSubmit')}
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => setMode('ask')}>
              {t('alert.back')}
            </button>
          </form>
        )}
      </div>
    </div>
  )
}

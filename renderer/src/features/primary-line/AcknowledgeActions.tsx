import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useShortcuts } from '../../app/shortcuts'
import { ALARM_REPEAT_MS, playAlarm } from './alarm'

/**
 * How the officer answers a match that must not be missed (a list match, a fingerprint
 * candidate): the alarm repeats until answered, focus is on Confirm (C), Dismiss (D) asks for a
 * reason of at least 3 characters. `resolve` returns the main side's refusal, if any. Mount it
 * with `key` set to the match's id so a new match starts afresh.
 */
export function AcknowledgeActions({ resolve }: { resolve: (action: 'confirm' | 'dismiss', reason: string) => Promise<string | null> }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'ask' | 'dismiss'>('ask')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const reasonRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    playAlarm()
    confirmRef.current?.focus()
    const id = setInterval(playAlarm, ALARM_REPEAT_MS)
    return () => clearInterval(id)
  }, [])
  useEffect(() => {
    if (mode === 'dismiss') reasonRef.current?.focus()
  }, [mode])

  const answer = async (action: 'confirm' | 'dismiss') => setError(await resolve(action, reason))
  const submitDismiss = (e: FormEvent) => {
    e.preventDefault()
    if (reason.trim().length < 3) {
      setError(t('alert.reasonRequired'))
      return
    }
    void answer('dismiss')
  }
  const shortcuts = useMemo(() => ({ c: () => void answer('confirm'), d: () => setMode('dismiss') }), [resolve])
  useShortcuts(shortcuts, mode === 'ask')

  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {mode === 'ask' ? (
        <div className="modal-actions">
          <button ref={confirmRef} type="button" className="btn btn-danger" onClick={() => void answer('confirm')}>
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
    </>
  )
}

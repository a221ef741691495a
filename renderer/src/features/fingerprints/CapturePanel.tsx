import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FingerprintSnapshot } from '../../../../shared/domain/fingerprints'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { HandDiagram } from './HandDiagram'
import { FingerQualityList } from './FingerQualityList'
import { SearchResults } from './SearchResults'
import { qualityTone } from './quality-tone'

/**
 * The fingerprint step under the traveller: which finger comes next, the
 * pad's image, the quality of each finger in words and colour, retry and
 * accept-with-reason, then the 1:N candidates. Keys: F capture / retry,
 * O accept a failed capture with a reason.
 */
export function CapturePanel({ snapshot, shortcutsEnabled }: { snapshot: FingerprintSnapshot; shortcutsEnabled: boolean }) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [overriding, setOverriding] = useState(false)
  const [reason, setReason] = useState('')
  const [exported, setExported] = useState<string | null>(null)
  const reasonRef = useRef<HTMLInputElement>(null)
  const nextStep = snapshot.open && snapshot.nextStep !== null ? snapshot.steps[snapshot.nextStep] : null
  const target = snapshot.awaiting ?? snapshot.attempt?.step ?? nextStep

  useEffect(() => {
    if (overriding) reasonRef.current?.focus()
  }, [overriding])
  useEffect(() => {
    if (!snapshot.attempt) setOverriding(false)
  }, [snapshot.attempt])

  const report = (r: { ok: boolean; message?: string }) => setError(r.ok ? null : (r.message ?? null))
  const capture = () => void (snapshot.attempt || snapshot.prompt ? api.fingerprints.retry() : api.fingerprints.capture()).then(report)
  const submitOverride = (e: FormEvent) => {
    e.preventDefault()
    if (reason.trim().length < 3) return setError(t('fingerprints.overrideReasonRequired'))
    void api.fingerprints.override({ reason }).then((r) => {
      report(r)
      if (r.ok) setReason('')
    })
  }
  const canCapture = snapshot.open && !snapshot.awaiting && (nextStep !== null || snapshot.attempt !== null)
  const shortcuts = useMemo(
    () => ({
      f: canCapture ? capture : undefined,
      o: snapshot.attempt ? () => setOverriding(true) : undefined,
    }),
    [canCapture, snapshot.attempt, snapshot.prompt],
  )
  useShortcuts(shortcuts, shortcutsEnabled && !overriding)

  const image = snapshot.attempt?.fingers[0]?.preview ?? snapshot.captures.at(-1)?.preview ?? null
  const prompt = snapshot.prompt
  return (
    <section className="panel fp-panel" aria-label={t('fingerprints.title')} data-testid="fingerprint-panel">
      <header className="panel-head">
        <h2>{t('fingerprints.title')}</h2>
        <span className={`fp-pad ${snapshot.padOnline ? 'fp-pad-online' : 'fp-pad-offline'}`} data-testid="fp-pad-state">
          {snapshot.padOnline ? t('fingerprints.padOnline') : t('fingerprints.padOffline')}
        </span>
        <label className="fp-plan">
          {t('fingerprints.plan')}{' '}
          <select value={snapshot.plan} disabled={snapshot.awaiting !== null} onChange={(e) => void api.fingerprints.setPlan({ plan: e.target.value as FingerprintSnapshot['plan'] }).then(report)}>
            <option value="primary-line">{t('fingerprints.planPrimary')}</option>
            <option value="ten-print">{t('fingerprints.planTenPrint')}</option>
          </select>
        </label>
      </header>
      <div className="fp-body">
        <div className="fp-live">
          {image ? <img src={image} alt={t('fingerprints.lastImage')} className="fp-image" data-testid="fp-image" /> : <div className="fp-image fp-image-empty">{t('fingerprints.noImage')}</div>}
        </div>
        <div className="fp-guide">
          <p className="fp-next" data-testid="fp-next" aria-live="polite">
            {snapshot.awaiting
              ? t('fingerprints.placeNow', { finger: t(`fingerprints.finger.${snapshot.awaiting.position}`) })
              : target && (snapshot.attempt || (prompt && prompt.code !== 'place-finger'))
                ? t('fingerprints.retryFinger', { finger: t(`fingerprints.finger.${target.position}`) })
                : target
                  ? t('fingerprints.nextFinger', { finger: t(`fingerprints.finger.${target.position}`) })
                : !snapshot.open
                  ? t('fingerprints.crossingDecided')
                  : snapshot.captures.length > 0
                    ? t('fingerprints.allCaptured')
                  : t('fingerprints.nothingPlanned')}
          </p>
          {prompt && prompt.code !== 'place-finger' && (
            <p className={`fp-prompt fp-prompt-${prompt.code}`} role="alert" data-testid="fp-prompt" data-code={prompt.code}>
              <strong>{t(`fingerprints.prompt.${prompt.code}`)}</strong>
              {prompt.feedback && prompt.feedback !== 'ok' ? ` ${t(`fingerprints.feedback.${prompt.feedback}`)}` : ''}
            </p>
          )}
          <HandDiagram snapshot={snapshot} />
          {snapshot.attempt && (
            <div className="fp-attempt" data-testid="fp-attempt">
              <p>{t('fingerprints.attemptFailed', { count: snapshot.attempt.attemptNumber })}</p>
              <FingerQualityList items={snapshot.attempt.fingers.map((f) => ({ position: f.position, score: f.score, feedback: f.feedback, tone: qualityTone(f.acceptable) }))} />
            </div>
          )}
          <div className="fp-actions">
            {(target || snapshot.awaiting) && (
              <button type="button" className="btn btn-primary" disabled={!canCapture} onClick={capture} data-testid="fp-capture">
                {snapshot.attempt || (prompt && prompt.code !== 'place-finger') ? t('fingerprints.retry') : t('fingerprints.capture')} <kbd>F</kbd>
              </button>
            )}
            {snapshot.attempt && !overriding && (
              <button type="button" className="btn" onClick={() => setOverriding(true)} data-testid="fp-override">
                {t('fingerprints.override')} <kbd>O</kbd>
              </button>
            )}
            {snapshot.captures.length > 0 && (
              <button type="button" className="btn btn-quiet btn-small" onClick={() => void api.fingerprints.export().then((r) => {
                    report(r)
                    setExported(r.ok ? r.value.file : null)
                  })}
              >
                {t('fingerprints.export')}
              </button>
            )}
          </div>
          {overriding && (
            <form className="fp-override-form" onSubmit={submitOverride}>
              <label className="grow">
                {t('fingerprints.overrideReason')}
                <input ref={reasonRef} name="override-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
              </label>
              <button type="submit" className="btn">
                {t('fingerprints.overrideSubmit')}
              </button>
              <button type="button" className="btn btn-quiet" onClick={() => setOverriding(false)}>
                {t('fingerprints.cancel')}
              </button>
            </form>
          )}
          {exported && (
            <p className="muted" data-testid="fp-exported">
              {t('fingerprints.exported', { file: exported })}
            </p>
          )}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
      {snapshot.captures.length > 0 && (
        <div className="fp-captured">
          <h3>{t('fingerprints.captured')}</h3>
          <FingerQualityList
            testId="fp-captures"
            items={snapshot.captures.map((c) => ({ position: c.position, score: c.quality, feedback: c.feedback, tone: qualityTone(c.feedback === 'ok', c.overrideReason !== null), overrideReason: c.overrideReason, preview: c.preview }))}
          />
        </div>
      )}
      <SearchResults snapshot={snapshot} />
      <p className="muted fp-keys">{t('fingerprints.keys')}</p>
    </section>
  )
}

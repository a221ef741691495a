import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../platform/api'

/** When the reader cannot read a document, the officer types the MRZ; same validation, marked as manual. */
export function ManualEntry({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const ref = useRef<HTMLTextAreaElement>(null)
  useEffect(() => ref.current?.focus(), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim().toUpperCase())
      .filter(Boolean)
    if (lines.length < 2 || lines.length > 3) {
      setError(t('manual.lineCount'))
      return
    }
    const r = await api.inspection.submitManualMrz({ lines })
    if (r.ok) onClose()
    else setError(r.message)
  }

  return (
    <div className="modal-backdrop">
      <form className="modal" role="dialog" aria-modal="true" aria-labelledby="manual-title" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="manual-title">{t('manual.title')}</h2>
        <p className="muted">{t('manual.help')}</p>
        <textarea ref={ref} dir="ltr" className="mrz-input" rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('manual.title')} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="btn btn-primary">
            {t('manual.submit')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            {t('manual.cancel')} <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </div>
  )
}

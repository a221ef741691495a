import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../../../shared/api/result'
import type { ManualFields } from '../../../../shared/domain/manual-fields'
import { api } from '../../platform/api'

/**
 * When the reader cannot read a document, the officer types the MRZ, or, if
 * the MRZ itself is unreadable, the key fields of the data page. Either goes
 * through the same checks and is recorded as entered by hand.
 */
export function ManualEntry({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'mrz' | 'fields'>('mrz')
  const [error, setError] = useState<string | null>(null)
  const finish = (r: Result<unknown>) => (r.ok ? onClose() : setError(r.message))

  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="manual-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="manual-title">{t('manual.title')}</h2>
        <div className="tabs" role="tablist">
          {(['mrz', 'fields'] as const).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} className={`tab ${mode === m ? 'tab-active' : ''}`} onClick={() => setMode(m)}>
              {t(`manual.modes.${m}`)}
            </button>
          ))}
        </div>
        {mode === 'mrz' ? <MrzLinesForm onSubmit={async (lines) => finish(await api.inspection.submitManualMrz({ lines }))} onError={setError} /> : <KeyFieldsForm onSubmit={async (f) => finish(await api.inspection.submitManualFields(f))} />}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" form={`manual-${mode}`} className="btn btn-primary">
            {t('manual.submit')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            {t('manual.cancel')} <kbd>Esc</kbd>
          </button>
        </div>
      </div>
    </div>
  )
}

function MrzLinesForm({ onSubmit, onError }: { onSubmit: (lines: string[]) => void; onError: (e: string) => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const ref = useRef<HTMLTextAreaElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim().toUpperCase())
      .filter(Boolean)
    if (lines.length < 2 || lines.length > 3) onError(t('manual.lineCount'))
    else onSubmit(lines)
  }
  return (
    <form id="manual-mrz" onSubmit={submit}>
      <p className="muted">{t('manual.help')}</p>
      <textarea ref={ref} dir="ltr" className="mrz-input" rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('manual.modes.mrz')} />
    </form>
  )
}

function KeyFieldsForm({ onSubmit }: { onSubmit: (f: ManualFields) => void }) {
  const { t } = useTranslation()
  const [f, setF] = useState<ManualFields>({ documentType: 'passport', issuingState: '', documentNumber: '', surname: '', givenNames: '', nationality: '', birthDate: '', sex: 'M', expiryDate: '' })
  const set = <K extends keyof ManualFields>(k: K, v: ManualFields[K]) => setF((x) => ({ ...x, [k]: v }))
  const text = (k: 'issuingState' | 'documentNumber' | 'surname' | 'givenNames' | 'nationality', extra: { maxLength?: number; dir?: 'ltr' } = {}) => (
    <label>
      {t(`manual.fields.${k}`)}
      <input name={k} value={f[k]} onChange={(e) => set(k, e.target.value)} {...extra} required={k !== 'givenNames'} />
    </label>
  )
  const date = (k: 'birthDate' | 'expiryDate') => (
    <label>
      {t(`manual.fields.${k}`)}
      <input name={k} type="date" dir="ltr" value={f[k]} onChange={(e) => set(k, e.target.value)} required />
    </label>
  )
  return (
    <form id="manual-fields" className="form-grid" onSubmit={(e) => (e.preventDefault(), onSubmit(f))}>
      <label>
        {t('manual.fields.documentType')}
        <select value={f.documentType} onChange={(e) => set('documentType', e.target.value as ManualFields['documentType'])}>
          <option value="passport">{t('manual.types.passport')}</option>
          <option value="id-card">{t('manual.types.id-card')}</option>
        </select>
      </label>
      {text('issuingState', { maxLength: 3, dir: 'ltr' })}
      {text('documentNumber', { maxLength: 14, dir: 'ltr' })}
      {text('surname')}
      {text('givenNames')}
      {text('nationality', { maxLength: 3, dir: 'ltr' })}
      {date('birthDate')}
      <label>
        {t('manual.fields.sex')}
        <select value={f.sex} onChange={(e) => set('sex', e.target.value as ManualFields['sex'])}>
          <option value="M">M</option>
          <option value="F">F</option>
          <option value="X">X</option>
        </select>
      </label>
      {date('expiryDate')}
    </form>
  )
}

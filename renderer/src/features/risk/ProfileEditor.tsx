import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RiskProfile } from '../../../../shared/risk/profile-schema'
import { api } from '../../platform/api'

const inAYear = () => new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10) + 'T00:00:00Z'

const template = () => ({
  id: 'new-profile-id',
  title: 'What this profile looks for',
  rationale: 'Why it exists: the threat it addresses, the evidence, the false positives to expect.',
  owner: 'Accountable unit or person',
  expiresAt: inAYear(),
  scoreWeight: 20,
  conditions: { all: [{ fact: 'document.source', op: 'equals', value: 'manual' }] },
})

/** A profile as editable JSON; the main side validates and names the path of every error. */
export function ProfileEditor({ profile, onSaved }: { profile: RiskProfile | null; onSaved: (p: RiskProfile) => void }) {
  const { t } = useTranslation()
  const editable = profile
    ? { title: profile.title, rationale: profile.rationale, owner: profile.owner, expiresAt: profile.expiresAt, scoreWeight: profile.scoreWeight, conditions: profile.conditions }
    : template()
  const [text, setText] = useState(JSON.stringify(editable, null, 2))
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [history, setHistory] = useState<Array<{ profile: RiskProfile; note: string }>>([])
  useEffect(() => {
    if (profile) void api.risk.history({ id: profile.id }).then((r) => r.ok && setHistory(r.value))
  }, [profile])

  const save = async () => {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (e) {
      setError(t('riskAdmin.badJson', { message: (e as Error).message }))
      return
    }
    const r = profile ? await api.risk.update({ id: profile.id, basedOnVersion: profile.version, changes: parsed, note }) : await api.risk.create({ draft: parsed, note: note || 'created' })
    if (r.ok) {
      setError(null)
      onSaved(r.value)
    } else setError(r.message)
  }
  const retire = async () => {
    if (!profile) return
    const r = await api.risk.retire({ id: profile.id, basedOnVersion: profile.version, note })
    if (r.ok) onSaved(r.value)
    else setError(r.message)
  }

  return (
    <section className="panel profile-editor" aria-label={t('riskAdmin.editor')}>
      <h2>{profile ? t('riskAdmin.editing', { title: profile.title, version: profile.version }) : t('riskAdmin.new')}</h2>
      {profile && <p className="small">{profile.rationale}</p>}
      <textarea className="json-editor" dir="ltr" spellCheck={false} rows={18} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('riskAdmin.definition')} data-testid="profile-json" />
      <label>
        {t('riskAdmin.note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="profile-note" />
      </label>
      {error && (
        <p className="error" role="alert" data-testid="profile-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={() => void save()}>
          {profile ? t('riskAdmin.saveVersion') : t('riskAdmin.create')}
        </button>
        {profile && profile.status === 'active' && (
          <button type="button" className="btn" onClick={() => void retire()}>
            {t('riskAdmin.retire')}
          </button>
        )}
      </div>
      {history.length > 0 && (
        <>
          <h3>{t('riskAdmin.history')}</h3>
          <ul className="small">
            {history.map((h) => (
              <li key={h.profile.version}>
                v{h.profile.version} · {h.profile.status} · {h.profile.createdBy} · <span dir="ltr">{h.profile.createdAt.slice(0, 16).replace('T', ' ')}</span> · {h.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

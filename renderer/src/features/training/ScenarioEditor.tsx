import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScenarioSummary } from '../../../../shared/training/training-views'
import { api } from '../../platform/api'

interface Problem {
  line: number
  column: number
  path: string
  message: string
}

/** Trainers duplicate a scenario and edit its YAML; problems are listed at line:column; starters stay as shipped. */
export function ScenarioEditor() {
  const { t } = useTranslation()
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([])
  const [editing, setEditing] = useState<{ id: string; source: 'starter' | 'custom' } | null>(null)
  const [text, setText] = useState('')
  const [problems, setProblems] = useState<Problem[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const reload = () => void api.training.scenarios().then((r) => r.ok && setScenarios(r.value))
  useEffect(reload, [])

  const open = async (id: string) => {
    const r = await api.training.scenario({ id })
    if (!r.ok) return setMessage(r.message)
    setEditing({ id: r.value.id, source: r.value.source })
    setText(r.value.yaml)
    setProblems(r.value.problems.length > 0 ? r.value.problems : null)
    setMessage(null)
  }
  const duplicate = async (id: string) => {
    const r = await api.training.duplicate({ id })
    if (!r.ok) return setMessage(r.message)
    reload()
    await open(r.value.id)
    setMessage(t('training.duplicated', { id: r.value.id }))
  }
  const validate = async () => {
    const r = await api.training.validate({ yaml: text })
    if (r.ok) setProblems(r.value)
  }
  const save = async () => {
    const r = await api.training.save({ yaml: text })
    if (!r.ok) return setMessage(r.message)
    setProblems(r.value.problems)
    setMessage(r.value.saved ? t('training.saved', { id: r.value.id }) : r.value.message)
    if (r.value.saved) {
      reload()
      setEditing({ id: r.value.id!, source: 'custom' })
    }
  }

  return (
    <div className="scenario-authoring">
      <section className="panel" aria-label={t('training.library')}>
        <h2>{t('training.library')}</h2>
        <table className="device-table" data-testid="scenario-library">
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id} data-testid="scenario-row" data-id={s.id}>
                <td>
                  <strong>{s.title}</strong>
                  <div className="muted small">
                    {s.id} · {t(`training.source.${s.source}`)}
                    {!s.valid && <> · {t('training.invalid')}</>}
                  </div>
                </td>
                <td>
                  <button type="button" className="btn btn-small" onClick={() => void duplicate(s.id)} data-testid="duplicate-scenario">
                    {t('training.duplicate')}
                  </button>{' '}
                  <button type="button" className="btn btn-small" onClick={() => void open(s.id)} data-testid="open-scenario">
                    {s.source === 'custom' ? t('training.edit') : t('training.view')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {editing && (
        <section className="panel" aria-label={t('training.editor')} data-testid="scenario-editor">
          <h2>{editing.source === 'custom' ? t('training.editing', { id: editing.id }) : t('training.viewing', { id: editing.id })}</h2>
          {editing.source === 'starter' && <p className="muted">{t('training.starterReadOnly')}</p>}
          <textarea className="json-editor" dir="ltr" spellCheck={false} rows={24} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('training.yaml')} data-testid="scenario-yaml" readOnly={editing.source === 'starter'} />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => void validate()} data-testid="validate-scenario">
              {t('training.validate')}
            </button>
            {editing.source === 'custom' && (
              <button type="button" className="btn btn-primary" onClick={() => void save()} data-testid="save-scenario">
                {t('training.save')}
              </button>
            )}
          </div>
          {problems !== null &&
            (problems.length === 0 ? (
              <p className="ok-text" data-testid="scenario-valid">
                {t('training.valid')}
              </p>
            ) : (
              <ul className="scenario-problems" data-testid="scenario-problems">
                {problems.map((p, i) => (
                  <li key={i} data-testid="scenario-problem">
                    <span className="problem-at" dir="ltr">
                      {t('training.lineColumn', { line: p.line, column: p.column })}
                    </span>{' '}
                    {p.path && <code dir="ltr">{p.path}</code>} {p.message}
                  </li>
                ))}
              </ul>
            ))}
        </section>
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </div>
  )
}

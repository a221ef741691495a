import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { listFormats, listKinds, type ListImportProgress, type ListImportReport, type ListStatusView } from '../../../../shared/domain/lists'
import { api } from '../../platform/api'

/** List administration: the versions in force, an atomic import with progress, and a search. */
export function ListsScreen() {
  const { t } = useTranslation()
  const [lists, setLists] = useState<ListStatusView[]>([])
  const load = useCallback(() => void api.lists.status().then((r) => r.ok && setLists(r.value)), [])
  useEffect(load, [load])

  return (
    <div className="risk-screen">
      <section className="panel" aria-label={t('lists.title')} data-testid="lists-status">
        <h2>{t('lists.title')}</h2>
        <table className="hits-table">
          <thead>
            <tr>
              <th>{t('lists.list')}</th>
              <th>{t('lists.kind')}</th>
              <th>{t('lists.version')}</th>
              <th>{t('lists.records')}</th>
              <th>{t('lists.imported')}</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.listId} data-testid="list-row">
                <td>
                  {l.name}
                  <div className="muted small" dir="ltr">
                    {l.listId} · {l.source}
                  </div>
                  {l.staleKeys && <div className="error small">{t('lists.staleKeys')}</div>}
                </td>
                <td>{t(`lists.kinds.${l.kind}`)}</td>
                <td dir="ltr">{l.version}</td>
                <td dir="ltr">{l.recordCount.toLocaleString()}</td>
                <td dir="ltr">
                  {l.importedAt.slice(0, 16).replace('T', ' ')} · {l.importedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ImportForm onImported={load} />
      <ListSearch />
    </div>
  )
}

function ImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation()
  const [form, setForm] = useState({ file: '', listId: '', kind: 'documents' as (typeof listKinds)[number], format: 'csv' as (typeof listFormats)[number], name: '', skipBadRows: false })
  const [progress, setProgress] = useState<ListImportProgress | null>(null)
  const [report, setReport] = useState<ListImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => api.onListImportProgress((p) => setProgress(p)), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setReport(null)
    setError(null)
    setProgress(null)
    const r = await api.lists.import({ ...form, name: form.name || undefined })
    setBusy(false)
    if (r.ok) {
      setReport(r.value)
      onImported()
    } else setError(r.message)
  }
  const percent = progress && progress.totalBytes > 0 ? Math.round((100 * progress.bytesRead) / progress.totalBytes) : null
  return (
    <form className="panel profile-editor" onSubmit={(e) => void submit(e)} aria-label={t('lists.import')}>
      <h2>{t('lists.import')}</h2>
      <p className="small muted">{t('lists.importHelp')}</p>
      <div className="form-grid">
        <label>
          {t('lists.file')}
          <input dir="ltr" value={form.file} onChange={(e) => setForm({ ...form, file: e.target.value })} placeholder="/media/usb/sltd-2026-11.csv" required />
        </label>
        <label>
          {t('lists.listId')}
          <input dir="ltr" value={form.listId} onChange={(e) => setForm({ ...form, listId: e.target.value })} placeholder="national-sltd" required />
        </label>
        <label>
          {t('lists.kind')}
          <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as typeof form.kind })}>
            {listKinds.map((k) => (
              <option key={k} value={k}>
                {t(`lists.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lists.format')}
          <select value={form.format} onChange={(e) => setForm({ ...form, format: e.target.value as typeof form.format })}>
            {listFormats.map((f) => (
              <option key={f} value={f}>
                {t(`lists.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lists.name')}
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={form.skipBadRows} onChange={(e) => setForm({ ...form, skipBadRows: e.target.checked })} /> {t('lists.skipBadRows')}
        </label>
      </div>
      <div className="modal-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('lists.importing') : t('lists.importButton')}
        </button>
      </div>
      {busy && progress && (
        <div role="status" data-testid="import-progress">
          <progress max={100} value={percent ?? undefined} /> {t(`lists.phases.${progress.phase}`, { defaultValue: progress.phase })} · {t('lists.rows', { count: progress.rows })}
          {percent !== null && ` · ${percent}%`}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div className={report.ok ? 'audit-result audit-ok' : 'audit-result audit-bad'} role="status" data-testid="import-report">
          {report.ok ? t('lists.imported_ok', { version: report.version, count: report.recordCount }) : t('lists.import_failed', { previous: report.previousVersion ?? '—' })}
          {report.problems.length > 0 && (
            <ul className="small">
              {report.problems.map((p, i) => (
                <li key={i}>{t('lists.problem', { line: p.line, message: p.message })}</li>
              ))}
              {report.moreProblems > 0 && <li>{t('lists.more', { count: report.moreProblems })}</li>}
            </ul>
          )}
          {report.notes.length > 0 && <p className="small muted">{report.notes.join(' · ')}</p>}
        </div>
      )}
    </form>
  )
}

function ListSearch() {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [hits, setHits] = useState<Array<{ listId: string; recordId: string; summary: string; matchedOn: string }>>([])
  const search = async (e: FormEvent) => {
    e.preventDefault()
    const r = await api.lists.search({ text })
    if (r.ok) setHits(r.value)
  }
  return (
    <form className="panel" onSubmit={(e) => void search(e)} aria-label={t('lists.search')}>
      <h2>{t('lists.search')}</h2>
      <div className="name-compare">
        <label>
          {t('lists.searchText')}
          <input value={text} onChange={(e) => setText(e.target.value)} data-testid="list-search" />
        </label>
        <button type="submit" className="btn">
          {t('lists.searchButton')}
        </button>
      </div>
      <ul className="small" data-testid="list-search-hits">
        {hits.map((h) => (
          <li key={`${h.listId}-${h.recordId}`}>
            <span dir="ltr">
              {h.listId} · {h.recordId}
            </span>{' '}
            — <bdi>{h.summary}</bdi>
          </li>
        ))}
      </ul>
    </form>
  )
}

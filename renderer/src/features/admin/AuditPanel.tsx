import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditVerification } from '../../../../shared/api/contract'
import { api } from '../../platform/api'

/** Supervisors and administrators check the audit chain from the UI, as `checkpoint audit verify` does. */
export function AuditPanel() {
  const { t } = useTranslation()
  const [result, setResult] = useState<AuditVerification | null>(null)
  const [error, setError] = useState<string | null>(null)
  const verify = async () => {
    const r = await api.audit.verify()
    if (r.ok) {
      setResult(r.value)
      setError(null)
    } else setError(r.message)
  }
  return (
    <section className="panel" aria-label={t('audit.title')}>
      <h2>{t('audit.title')}</h2>
      <button type="button" className="btn" onClick={() => void verify()}>
        {t('audit.verify')}
      </button>
      {result && (
        <div className={`audit-result ${result.ok ? 'audit-ok' : 'audit-bad'}`} role="status" data-testid="audit-result">
          {result.ok ? `✓ ${t('audit.intact', { count: result.entries })}` : `✗ ${t('audit.tampered', { count: result.problems.length })}`}
          {!result.ok && (
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.seq}-${p.problem}`}>
                  #{p.seq}: {p.problem}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && <p className="error">{error}</p>}
    </section>
  )
}

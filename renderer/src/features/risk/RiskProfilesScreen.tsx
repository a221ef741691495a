import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RiskProfile } from '../../../../shared/risk/profile-schema'
import { api } from '../../platform/api'
import { ProfileEditor } from './ProfileEditor'

/** Supervisors manage risk profiles: written by people, versioned, each with a rationale, an owner and an expiry. */
export function RiskProfilesScreen() {
  const { t } = useTranslation()
  const [profiles, setProfiles] = useState<RiskProfile[]>([])
  const [selected, setSelected] = useState<string | 'new' | null>(null)
  const [facts, setFacts] = useState<Array<{ name: string; type: string; description: string }>>([])
  const load = useCallback(() => void api.risk.profiles().then((r) => r.ok && setProfiles(r.value)), [])
  useEffect(() => {
    load()
    void api.risk.facts().then((r) => r.ok && setFacts(r.value))
  }, [load])
  const now = Date.now()
  const profile = profiles.find((p) => p.id === selected) ?? null

  return (
    <div className="risk-screen">
      <section className="panel" aria-label={t('riskAdmin.title')} data-testid="risk-profiles">
        <div className="panel-head">
          <h2>{t('riskAdmin.title')}</h2>
          <button type="button" className="btn btn-small" onClick={() => setSelected('new')}>
            {t('riskAdmin.new')}
          </button>
        </div>
        <table className="hits-table">
          <thead>
            <tr>
              <th>{t('riskAdmin.profile')}</th>
              <th>{t('riskAdmin.version')}</th>
              <th>{t('riskAdmin.status')}</th>
              <th>{t('riskAdmin.owner')}</th>
              <th>{t('riskAdmin.expires')}</th>
              <th>{t('riskAdmin.points')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => {
              const expired = Date.parse(p.expiresAt) <= now
              const status = p.status === 'retired' ? 'retired' : expired ? 'expired' : 'active'
              return (
                <tr key={p.id} className={p.id === selected ? 'selected' : undefined} data-testid="risk-profile-row" data-status={status}>
                  <td>
                    <button type="button" className="link" onClick={() => setSelected(p.id)}>
                      {p.title}
                    </button>
                    <div className="muted small" dir="ltr">
                      {p.id}
                    </div>
                  </td>
                  <td>{p.version}</td>
                  <td>
                    <span className={`tag tag-status-${status}`}>{t(`riskAdmin.statuses.${status}`)}</span>
                  </td>
                  <td>{p.owner}</td>
                  <td dir="ltr">{p.expiresAt.slice(0, 10)}</td>
                  <td>{p.scoreWeight}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
      {selected && (
        <ProfileEditor
          key={`${selected}-${profile?.version ?? 0}`}
          profile={selected === 'new' ? null : profile}
          onSaved={(p) => {
            load()
            setSelected(p.id)
          }}
        />
      )}
      <details className="panel">
        <summary>{t('riskAdmin.factsTitle', { count: facts.length })}</summary>
        <table className="hits-table small">
          <tbody>
            {facts.map((f) => (
              <tr key={f.name}>
                <td dir="ltr">
                  <code>{f.name}</code>
                </td>
                <td>{f.type}</td>
                <td>{f.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  )
}

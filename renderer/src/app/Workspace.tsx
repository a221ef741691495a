import { useTranslation } from 'react-i18next'
import type { Session } from '../../../shared/api/contract'
import { auditRoles, deviceRoles, lineRoles, simulatorRoles } from '../../../shared/domain/roles'
import { api } from '../platform/api'
import { languages } from '../i18n/setup'
import { DeviceStrip } from '../features/primary-line/DeviceStrip'
import { PrimaryLine } from '../features/primary-line/PrimaryLine'
import { TodayCrossings } from '../features/primary-line/TodayCrossings'
import { SimulatorPanel } from '../features/simulator/SimulatorPanel'
import { AuditPanel } from '../features/admin/AuditPanel'
import { DevicesScreen } from '../features/devices/DevicesScreen'

/** Screens are gated by role here for the eye; the main side checks every request again. */
export function Workspace({ session }: { session: Session }) {
  const { t, i18n } = useTranslation()
  const has = (roles: readonly string[]) => session.roles.some((r) => roles.includes(r))
  return (
    <div className="workspace">
      <header className="topbar">
        <h1 className="brand">{t('app.title')}</h1>
        {session.simulated && <span className="badge badge-sim">{t('app.simulated')}</span>}
        <span className="spacer" />
        <span className="who" data-testid="signed-in-user">
          {session.displayName} · {session.roles.map((r) => t(`roles.${r}`)).join(', ')}
        </span>
        <label className="lang">
          <span className="visually-hidden">{t('app.language')}</span>
          <select aria-label={t('app.language')} value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-quiet" onClick={() => void api.session.signOut()}>
          {t('app.signOut')}
        </button>
      </header>
      <DeviceStrip />
      <main className="main">
        {has(lineRoles) && <PrimaryLine />}
        {!has(lineRoles) && has(deviceRoles) && <DevicesScreen />}
        {!has(lineRoles) && !has(deviceRoles) && (
          <section className="panel">
            <h2>{t('app.noLineAccessTitle')}</h2>
            <p>{t('app.noLineAccess')}</p>
          </section>
        )}
        <aside className="side">
          {has(lineRoles) && <TodayCrossings />}
          {has(simulatorRoles) && <SimulatorPanel />}
          {has(auditRoles) && <AuditPanel />}
        </aside>
      </main>
    </div>
  )
}

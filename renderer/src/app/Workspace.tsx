import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../shared/api/contract'
import { auditRoles, deviceRoles, lineRoles, listAdminRoles, simulatorRoles, supervisorRoles, type Role } from '../../../shared/domain/roles'
import { api } from '../platform/api'
import { languages } from '../i18n/setup'
import { DeviceStrip } from '../features/primary-line/DeviceStrip'
import { PrimaryLine } from '../features/primary-line/PrimaryLine'
import { TodayCrossings } from '../features/primary-line/TodayCrossings'
import { SimulatorPanel } from '../features/simulator/SimulatorPanel'
import { AuditPanel } from '../features/admin/AuditPanel'
import { DevicesScreen } from '../features/devices/DevicesScreen'
import { HitsQueue } from '../features/supervisor/HitsQueue'
import { RiskProfilesScreen } from '../features/risk/RiskProfilesScreen'
import { ListsScreen } from '../features/lists/ListsScreen'
import { PadTestPanel } from '../features/fingerprints/PadTestPanel'
import { VehicleLaneScreen } from '../features/vehicle-lane/VehicleLaneScreen'
import { TrainingScreen } from '../features/training/TrainingScreen'
import { trainerRoles } from '../../../shared/training/training-roles'

type Screen = 'line' | 'vehicle' | 'hits' | 'risk' | 'lists' | 'devices' | 'training'

const screens: ReadonlyArray<{ id: Screen; roles: readonly Role[] }> = [
  { id: 'line', roles: lineRoles },
  { id: 'vehicle', roles: lineRoles },
  { id: 'hits', roles: supervisorRoles },
  { id: 'risk', roles: supervisorRoles },
  { id: 'lists', roles: listAdminRoles },
  { id: 'devices', roles: deviceRoles },
  { id: 'training', roles: trainerRoles },
]

/** Screens are gated by role here for the eye; the main side checks every request again. */
export function Workspace({ session }: { session: Session }) {
  const { t, i18n } = useTranslation()
  const has = (roles: readonly string[]) => session.roles.some((r) => roles.includes(r))
  // The trainer console exists on a training workstation only.
  const mine = screens.filter((s) => has(s.roles) && (s.id !== 'training' || session.training))
  const [screen, setScreen] = useState<Screen | null>(mine[0]?.id ?? null)
  const onLine = mine.some((s) => s.id === 'line')

  // A document read or an alert brings the officer back to the primary line, whatever screen is open.
  useEffect(() => {
    if (!onLine) return
    let last: number | null = null
    return api.onInspectionChanged((s) => {
      // A trainer watching the training console stays there: the trainee works the lane.
      if (s.crossingId !== last || s.state === 'alert') setScreen((current) => (current === 'training' ? current : 'line'))
      last = s.crossingId
    })
  }, [onLine])

  // A new vehicle alert (listed plate, occupant counts) brings the officer to the vehicle lane.
  useEffect(() => {
    if (!onLine) return
    const seen = new Set<number>()
    void api.vehicleLane.current().then((r) => r.ok && r.value.vehicle?.alerts.forEach((a) => seen.add(a.id)))
    return api.onVehicleLaneChanged((s) => {
      const fresh = (s.vehicle?.alerts ?? []).filter((a) => a.status === 'candidate' && !seen.has(a.id))
      for (const a of fresh) seen.add(a.id)
      if (fresh.length > 0) setScreen((current) => (current === 'training' ? current : 'vehicle'))
    })
  }, [onLine])

  return (
    <div className="workspace">
      <header className="topbar">
        <h1 className="brand">{t('app.title')}</h1>
        {session.simulated && <span className="badge badge-sim">{t('app.simulated')}</span>}
        {mine.length > 1 && (
          <nav className="screens" role="tablist" aria-label={t('app.screens')}>
            {mine.map((s) => (
              <button key={s.id} type="button" role="tab" aria-selected={screen === s.id} className={`tab ${screen === s.id ? 'tab-active' : ''}`} onClick={() => setScreen(s.id)}>
                {t(`app.screen.${s.id}`)}
              </button>
            ))}
          </nav>
        )}
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
        <div className="screen">
          {/* The primary line stays mounted so an alert, the wedge and its state survive a look at another screen. */}
          {onLine && (
            <div hidden={screen !== 'line'}>
              <PrimaryLine active={screen === 'line'} />
            </div>
          )}
          {screen === 'vehicle' && <VehicleLaneScreen username={session.username} />}
          {screen === 'hits' && <HitsQueue />}
          {screen === 'risk' && <RiskProfilesScreen />}
          {screen === 'lists' && <ListsScreen />}
          {screen === 'devices' && <DevicesScreen />}
          {screen === 'training' && <TrainingScreen />}
          {screen === 'devices' && <PadTestPanel />}
          {screen === null && (
            <section className="panel">
              <h2>{t('app.noLineAccessTitle')}</h2>
              <p>{t('app.noLineAccess')}</p>
            </section>
          )}
        </div>
        <aside className="side">
          {has(lineRoles) && <TodayCrossings />}
          {has(simulatorRoles) && <SimulatorPanel />}
          {has(auditRoles) && <AuditPanel />}
        </aside>
      </main>
    </div>
  )
}

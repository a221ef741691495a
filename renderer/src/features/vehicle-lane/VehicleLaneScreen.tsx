import { useTranslation } from 'react-i18next'
import type { VehicleLaneSnapshot } from '../../../../shared/domain/vehicle-lane'
import { api } from '../../platform/api'
import { useEventValue } from '../../app/use-api'
import { LaneCameras } from './LaneCameras'
import { OccupancyPanel } from './OccupancyPanel'
import { OccupantsTable } from './OccupantsTable'
import { ScanPanel } from './ScanPanel'
import { StartVehicleForm } from './StartVehicleForm'
import { UnlinkedScans } from './UnlinkedScans'
import { useLaneCall } from './use-lane-call'
import { VehicleAlerts } from './VehicleAlerts'
import { VehiclePanel } from './VehiclePanel'
import { vehicleKeys } from './vehicle-keys'

const EMPTY: VehicleLaneSnapshot = { lane: '', vehicle: null, unlinkedScans: [] }

/**
 * The vehicle lane: the camera's live view, the vehicle at the lane with its plate reads, the
 * people in it and whether the counts agree, its alerts, and its X-ray scan. The main side holds
 * the state; this screen shows its snapshots and sends the officer's commands.
 */
export function VehicleLaneScreen({ active = true, username }: { active?: boolean; username?: string }) {
  const { t } = useTranslation()
  const snapshot = useEventValue('vehicleLaneChanged', EMPTY, async () => {
    const r = await api.vehicleLane.current()
    return r.ok ? r.value : undefined
  })
  const { error, run, clear } = useLaneCall()
  const vehicle = snapshot.vehicle

  return (
    <div className="vehicle-lane" data-testid="vehicle-lane">
      {error && (
        <p className="error lane-error" role="alert" data-testid="vehicle-lane-error">
          {error}{' '}
          <button type="button" className="btn btn-small btn-quiet" onClick={clear}>
            {t('vehicle.errorDismiss')}
          </button>
        </p>
      )}
      {vehicle && <VehicleAlerts vehicle={vehicle} active={active} run={run} />}
      <div className="vehicle-lane-grid">
        <div className="vehicle-lane-col">
          <LaneCameras />
          {vehicle && <OccupancyPanel occupancy={vehicle.occupancy} />}
        </div>
        <div className="vehicle-lane-col">{vehicle ? <VehiclePanel vehicle={vehicle} active={active} run={run} /> : <StartVehicleForm active={active} run={run} />}</div>
      </div>
      {vehicle ? (
        <OccupantsTable occupants={vehicle.occupants} run={run} />
      ) : (
        <section className="panel">
          <h2>{t('vehicle.occupants.titleNone')}</h2>
          <p className="muted">{t('vehicle.occupants.noVehicle')}</p>
        </section>
      )}
      {vehicle?.scan ? (
        <ScanPanel key={vehicle.scan.id} scan={vehicle.scan} active={active} author={username} run={run} />
      ) : vehicle ? (
        <section className="panel scan-none">
          <h2>{t('vehicle.scan.title')}</h2>
          <p className="muted">{t('vehicle.scan.none')}</p>
        </section>
      ) : null}
      <UnlinkedScans scans={snapshot.unlinkedScans} canLink={vehicle !== null} active={active} run={run} />
      <p className="shortcut-help muted">{t('vehicle.shortcuts', { start: vehicleKeys.startVehicle, plate: vehicleKeys.correctPlate, close: vehicleKeys.closeVehicle, occupants: vehicleKeys.declaredOccupants, confirm: vehicleKeys.confirmAlert, dismiss: vehicleKeys.dismissAlert, refer: vehicleKeys.referAlert })}</p>
    </div>
  )
}

import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VehicleCrossingView } from '../../../../shared/domain/vehicle-lane'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { PlateCorrectionForm } from './PlateCorrectionForm'
import { PlateReadsTable } from './PlateReadsTable'
import { VehicleDetailsForm } from './VehicleDetailsForm'
import { shortcutMap, vehicleKeys } from './vehicle-keys'
import type { LaneRun } from './use-lane-call'


/** The vehicle at the lane: its plate (large, left-to-right), what the cameras read, what the driver declared. */
export function VehiclePanel({ vehicle, active, run }: { vehicle: VehicleCrossingView; active: boolean; run: LaneRun }) {
  const { t, i18n } = useTranslation()
  const [correcting, setCorrecting] = useState(false)
  const declaredRef = useRef<HTMLInputElement>(null)
  const openAlerts = vehicle.alerts.filter((a) => a.status === 'candidate').length
  const close = () => void run(() => api.vehicleLane.close())
  const shortcuts = useMemo(
    () =>
      shortcutMap({
        correctPlate: () => setCorrecting(true),
        closeVehicle: close,
        declaredOccupants: () => declaredRef.current?.focus(),
      }),
    [],
  )
  useShortcuts(shortcuts, active && !correcting)
  const opened = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(vehicle.openedAt))

  return (
    <section className="panel vehicle-panel" data-testid="vehicle-panel" aria-labelledby="vehicle-title">
      <div className="panel-head">
        <h2 id="vehicle-title">{t('vehicle.title')}</h2>
        <span className="muted small">{t('vehicle.opened', { time: opened, officer: vehicle.openedBy })}</span>
      </div>
      <div className="plate-line">
        <div className="plate-plate" data-testid="vehicle-plate">
          {vehicle.plate ? (
            <bdi dir="ltr" className="plate-big">
              {vehicle.plate}
            </bdi>
          ) : (
            <span className="plate-unknown">{t('vehicle.plate.unknown')}</span>
          )}
          {vehicle.plateCountry ? (
            <span className="plate-country" dir="ltr">
              {vehicle.plateCountry}
            </span>
          ) : (
            <span className="plate-country-unknown muted">{t('vehicle.plate.countryUnknown')}</span>
          )}
        </div>
        <div className="plate-actions">
          <button type="button" className="btn" onClick={() => setCorrecting(true)} disabled={correcting}>
            {vehicle.plate ? t('vehicle.plate.correct') : t('vehicle.plate.type')} <kbd>{vehicleKeys.correctPlate}</kbd>
          </button>
          <button type="button" className="btn btn-close-vehicle" onClick={close} title={openAlerts > 0 ? t('vehicle.close.blocked', { count: openAlerts }) : undefined}>
            {t('vehicle.close.button')} <kbd>{vehicleKeys.closeVehicle}</kbd>
          </button>
        </div>
      </div>
      {correcting && <PlateCorrectionForm plate={vehicle.plate} country={vehicle.plateCountry} run={run} onDone={() => setCorrecting(false)} />}
      {openAlerts > 0 && <p className="muted small">{t('vehicle.close.blocked', { count: openAlerts })}</p>}
      <h3>{t('vehicle.reads.title')}</h3>
      <PlateReadsTable reads={vehicle.plateReads} />
      <h3>{t('vehicle.details.title')}</h3>
      <VehicleDetailsForm key={vehicle.id} vehicle={vehicle} run={run} declaredRef={declaredRef} />
    </section>
  )
}

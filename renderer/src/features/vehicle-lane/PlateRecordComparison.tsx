import { useTranslation } from 'react-i18next'
import type { VehicleAlertView, VehicleCrossingView } from '../../../../shared/domain/vehicle-lane'
import { normalisePlate } from '../../../../shared/screening/plates'

/** The list record beside what was read at the lane, fact by fact, with the facts that matched marked. */
export function PlateRecordComparison({ alert, vehicle }: { alert: VehicleAlertView; vehicle: VehicleCrossingView }) {
  const { t } = useTranslation()
  const r = alert.record
  const lastRead = vehicle.plateReads.at(-1)
  const same = (a: string | null | undefined, b: string | undefined) => !!a && !!b && a.toUpperCase() === b.toUpperCase()
  const rows = [
    { field: 'plate', read: vehicle.plate, record: r.plate, matched: !!vehicle.plate && !!r.plate && normalisePlate(vehicle.plate) === normalisePlate(r.plate), near: alert.features.some((f) => f.code.startsWith('plate-') && f.code !== 'plate-country-differs' && f.code !== 'plate-read-uncertain') },
    { field: 'country', read: vehicle.plateCountry ?? lastRead?.country ?? null, record: r.country, matched: same(vehicle.plateCountry ?? lastRead?.country, r.country), near: false },
    { field: 'make', read: null, record: r.make, matched: false, near: false },
    { field: 'model', read: null, record: r.model, matched: false, near: false },
    { field: 'colour', read: null, record: r.colour, matched: false, near: false },
    { field: 'vin', read: null, record: r.vin, matched: false, near: false },
  ]
  return (
    <table className="compare" data-testid="vehicle-alert-compare">
      <thead>
        <tr>
          <th />
          <th scope="col">{t('vehicle.alert.atLane')}</th>
          <th scope="col">{t('alert.listRecord', { id: alert.listRecordId ?? '—' })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={row.matched || row.near ? 'compare-matched' : undefined}>
            <th scope="row">
              {t(`vehicle.record.${row.field}`)}
              {row.matched ? <span className="tag tag-hit">{t('alert.matchedField')}</span> : row.near ? <span className="tag tag-warning">{t('vehicle.alert.nearMatch')}</span> : null}
            </th>
            {row.read !== null || row.field === 'plate' || row.field === 'country' ? (
              <td dir="ltr">
                <bdi>{row.read ?? '—'}</bdi>
              </td>
            ) : (
              <td className="muted compare-unread">{t('vehicle.alert.checkOnVehicle')}</td>
            )}
            <td dir="ltr">
              <bdi>{row.record ?? '—'}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

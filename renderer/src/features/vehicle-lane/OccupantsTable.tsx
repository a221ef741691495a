import { useTranslation } from 'react-i18next'
import type { OccupantView } from '../../../../shared/domain/vehicle-lane'
import { api } from '../../platform/api'
import type { LaneRun } from './use-lane-call'

const overallIcon: Record<string, string> = { clear: '✓', warning: '!', hit: '⚠', invalid: '✗' }

/** The travellers checked while this vehicle was at the lane: who drives, who rides, and each one's result in words. */
export function OccupantsTable({ occupants, run }: { occupants: readonly OccupantView[]; run: LaneRun }) {
  const { t } = useTranslation()
  return (
    <section className="panel occupants" data-testid="occupants" aria-labelledby="occupants-title">
      <h2 id="occupants-title">{t('vehicle.occupants.title', { count: occupants.length })}</h2>
      {occupants.length === 0 ? (
        <p className="muted">{t('vehicle.occupants.none')}</p>
      ) : (
        <table className="lane-table">
          <thead>
            <tr>
              <th scope="col">{t('vehicle.occupants.role')}</th>
              <th scope="col">{t('vehicle.occupants.name')}</th>
              <th scope="col">{t('fields.documentNumber')}</th>
              <th scope="col">{t('fields.nationality')}</th>
              <th scope="col">{t('fields.birthDate')}</th>
              <th scope="col">{t('vehicle.occupants.result')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('vehicle.occupants.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {occupants.map((o) => {
              const other = o.role === 'driver' ? 'passenger' : 'driver'
              return (
                <tr key={o.crossingId} data-testid="occupant-row" data-role={o.role}>
                  <td>
                    <span className={`role role-${o.role}`}>{t(`vehicle.occupants.roles.${o.role}`)}</span>
                  </td>
                  <td>
                    <strong>{o.surname}</strong>, {o.givenNames}
                  </td>
                  <td dir="ltr">
                    <bdi className="mono">{o.documentNumber}</bdi>
                  </td>
                  <td dir="ltr">
                    <bdi>{o.nationality}</bdi>
                  </td>
                  <td dir="ltr">
                    <bdi>{o.birthDate ?? '—'}</bdi>
                  </td>
                  <td>
                    <span className={`tag tag-${o.overall}`} data-overall={o.overall}>
                      <span aria-hidden="true">{overallIcon[o.overall] ?? ''} </span>
                      {t(`result.${o.overall}.short`, { defaultValue: o.overall })}
                    </span>
                  </td>
                  <td>
                    <div className="row-actions">
                    <button type="button" className="btn btn-small" onClick={() => void run(() => api.vehicleLane.setOccupantRole({ crossingId: o.crossingId, role: other }))}>
                      {t(`vehicle.occupants.make.${other}`)}
                    </button>
                    <button type="button" className="btn btn-small btn-quiet" onClick={() => void run(() => api.vehicleLane.removeOccupant({ crossingId: o.crossingId }))}>
                      {t('vehicle.occupants.remove')}
                    </button>
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('vehicle.occupants.help')}</p>
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import type { PlateReadView } from '../../../../shared/domain/vehicle-lane'

/** What the plate cameras read: each read with its confidence and how often the camera amended it. */
export function PlateReadsTable({ reads }: { reads: readonly PlateReadView[] }) {
  const { t, i18n } = useTranslation()
  if (reads.length === 0) return <p className="muted">{t('vehicle.reads.none')}</p>
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
  return (
    <table className="lane-table plate-reads" data-testid="plate-reads">
      <caption className="visually-hidden">{t('vehicle.reads.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('vehicle.reads.plate')}</th>
          <th scope="col">{t('vehicle.reads.confidence')}</th>
          <th scope="col">{t('vehicle.reads.state')}</th>
          <th scope="col">{t('vehicle.reads.updates')}</th>
          <th scope="col">{t('vehicle.reads.camera')}</th>
          <th scope="col">{t('vehicle.reads.time')}</th>
        </tr>
      </thead>
      <tbody>
        {reads.map((r) => (
          <tr key={r.eventId} data-state={r.state}>
            <td>
              <bdi dir="ltr" className="plate-text">
                {r.plate}
              </bdi>
              {r.country && (
                <span className="muted" dir="ltr">
                  {' '}
                  {r.country}
                </span>
              )}
            </td>
            <td className={r.confidence < 0.7 ? 'read-uncertain' : undefined}>
              {t('vehicle.reads.percent', { value: Math.round(r.confidence * 100) })}
              {r.confidence < 0.7 && <span className="tag tag-warning">{t('vehicle.reads.uncertain')}</span>}
            </td>
            <td>
              <span className={`read-state read-${r.state}`}>{t(`vehicle.reads.states.${r.state}`)}</span>
            </td>
            <td>{r.updates}</td>
            <td dir="ltr">
              <bdi>{r.camera}</bdi>
            </td>
            <td>{time.format(new Date(r.lastAt))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

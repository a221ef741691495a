import { useTranslation } from 'react-i18next'
import type { VehicleCrossingView } from '../../../../shared/domain/vehicle-lane'

/** The three counts side by side, and whether they agree, in words. */
export function OccupancyPanel({ occupancy }: { occupancy: VehicleCrossingView['occupancy'] }) {
  const { t } = useTranslation()
  const counts = [
    { id: 'declared', value: occupancy.declared, missing: t('vehicle.occupancy.notDeclared') },
    { id: 'documents', value: occupancy.documents, missing: '' },
    { id: 'markedOnScan', value: occupancy.markedOnScan, missing: t('vehicle.occupancy.notReviewed') },
  ] as const
  return (
    <section className={`panel occupancy ${occupancy.agrees ? 'occupancy-agrees' : 'occupancy-disagrees'}`} data-testid="occupancy" data-agrees={occupancy.agrees} aria-labelledby="occupancy-title">
      <h2 id="occupancy-title">{t('vehicle.occupancy.title')}</h2>
      <dl className="occupancy-counts">
        {counts.map((c) => (
          <div key={c.id} className="occupancy-count" data-testid={`occupancy-${c.id}`}>
            <dt>{t(`vehicle.occupancy.${c.id}`)}</dt>
            <dd>{c.value === null ? <span className="muted small">{c.missing}</span> : <span className="count">{c.value}</span>}</dd>
          </div>
        ))}
      </dl>
      <p className="occupancy-verdict" role="status">
        <span aria-hidden="true">{occupancy.agrees ? '✓ ' : '⚠ '}</span>
        {occupancy.agrees ? t('vehicle.occupancy.agree') : t('vehicle.occupancy.disagree')}
      </p>
    </section>
  )
}

import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScanView } from '../../../../shared/domain/vehicle-lane'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { shortcutMap, vehicleKeys } from './vehicle-keys'
import type { LaneRun } from './use-lane-call'


/** Scans no vehicle claimed (no plate on the scan, or the vehicle had left): the officer links the right one. */
export function UnlinkedScans({ scans, canLink, active, run }: { scans: readonly ScanView[]; canLink: boolean; active: boolean; run: LaneRun }) {
  const { t, i18n } = useTranslation()
  const first = scans[0]
  const shortcuts = useMemo(() => shortcutMap({ linkScan: canLink && first ? () => void run(() => api.vehicleLane.linkScan({ scanId: first.id })) : undefined }), [canLink, first?.id])
  useShortcuts(shortcuts, active)
  if (scans.length === 0) return null
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' })
  return (
    <section className="panel unlinked-scans" data-testid="unlinked-scans" aria-labelledby="unlinked-scans-title">
      <h2 id="unlinked-scans-title">{t('vehicle.scan.unlinkedTitle', { count: scans.length })}</h2>
      <p className="muted small">{canLink ? t('vehicle.scan.unlinkedHelp') : t('vehicle.scan.unlinkedNoVehicle')}</p>
      <ul className="unlinked-list">
        {scans.map((s, i) => (
          <li key={s.id} data-testid="unlinked-scan">
            <span>
              {time.format(new Date(s.scannedAt))} · {s.scanner} ·{' '}
              {s.plate ? (
                <bdi dir="ltr" className="plate-text">
                  {s.plate}
                </bdi>
              ) : (
                t('vehicle.scan.noPlate')
              )}
            </span>
            {canLink && (
              <button type="button" className="btn btn-small" onClick={() => void run(() => api.vehicleLane.linkScan({ scanId: s.id }))}>
                {t('vehicle.scan.link')} {i === 0 && <kbd>{vehicleKeys.linkScan}</kbd>}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

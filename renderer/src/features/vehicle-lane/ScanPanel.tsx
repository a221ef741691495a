import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScanAnnotation, ScanView } from '../../../../shared/domain/vehicle-lane'
import type { XrayAnnotation } from '../../../../shared/xray/display/annotation'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { XrayViewer } from '../xray-viewer/XrayViewer'
import { useScanPlanes } from './use-scan-planes'
import { shortcutMap, vehicleKeys } from './vehicle-keys'
import type { LaneRun } from './use-lane-call'

const SAVE_AFTER_MS = 1200

const sameMarks = (a: readonly XrayAnnotation[], b: readonly XrayAnnotation[]) => JSON.stringify(a) === JSON.stringify(b)
/** What the contract accepts: whole boxes inside the image. */
const toSaved = (list: readonly XrayAnnotation[]): ScanAnnotation[] =>
  list.filter((a) => a.box.w > 0 && a.box.h > 0).map((a) => ({ id: a.id, box: { ...a.box }, category: a.category, note: a.note, createdAt: a.createdAt, ...(a.author ? { author: a.author } : {}) }))

/**
 * The vehicle's X-ray scan: its planes fetched with progress, the viewer, the marks saved as the
 * officer draws them (debounced, and when focus leaves the scan), and the decision: clear, or
 * refer to secondary (only with at least one marked region; the main side checks too).
 */
export function ScanPanel({ scan, active, author, run }: { scan: ScanView; active: boolean; author: string | undefined; run: LaneRun }) {
  const { t, i18n } = useTranslation()
  const { state, retry } = useScanPlanes(scan)
  const decided = scan.decision !== null
  const [marks, setMarks] = useState<XrayAnnotation[]>(() => [...scan.annotations])
  const [saving, setSaving] = useState<'idle' | 'pending' | 'saved' | 'failed'>('idle')
  const dirty = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(marks)
  const panelRef = useRef<HTMLElement>(null)
  latest.current = marks

  // The main side's marks (another officer, an analyst) replace ours when we have nothing unsaved.
  useEffect(() => {
    if (!dirty.current && !sameMarks(latest.current, scan.annotations)) setMarks([...scan.annotations])
  }, [scan.annotations])

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (!dirty.current) return true
    dirty.current = false
    const ok = await run(() => api.vehicleLane.annotateScan({ scanId: scan.id, annotations: toSaved(latest.current) }))
    setSaving(ok ? 'saved' : 'failed')
    return ok
  }, [scan.id, run])

  // Unsaved marks are sent when the panel goes away.
  useEffect(
    () => () => {
      void save()
    },
    [save],
  )

  const onMarks = (next: XrayAnnotation[]) => {
    if (decided) return // the marks are part of the decision now
    setMarks(next)
    dirty.current = true
    setSaving('pending')
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void save(), SAVE_AFTER_MS)
  }
  const onBlur = (e: React.FocusEvent) => {
    if (!panelRef.current?.contains(e.relatedTarget as Node | null)) void save()
  }
  const decide = async (decision: 'clear' | 'refer') => {
    if (!(await save())) return
    await run(() => api.vehicleLane.decideScan({ scanId: scan.id, decision }))
  }
  const canRefer = !decided && marks.length > 0
  const shortcuts = useMemo(
    () =>
      shortcutMap({
        focusScan: () => panelRef.current?.querySelector<HTMLElement>('.xray-viewer [tabindex="0"]')?.focus(),
        clearScan: decided ? undefined : () => void decide('clear'),
        referScan: canRefer ? () => void decide('refer') : undefined,
      }),
    [decided, canRefer, scan.id],
  )
  useShortcuts(shortcuts, active)
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(scan.scannedAt))
  const persons = marks.filter((m) => m.category === 'person').length

  return (
    <section ref={panelRef} className="panel scan-panel" data-testid="scan-panel" aria-labelledby="scan-title" onBlur={onBlur}>
      <div className="panel-head">
        <h2 id="scan-title">
          {t('vehicle.scan.title')} <kbd>{vehicleKeys.focusScan}</kbd>
        </h2>
        <span className="muted small">
          {when} · <bdi dir="ltr">{scan.scanner}</bdi> · {t(`vehicle.scan.energy.${scan.energyMode}`)} · <bdi dir="ltr">{`${scan.width} × ${scan.height}`}</bdi>
          {scan.calibrationVersion !== null ? ` · ${t('vehicle.scan.calibration', { version: scan.calibrationVersion })}` : ''}
        </span>
      </div>
      {state.status === 'loading' && (
        <div className="scan-loading" role="status" data-testid="scan-loading">
          <label>
            {t('vehicle.scan.loading', { percent: Math.round(state.progress * 100) })}
            <progress max={1} value={state.progress} />
          </label>
        </div>
      )}
      {state.status === 'failed' && (
        <div className="error" role="alert">
          {t('vehicle.scan.failed', { message: state.message })}{' '}
          <button type="button" className="btn btn-small" onClick={retry}>
            {t('vehicle.scan.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && <XrayViewer scan={state.scan} annotations={marks} onAnnotationsChange={onMarks} author={author} />}
      <p className="muted small scan-marks" data-testid="scan-marks">
        {t('vehicle.scan.marks', { count: marks.length, persons })}
        {saving !== 'idle' && ` · ${t(`vehicle.scan.saving.${saving}`)}`}
      </p>
      {decided ? (
        <div className={`decision-done scan-decided scan-${scan.decision}`} role="status" data-testid="scan-decision">
          {t(`vehicle.scan.decided.${scan.decision}`, { officer: scan.decidedBy ?? '—' })}
          <span className="muted small"> · {t('vehicle.scan.lockedMarks')}</span>
        </div>
      ) : (
        <div className="decision-bar" role="group" aria-label={t('vehicle.scan.decisionTitle')}>
          <button type="button" className="btn btn-decision btn-admit" onClick={() => void decide('clear')}>
            {t('vehicle.scan.clear')} <kbd>{vehicleKeys.clearScan}</kbd>
          </button>
          <button type="button" className="btn btn-decision btn-refer" disabled={!canRefer} onClick={() => void decide('refer')}>
            {t('vehicle.scan.refer')} <kbd>{vehicleKeys.referScan}</kbd>
          </button>
          {!canRefer && <span className="muted small">{t('vehicle.scan.referNeedsMark')}</span>}
        </div>
      )}
    </section>
  )
}

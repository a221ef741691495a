import { useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../platform/api'
import { useShortcuts } from '../../app/shortcuts'
import { shortcutMap, vehicleKeys } from './vehicle-keys'

/** No vehicle at the lane: the plate camera opens one, or the officer starts it (plate typed, or none yet). */
export function StartVehicleForm({ active, run }: { active: boolean; run: (call: () => ReturnType<typeof api.vehicleLane.start>) => Promise<boolean> }) {
  const { t } = useTranslation()
  const [plate, setPlate] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const start = async () => {
    const typed = plate.trim()
    if (await run(() => api.vehicleLane.start({ plate: typed === '' ? null : typed }))) setPlate('')
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void start()
  }
  // V: to the plate field when nothing is typed yet (Enter then starts), else start with what was typed.
  const shortcuts = useMemo(() => shortcutMap({ startVehicle: () => (plate.trim() === '' ? inputRef.current?.focus() : void start()) }), [plate])
  useShortcuts(shortcuts, active)

  return (
    <section className="panel vehicle-waiting" data-testid="vehicle-waiting" aria-labelledby="vehicle-waiting-title">
      <h2 id="vehicle-waiting-title">{t('vehicle.waiting.title')}</h2>
      <p className="muted">{t('vehicle.waiting.help')}</p>
      <form className="vehicle-start" onSubmit={submit}>
        <label className="grow">
          {t('vehicle.start.plateLabel')}
          <input ref={inputRef} name="plate" dir="ltr" className="plate-input" value={plate} maxLength={20} autoComplete="off" spellCheck={false} onChange={(e) => setPlate(e.target.value.toUpperCase())} />
        </label>
        <button type="submit" className="btn btn-primary">
          {plate.trim() === '' ? t('vehicle.start.withoutPlate') : t('vehicle.start.submit')} <kbd>{vehicleKeys.startVehicle}</kbd>
        </button>
      </form>
      <p className="muted small">{t('vehicle.start.keyHelp', { key: vehicleKeys.startVehicle })}</p>
    </section>
  )
}

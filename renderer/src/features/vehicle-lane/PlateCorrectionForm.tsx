import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../platform/api'

/** The officer types the plate as it is on the vehicle (the camera misread it, or never read it). */
export function PlateCorrectionForm({
  plate,
  country,
  run,
  onDone,
}: {
  plate: string | null
  country: string | null
  run: (call: () => ReturnType<typeof api.vehicleLane.setPlate>) => Promise<boolean>
  onDone: () => void
}) {
  const { t } = useTranslation()
  const [value, setValue] = useState(plate ?? '')
  const [countryValue, setCountryValue] = useState(country ?? '')
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => inputRef.current?.select(), [])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const typed = value.trim()
    if (typed === '') return
    const c = countryValue.trim().toUpperCase()
    if (await run(() => api.vehicleLane.setPlate({ plate: typed, country: c === '' ? null : c }))) onDone()
  }

  return (
    <form className="plate-correction" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onDone()} data-testid="plate-correction">
      <label className="grow">
        {t('vehicle.plate.correctLabel')}
        <input ref={inputRef} name="plate" dir="ltr" className="plate-input" value={value} maxLength={20} required autoComplete="off" spellCheck={false} onChange={(e) => setValue(e.target.value.toUpperCase())} />
      </label>
      <label>
        {t('vehicle.plate.countryLabel')}
        <input name="country" dir="ltr" className="country-input" value={countryValue} maxLength={3} autoComplete="off" onChange={(e) => setCountryValue(e.target.value.toUpperCase())} />
      </label>
      <button type="submit" className="btn btn-primary">
        {t('vehicle.plate.save')}
      </button>
      <button type="button" className="btn btn-quiet" onClick={onDone}>
        {t('vehicle.plate.cancel')} <kbd>Esc</kbd>
      </button>
    </form>
  )
}

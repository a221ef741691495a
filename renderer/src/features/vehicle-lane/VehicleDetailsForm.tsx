import { useEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { vehicleKinds, type VehicleCrossingView } from '../../../../shared/domain/vehicle-lane'
import { api } from '../../platform/api'
import { vehicleKeys } from './vehicle-keys'

type Run = (call: () => ReturnType<typeof api.vehicleLane.setDetails>) => Promise<boolean>

/**
 * Kind, declared occupants, origin and route. Each is sent when it is chosen or when its field is
 * left (or Enter), so the occupancy check follows what the driver declared.
 */
export function VehicleDetailsForm({ vehicle, run, declaredRef }: { vehicle: VehicleCrossingView; run: Run; declaredRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation()
  const declared = vehicle.occupancy.declared
  const [declaredText, setDeclaredText] = useState(declared === null ? '' : String(declared))
  // Origin and route are not in the lane snapshot: the form keeps what was sent for this vehicle.
  const [origin, setOrigin] = useState('')
  const [route, setRoute] = useState('')
  const sent = useRef({ origin: '', route: '' })

  useEffect(() => {
    if (document.activeElement !== declaredRef.current) setDeclaredText(declared === null ? '' : String(declared))
  }, [declared, declaredRef])
  useEffect(() => {
    setOrigin('')
    setRoute('')
    sent.current = { origin: '', route: '' }
  }, [vehicle.id])

  const sendDeclared = () => {
    const text = declaredText.trim()
    const value = text === '' ? null : Number(text)
    if (value !== null && (!Number.isInteger(value) || value < 0 || value > 99)) return
    if (value === declared) return
    void run(() => api.vehicleLane.setDetails({ declaredOccupants: value }))
  }
  const sendText = (field: 'origin' | 'route', value: string) => {
    const v = field === 'origin' ? value.trim().toUpperCase() : value.trim()
    if (v === sent.current[field]) return
    sent.current[field] = v
    void run(() => api.vehicleLane.setDetails({ [field]: v === '' ? null : v }))
  }
  const enterSends = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      e.currentTarget.blur()
    }
  }

  return (
    <div className="vehicle-details form-grid">
      <label>
        {t('vehicle.details.kind')}
        <select
          name="kind"
          value={vehicle.kind ?? ''}
          onChange={(e) => void run(() => api.vehicleLane.setDetails({ kind: e.target.value === '' ? null : (e.target.value as (typeof vehicleKinds)[number]) }))}
        >
          <option value="">{t('vehicle.details.kindUnknown')}</option>
          {vehicleKinds.map((k) => (
            <option key={k} value={k}>
              {t(`vehicle.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>
          {t('vehicle.details.declared')} <kbd>{vehicleKeys.declaredOccupants}</kbd>
        </span>
        <input
          ref={declaredRef}
          name="declaredOccupants"
          type="number"
          inputMode="numeric"
          min={0}
          max={99}
          value={declaredText}
          onChange={(e) => setDeclaredText(e.target.value)}
          onBlur={sendDeclared}
          onKeyDown={enterSends}
          data-testid="declared-occupants"
        />
      </label>
      <label>
        {t('vehicle.details.origin')}
        <input name="origin" dir="ltr" maxLength={3} value={origin} autoComplete="off" onChange={(e) => setOrigin(e.target.value.toUpperCase())} onBlur={() => sendText('origin', origin)} onKeyDown={enterSends} />
      </label>
      <label>
        {t('vehicle.details.route')}
        <input name="route" maxLength={40} value={route} autoComplete="off" onChange={(e) => setRoute(e.target.value)} onBlur={() => sendText('route', route)} onKeyDown={enterSends} />
      </label>
    </div>
  )
}

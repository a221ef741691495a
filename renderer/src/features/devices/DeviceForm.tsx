import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceEntry, DriverInfo, SerialPortInfo } from '../../../../shared/domain/devices'

const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200]

interface Props {
  device: DeviceEntry
  drivers: DriverInfo[]
  ports: SerialPortInfo[]
  simulatedAllowed: boolean
  onRefreshPorts: () => void
  onSave: (entry: DeviceEntry) => void
}

/** Driver, port and serial settings of one device. The main side validates again before anything restarts. */
export function DeviceForm({ device, drivers, ports, simulatedAllowed, onRefreshPorts, onSave }: Props) {
  const { t } = useTranslation()
  const [driver, setDriver] = useState(device.driver)
  const [transport, setTransport] = useState(device.transport)
  const [config, setConfig] = useState<Record<string, unknown>>(device.config)
  const info = drivers.find((d) => d.id === driver)
  const serial = info?.capabilities.includes('configurable-serial') ?? false
  const hid = info?.transport === 'hid'
  const bridge = info?.transport === 'websocket'
  const transports: Array<DeviceEntry['transport']> = [...(simulatedAllowed ? (['simulator'] as const) : []), ...(info ? [info.transport] : [])]
  const set = (key: string, value: unknown) => setConfig((c) => ({ ...c, [key]: value }))
  const visiblePorts = ports.filter((p) => p.simulated === (transport === 'simulator'))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSave({ id: device.id, driver, transport, config })
  }

  return (
    <form className="panel device-form" onSubmit={submit} aria-label={t('devicesScreen.configure', { id: device.id })}>
      <h2>{t('devicesScreen.configure', { id: device.id })}</h2>
      <div className="form-grid">
        <label>
          {t('devicesScreen.driver')}
          <select
            value={driver}
            onChange={(e) => {
              setDriver(e.target.value)
              if (transport !== 'simulator') setTransport(drivers.find((d) => d.id === e.target.value)?.transport ?? 'simulator')
            }}
          >
            {drivers.map((d) => (
              <option key={d.id} value={d.id}>
                {d.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('devicesScreen.transport')}
          <select value={transport} onChange={(e) => setTransport(e.target.value as DeviceEntry['transport'])}>
            {transports.map((x) => (
              <option key={x} value={x}>
                {t(`devicesScreen.transports.${x}`)}
              </option>
            ))}
          </select>
        </label>
        {serial && (
          <>
            <label>
              {t('devicesScreen.port')}
              <input list="serial-ports" dir="ltr" value={String(config.path ?? '')} onChange={(e) => set('path', e.target.value)} />
              <datalist id="serial-ports">
                {visiblePorts.map((p) => (
                  <option key={p.path} value={p.path}>
                    {[p.manufacturer, p.vendorId && `${p.vendorId}:${p.productId}`].filter(Boolean).join(' ')}
                  </option>
                ))}
              </datalist>
              <button type="button" className="btn btn-quiet btn-small" onClick={onRefreshPorts}>
                {t('devicesScreen.refreshPorts')} ({visiblePorts.length})
              </button>
            </label>
            <label>
              {t('devicesScreen.baudRate')}
              <select value={Number(config.baudRate ?? 9600)} onChange={(e) => set('baudRate', Number(e.target.value))}>
                {BAUD_RATES.map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('devicesScreen.dataBits')}
              <select value={Number(config.dataBits ?? 8)} onChange={(e) => set('dataBits', Number(e.target.value))}>
                {[5, 6, 7, 8].map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('devicesScreen.parity')}
              <select value={String(config.parity ?? 'none')} onChange={(e) => set('parity', e.target.value)}>
                {['none', 'even', 'odd', 'mark', 'space'].map((p) => (
                  <option key={p} value={p}>
                    {t(`devicesScreen.parities.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('devicesScreen.stopBits')}
              <select value={Number(config.stopBits ?? 1)} onChange={(e) => set('stopBits', Number(e.target.value))}>
                {[1, 1.5, 2].map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {hid && (
          <>
            <label>
              {t('devicesScreen.vendorId')}
              <input dir="ltr" value={hex(config.vendorId)} onChange={(e) => set('vendorId', fromHex(e.target.value))} placeholder="0x0DB5" />
            </label>
            <label>
              {t('devicesScreen.productId')}
              <input dir="ltr" value={hex(config.productId)} onChange={(e) => set('productId', fromHex(e.target.value))} placeholder="0x0120" />
            </label>
          </>
        )}
        {bridge && (
          <label>
            {t('devicesScreen.url')}
            <input dir="ltr" value={String(config.url ?? 'ws://127.0.0.1:8765')} onChange={(e) => set('url', e.target.value)} />
          </label>
        )}
      </div>
      <div className="modal-actions">
        <button type="submit" className="btn btn-primary">
          {t('devicesScreen.save')}
        </button>
      </div>
    </form>
  )
}

const hex = (v: unknown) => (typeof v === 'number' ? `0x${v.toString(16).toUpperCase().padStart(4, '0')}` : '')
/** Empty means "not set"; anything unparsable is kept as text so the main side rejects it with a reason. */
const fromHex = (s: string): unknown => {
  const v = s.trim()
  if (v === '') return undefined
  const n = Number(v.startsWith('0x') || v.startsWith('0X') ? v : `0x${v}`)
  return Number.isInteger(n) ? n : v
}

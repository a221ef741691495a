import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceConfiguration, DeviceEntry, DriverInfo, SerialPortInfo } from '../../../../shared/domain/devices'
import { api } from '../../platform/api'
import { useDevices } from '../../app/use-api'
import { DeviceForm } from './DeviceForm'
import { TestRead } from './TestRead'
import { XrayCalibration } from './XrayCalibration'

/** The technician's screen: each device's status and configuration, and a live test read. */
export function DevicesScreen() {
  const { t } = useTranslation()
  const [config, setConfig] = useState<DeviceConfiguration | null>(null)
  const [drivers, setDrivers] = useState<DriverInfo[]>([])
  const [ports, setPorts] = useState<SerialPortInfo[]>([])
  const [selected, setSelected] = useState<string | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const statuses = useDevices()

  const refreshPorts = () => void api.devices.ports().then((r) => r.ok && setPorts(r.value))
  useEffect(() => {
    void api.devices.configuration().then((r) => {
      if (!r.ok) return
      setConfig(r.value)
      setSelected(r.value.devices[0]?.id ?? null)
    })
    void api.devices.drivers().then((r) => r.ok && setDrivers(r.value))
    refreshPorts()
  }, [])

  const save = async (entry: DeviceEntry) => {
    if (!config) return
    const devices = config.devices.map((d) => (d.id === entry.id ? entry : d))
    const r = await api.devices.configure({ devices })
    if (r.ok) {
      setConfig(r.value)
      setMessage({ ok: true, text: t('devicesScreen.saved') })
    } else setMessage({ ok: false, text: r.message })
  }

  const device = config?.devices.find((d) => d.id === selected) ?? null
  const kindOf = (d: DeviceEntry) => drivers.find((x) => x.id === d.driver)?.kind ?? null
  return (
    <div className="devices-screen">
      <section className="panel" aria-label={t('devicesScreen.title')}>
        <h2>{t('devicesScreen.title')}</h2>
        {config && (
          <p className="muted">
            {t(`devicesScreen.mode.${config.mode}`)} · {t('devicesScreen.lane', { lane: config.lane })}
          </p>
        )}
        <table className="device-table">
          <thead>
            <tr>
              <th>{t('devicesScreen.device')}</th>
              <th>{t('devicesScreen.driver')}</th>
              <th>{t('devicesScreen.transport')}</th>
              <th>{t('devicesScreen.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {config?.devices.map((d) => {
              const status = statuses.find((s) => s.id === d.id)
              return (
                <tr key={d.id} className={d.id === selected ? 'selected' : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => setSelected(d.id)}>
                      {d.id}
                    </button>
                  </td>
                  <td>{drivers.find((x) => x.id === d.driver)?.displayName ?? d.driver}</td>
                  <td>{t(`devicesScreen.transports.${d.transport}`)}</td>
                  <td>
                    <span className={`device device-${status?.state ?? 'connecting'}`}>
                      <span className="dot" aria-hidden="true" /> {t(`devices.state.${status?.state ?? 'connecting'}`)}
                    </span>
                    {status?.problem && <div className="device-problem small">{t(`devices.problem.${status.problem.code}`, { defaultValue: status.problem.detail })}</div>}
                  </td>
                  <td>
                    <button type="button" className="btn btn-small" onClick={() => void api.devices.reconnect({ id: d.id })} disabled={status?.state === 'online'}>
                      {t('devicesScreen.reconnect')}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
      {device && kindOf(device) !== 'document-reader' && (
        <section className="panel" aria-label={t('devicesScreen.configure', { id: device.id })}>
          <h3>{t('devicesScreen.configure', { id: device.id })}</h3>
          <p className="muted small">{t('devicesScreen.fileOnly')}</p>
          <pre className="small" dir="ltr">
            {JSON.stringify(device.config, null, 2)}
          </pre>
        </section>
      )}
      {device && kindOf(device) === 'xray' && <XrayCalibration deviceId={device.id} />}
      {device && kindOf(device) === 'document-reader' && (
        <DeviceForm
          key={device.id}
          device={device}
          drivers={drivers.filter((d) => d.kind === 'document-reader')}
          ports={ports}
          simulatedAllowed={config?.mode !== 'operational'}
          onRefreshPorts={refreshPorts}
          onSave={(e) => void save(e)}
        />
      )}
      {message && (
        <p className={message.ok ? 'ok-text' : 'error'} role="status" data-testid="devices-message">
          {message.text}
        </p>
      )}
      {device && <TestRead deviceId={device.id} />}
    </div>
  )
}

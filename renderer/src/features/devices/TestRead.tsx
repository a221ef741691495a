import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceReading } from '../../../../shared/domain/devices'
import { parseMrz } from '../../../../shared/mrz'
import { api } from '../../platform/api'

/** Hex and printable ASCII, 16 bytes a row: what a technician compares with the reader's manual. */
export function hexDump(hex: string): string {
  const bytes = hex.match(/../g) ?? []
  const rows: string[] = []
  for (let i = 0; i < bytes.length; i += 16) {
    const row = bytes.slice(i, i + 16)
    const ascii = row.map((b) => {
      const c = parseInt(b, 16)
      return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.'
    })
    rows.push(`${i.toString(16).padStart(4, '0')}  ${row.join(' ').padEnd(47)}  ${ascii.join('')}`)
  }
  return rows.join('\n')
}

/** The last reading of a device: raw bytes beside the decoded result. */
export function TestRead({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation()
  const [reading, setReading] = useState<DeviceReading | null>(null)
  useEffect(() => api.onDeviceReading((r) => r.deviceId === deviceId && setReading(r)), [deviceId])
  const mrz = reading && reading.lines.length > 0 ? parseMrz(reading.lines) : null

  return (
    <section className="panel test-read" aria-label={t('devicesScreen.testRead')} data-testid="test-read">
      <h2>{t('devicesScreen.testRead')}</h2>
      {!reading ? (
        <p className="muted">{t('devicesScreen.testReadHelp')}</p>
      ) : (
        <div className="test-read-grid">
          <div>
            <h3>{t('devicesScreen.rawBytes', { count: reading.rawLength })}</h3>
            <pre className="hexdump" dir="ltr" data-testid="raw-bytes">
              {hexDump(reading.rawHex)}
            </pre>
          </div>
          <div>
            <h3>{t('devicesScreen.decoded')}</h3>
            <p data-testid="decoded-type">
              <strong>{t(`devicesScreen.readingTypes.${reading.type}`, { defaultValue: reading.type })}</strong>
              {reading.reason && ` · ${t(`devicesScreen.reasons.${reading.reason}`, { defaultValue: reading.reason })}`}
            </p>
            {mrz && (
              <>
                <pre className="mrz" dir="ltr">
                  {reading.lines.join('\n')}
                </pre>
                <p className={mrz.valid ? 'ok-text' : 'error'}>
                  {mrz.format ?? '?'} · {mrz.valid ? t('devicesScreen.checkDigitsPass') : t('devicesScreen.checkDigitsFail', { fields: mrz.fields.filter((f) => !f.valid).map((f) => t(`fields.${f.name}`)).join(', ') })}
                </p>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  )
}

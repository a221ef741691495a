import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceStatus } from '../../../../shared/domain/devices'
import { api } from '../../platform/api'
import { mediaUrl } from '../../platform/media'
import { cameraState } from './camera-state'

const RETRY_MS = 1500

/**
 * One camera's live view: a single-use media ticket turned into an <img> of its MJPEG stream.
 * The stream ends when the camera reconnects, so a failed or ended stream asks for a new ticket,
 * and so does the camera coming back online.
 */
export function CameraLiveView({ device }: { device: DeviceStatus }) {
  const { t } = useTranslation()
  const state = cameraState(device)
  const [src, setSrc] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const imgRef = useRef<HTMLImageElement>(null)
  const wasOnline = useRef(state === 'online')

  // A camera back online serves a new stream: renew.
  useEffect(() => {
    if (state === 'online' && !wasOnline.current) setAttempt((a) => a + 1)
    wasOnline.current = state === 'online'
  }, [state])

  useEffect(() => {
    let live = true
    let retry: ReturnType<typeof setTimeout> | undefined
    void api.media.ticket({ kind: 'camera', deviceId: device.id }).then((r) => {
      if (!live) return
      if (r.ok) {
        setSrc(mediaUrl(r.value.ticket))
        setProblem(null)
      } else {
        setSrc(null)
        setProblem(r.message)
        retry = setTimeout(() => setAttempt((a) => a + 1), RETRY_MS * 2)
      }
    })
    return () => {
      live = false
      if (retry) clearTimeout(retry)
    }
  }, [device.id, attempt])

  // Closing the stream when the view goes away (an <img> would otherwise keep its connection).
  useEffect(
    () => () => {
      const img = imgRef.current
      if (img) img.removeAttribute('src')
    },
    [],
  )

  const renew = () => {
    setSrc(null)
    setTimeout(() => setAttempt((a) => a + 1), RETRY_MS)
  }

  return (
    <figure className={`camera-view camera-${state}`} data-testid={`camera-${device.id}`} data-state={state}>
      <div className="camera-frame">
        {src ? (
          <img ref={imgRef} src={src} alt={t('vehicle.camera.alt', { name: device.displayName })} data-testid="camera-image" onError={renew} />
        ) : (
          <div className="camera-placeholder muted">{problem ?? t('vehicle.camera.connecting')}</div>
        )}
      </div>
      <figcaption className="camera-caption">
        <span className="dot" aria-hidden="true" />
        <strong>{device.displayName}</strong>
        <span className="camera-state" data-testid="camera-state">
          {t(`vehicle.camera.state.${state}`)}
        </span>
        {device.problem && <span className="muted small">{t(`devices.problem.${device.problem.code}`, { defaultValue: device.problem.detail })}</span>}
      </figcaption>
    </figure>
  )
}

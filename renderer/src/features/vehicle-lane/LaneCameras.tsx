import { useTranslation } from 'react-i18next'
import { useDevices } from '../../app/use-api'
import { CameraLiveView } from './CameraLiveView'

/** The live view of every camera configured for the lane. */
export function LaneCameras() {
  const { t } = useTranslation()
  const devices = useDevices()
  const cameras = devices.filter((d) => d.kind === 'camera')
  return (
    <section className="panel lane-cameras" aria-labelledby="lane-cameras-title">
      <h2 id="lane-cameras-title">{t('vehicle.camera.title')}</h2>
      {cameras.length === 0 ? <p className="muted">{t('vehicle.camera.none')}</p> : cameras.map((d) => <CameraLiveView key={d.id} device={d} />)}
    </section>
  )
}

import type { DeviceStatus } from '../../../../shared/domain/devices'

export type CameraState = 'online' | 'reconnecting' | 'offline'

/** What the officer reads beside a live view: a camera being reconnected is not the same as one that is gone. */
export function cameraState(d: Pick<DeviceStatus, 'state' | 'retryAt'>): CameraState {
  if (d.state === 'online') return 'online'
  if (d.state === 'connecting' || d.retryAt !== null) return 'reconnecting'
  return 'offline'
}

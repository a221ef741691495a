import type { FingerprintSnapshot } from '../../../../shared/domain/fingerprints'
import { api } from '../../platform/api'
import { useEventValue } from '../../app/use-api'

export const NO_FINGERPRINTS: FingerprintSnapshot = {
  crossingId: null,
  open: false,
  deviceId: null,
  padOnline: false,
  plan: 'primary-line',
  steps: [],
  nextStep: null,
  awaiting: null,
  prompt: null,
  attempt: null,
  captures: [],
  search: { status: 'not-started', galleryFingers: 0, targetFpir: 0.001, threshold: null, message: null },
  candidates: [],
}

/** The fingerprint step of the current crossing, kept current by fingerprintsChanged. */
export function useFingerprints(): FingerprintSnapshot {
  return useEventValue('fingerprintsChanged', NO_FINGERPRINTS, async () => {
    const r = await api.fingerprints.current()
    return r.ok ? r.value : undefined
  })
}

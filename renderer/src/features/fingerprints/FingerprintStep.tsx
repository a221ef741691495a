import type { FingerprintSnapshot } from '../../../../shared/domain/fingerprints'
import { CapturePanel } from './CapturePanel'
import { CandidateModal } from './CandidateModal'
import { useFingerprints } from './use-fingerprints'

/**
 * The fingerprint step as the primary line mounts it: the capture panel for
 * the current crossing, and the candidate modal unless a list-match modal is
 * already asking the officer something.
 */
export function FingerprintStep({ crossingId, active, otherModalOpen }: { crossingId: number | null; active: boolean; otherModalOpen: boolean }) {
  const snapshot: FingerprintSnapshot = useFingerprints()
  if (crossingId === null || snapshot.crossingId !== crossingId) return null
  const open = snapshot.candidates.filter((c) => c.status === 'candidate')
  const showModal = open.length > 0 && !otherModalOpen
  return (
    <>
      <CapturePanel snapshot={snapshot} shortcutsEnabled={active && !otherModalOpen && !showModal} />
      {showModal && <CandidateModal candidate={open[0]!} remaining={open.length} />}
    </>
  )
}

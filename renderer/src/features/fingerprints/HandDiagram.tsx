import { useTranslation } from 'react-i18next'
import type { FingerprintSnapshot } from '../../../../shared/domain/fingerprints'

// Both hands as the officer faces the traveller's palms-down hands: left hand on the left.
const LEFT_HAND = [10, 9, 8, 7, 6]
const RIGHT_HAND = [1, 2, 3, 4, 5]

type FingerState = 'captured' | 'overridden' | 'next' | 'planned' | 'not-planned'

/** Which fingers are planned, captured (and how) and next: in words on every finger, colour as a second cue. */
export function HandDiagram({ snapshot }: { snapshot: FingerprintSnapshot }) {
  const { t } = useTranslation()
  const planned = new Set(snapshot.steps.flatMap((s) => s.fingers))
  const next = new Set((snapshot.awaiting ?? (snapshot.nextStep !== null ? snapshot.steps[snapshot.nextStep] : null))?.fingers ?? [])
  const captured = new Map(snapshot.captures.map((c) => [c.position, c]))
  const stateOf = (f: number): FingerState => {
    const c = captured.get(f)
    if (c) return c.overrideReason ? 'overridden' : 'captured'
    if (next.has(f)) return 'next'
    return planned.has(f) ? 'planned' : 'not-planned'
  }
  const hand = (fingers: number[], label: string) => (
    <div className="fp-hand" role="group" aria-label={label}>
      <span className="fp-hand-label">{label}</span>
      <ol className="fp-fingers">
        {fingers.map((f) => {
          const state = stateOf(f)
          return (
            <li key={f} className={`fp-finger fp-finger-${state}`} data-finger={f} data-state={state}>
              <span className="fp-finger-name">{t(`fingerprints.fingerShort.${f}`)}</span>
              <span className="fp-finger-state">{t(`fingerprints.fingerState.${state}`)}</span>
            </li>
          )
        })}
      </ol>
    </div>
  )
  return (
    // Hands keep their physical left and right in a right-to-left language too.
    <div className="fp-hands" dir="ltr" data-testid="hand-diagram">
      {hand(LEFT_HAND, t('fingerprints.leftHand'))}
      {hand(RIGHT_HAND, t('fingerprints.rightHand'))}
    </div>
  )
}

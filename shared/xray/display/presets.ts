// Window presets named by what the officer wants to see. Values assume a
// calibrated transmission image with air near the top of the 16-bit range:
// organics attenuate little (bright values), metal and dense loads a lot (dark).
import { FULL_RANGE_MAX, type WindowLevel } from './scan'

export type WindowPresetId = 'full-range' | 'organic' | 'metal' | 'high-penetration'

export interface WindowPreset {
  id: WindowPresetId
  /** Key under xrayViewer.preset.* for the label. */
  labelKey: string
  /** English label (the catalogue may override it). */
  label: string
  /** Keyboard shortcut, a digit. */
  key: string
  window: WindowLevel
}

export const windowPresets: readonly WindowPreset[] = [
  { id: 'full-range', labelKey: 'fullRange', label: 'Full range', key: '1', window: { center: (FULL_RANGE_MAX + 1) / 2, width: FULL_RANGE_MAX + 1 } },
  // Light attenuation only: clothing, food, drugs and people stand out against the air.
  { id: 'organic', labelKey: 'organic', label: 'Organic', key: '2', window: { center: 46000, width: 26000 } },
  // Mid to heavy attenuation: metal parts and goods behind the container wall.
  { id: 'metal', labelKey: 'metal', label: 'Metal', key: '3', window: { center: 16000, width: 24000 } },
  // Only the darkest tenth of the range: what is behind engine blocks and dense loads.
  { id: 'high-penetration', labelKey: 'highPenetration', label: 'High penetration', key: '4', window: { center: 3200, width: 6400 } },
]

export function presetById(id: WindowPresetId): WindowPreset {
  return windowPresets.find((p) => p.id === id)!
}

// The viewer's keyboard map, as data: every tool and display switch has a key.
// Keys act only while the viewer has focus, so they never collide with the
// primary line's window-wide shortcuts (A admit, M manual entry…).
import { windowPresets, type WindowPresetId } from '../../../../shared/xray/display/presets'

export type ViewerTool = 'pan' | 'window' | 'measure' | 'annotate'

export type ViewerAction =
  | { type: 'tool'; tool: ViewerTool }
  | { type: 'toggle'; what: 'invert' | 'material' | 'edges' }
  | { type: 'auto' }
  | { type: 'preset'; id: WindowPresetId }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  /** Pan by a fraction of the canvas. */
  | { type: 'pan'; dx: number; dy: number }
  /** Level and width steps as fractions of the current width. */
  | { type: 'window'; level: number; width: number }
  | { type: 'cancel' }
  | { type: 'delete' }
  | { type: 'confirm' }

export const toolKeys: Record<ViewerTool, string> = { pan: 'P', window: 'W', measure: 'D', annotate: 'N' }

interface KeyLike {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

const PAN_STEP = 0.1
const ZOOM_STEP = 1.25

export function viewerKeyAction(e: KeyLike): ViewerAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }
  const arrow = arrows[e.key]
  if (arrow) {
    // Shift+arrows: up/down moves the level, left/right narrows or widens the window.
    if (e.shiftKey) return { type: 'window', level: -arrow[1] * 0.05, width: arrow[0] * 0.1 }
    return { type: 'pan', dx: arrow[0] * PAN_STEP, dy: arrow[1] * PAN_STEP }
  }
  switch (e.key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP }
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP }
    case '0':
      return { type: 'fit' }
    case 'Escape':
      return { type: 'cancel' }
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' }
    case 'Enter':
      return { type: 'confirm' }
  }
  const preset = windowPresets.find((p) => p.key === e.key)
  if (preset) return { type: 'preset', id: preset.id }
  const letter = e.key.length === 1 ? e.key.toUpperCase() : ''
  const tool = (Object.keys(toolKeys) as ViewerTool[]).find((t) => toolKeys[t] === letter)
  if (tool) return { type: 'tool', tool }
  if (letter === 'I') return { type: 'toggle', what: 'invert' }
  if (letter === 'M') return { type: 'toggle', what: 'material' }
  if (letter === 'E') return { type: 'toggle', what: 'edges' }
  if (letter === 'A') return { type: 'auto' }
  return null
}

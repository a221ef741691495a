// Every tool and switch as a button with its key beside it; switches say
// "on"/"off" in words as well as looking pressed.
import { windowPresets, type WindowPresetId } from '../../../../shared/xray/display/presets'
import type { DisplaySettings } from '../../../../shared/xray/display/display-settings'
import { toolKeys, type ViewerAction, type ViewerTool } from './viewer-keys'
import type { ViewerText } from './viewer-text'

interface Props {
  tool: ViewerTool
  display: DisplaySettings
  activePreset: WindowPresetId | null
  materialAvailable: boolean
  onAction: (action: ViewerAction) => void
  text: ViewerText
}

const tools: ViewerTool[] = ['pan', 'window', 'measure', 'annotate']

export function ViewerToolbar({ tool, display, activePreset, materialAvailable, onAction, text }: Props) {
  const toggle = (what: 'invert' | 'material' | 'edges', key: string, disabled = false) => (
    <button type="button" className={`btn btn-small xray-toggle ${display[what] ? 'xray-on' : ''}`} aria-pressed={display[what]} disabled={disabled} onClick={() => onAction({ type: 'toggle', what })}>
      {text(what)}: <span className="xray-state">{display[what] ? text('on') : text('off')}</span> <kbd>{key}</kbd>
    </button>
  )
  return (
    <div className="xray-toolbar">
      <div role="group" aria-label={text('tools')} className="xray-group">
        {tools.map((t) => (
          <button key={t} type="button" className={`btn btn-small ${tool === t ? 'btn-primary' : ''}`} aria-pressed={tool === t} onClick={() => onAction({ type: 'tool', tool: t })}>
            {text(`tool.${t}`)} <kbd>{toolKeys[t]}</kbd>
          </button>
        ))}
      </div>
      <div role="group" aria-label={text('display')} className="xray-group">
        {toggle('invert', 'I')}
        {toggle('material', 'M', !materialAvailable)}
        {toggle('edges', 'E')}
      </div>
      <div role="group" aria-label={text('presets')} className="xray-group">
        <button type="button" className="btn btn-small" onClick={() => onAction({ type: 'auto' })}>
          {text('auto')} <kbd>A</kbd>
        </button>
        {windowPresets.map((p) => (
          <button key={p.id} type="button" className={`btn btn-small ${activePreset === p.id ? 'btn-primary' : ''}`} aria-pressed={activePreset === p.id} onClick={() => onAction({ type: 'preset', id: p.id })}>
            {text(`preset.${p.labelKey}` as 'preset.organic')} <kbd>{p.key}</kbd>
          </button>
        ))}
      </div>
      <div role="group" aria-label={text('zoomGroup')} className="xray-group">
        <button type="button" className="btn btn-small" aria-label={text('zoomIn')} onClick={() => onAction({ type: 'zoom', factor: 1.25 })}>
          + <kbd>+</kbd>
        </button>
        <button type="button" className="btn btn-small" aria-label={text('zoomOut')} onClick={() => onAction({ type: 'zoom', factor: 0.8 })}>
          − <kbd>−</kbd>
        </button>
        <button type="button" className="btn btn-small" onClick={() => onAction({ type: 'fit' })}>
          {text('fit')} <kbd>0</kbd>
        </button>
      </div>
    </div>
  )
}

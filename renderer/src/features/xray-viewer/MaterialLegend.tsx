// The material colours in words: colour is never the only carrier of meaning.
import { materialColours, materialClasses, materialLegend } from '../../../../shared/xray/display/material'
import type { ViewerText } from './viewer-text'

export function MaterialLegend({ text, active, available }: { text: ViewerText; active: boolean; available: boolean }) {
  return (
    <section className="xray-legend" aria-label={text('legendTitle')} data-testid="xray-legend">
      <h3>
        {text('legendTitle')} <span className="xray-state">{active ? text('on') : text('off')}</span> <kbd>M</kbd>
      </h3>
      {!available ? (
        <p className="muted small">{text('noMaterial')}</p>
      ) : (
        <ul>
          {materialLegend.map((entry) => {
            const [r, g, b] = materialColours[materialClasses.indexOf(entry.cls)]!
            const swatch = entry.cls === 'none' ? 'rgb(128,128,128)' : `rgb(${r},${g},${b})`
            return (
              <li key={entry.cls}>
                <span className="xray-swatch" style={{ background: swatch }} aria-hidden="true" />
                {text(`legend.${entry.cls}` as 'legend.organic')}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

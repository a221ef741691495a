// Measurements and marked areas drawn over the image, in canvas CSS pixels,
// each with its words (distance, category, note) beside it.
import type { XrayAnnotation, ImageBox } from '../../../../shared/xray/display/annotation'
import type { ImagePoint } from '../../../../shared/xray/display/measure'
import { imageToCanvas, type Viewport } from '../../../../shared/xray/display/viewport'
import type { ViewerText } from './viewer-text'

export interface Measurement {
  a: ImagePoint
  b?: ImagePoint
}

interface Props {
  view: Viewport
  dpr: number
  measurement: Measurement | null
  distanceText: string | null
  annotations: readonly XrayAnnotation[]
  selectedId: string | null
  draftBox: ImageBox | null
  text: ViewerText
}

export function ViewerOverlay({ view, dpr, measurement, distanceText, annotations, selectedId, draftBox, text }: Props) {
  const toCss = (p: ImagePoint) => {
    const c = imageToCanvas(view, p)
    return { x: c.x / dpr, y: c.y / dpr }
  }
  const boxRect = (box: ImageBox) => {
    const a = toCss({ x: box.x, y: box.y })
    const b = toCss({ x: box.x + box.w, y: box.y + box.h })
    return { x: a.x, y: a.y, width: Math.max(1, b.x - a.x), height: Math.max(1, b.y - a.y) }
  }
  return (
    <svg className="xray-overlay" width={view.width / dpr} height={view.height / dpr} aria-hidden="true">
      {annotations.map((a) => {
        const r = boxRect(a.box)
        const label = a.note ? `${text(`category.${a.category}`)}: ${a.note}` : text(`category.${a.category}`)
        return (
          <g key={a.id} className={`xray-annotation xray-annotation-${a.category} ${a.id === selectedId ? 'xray-selected' : ''}`} data-testid="xray-annotation-box">
            <rect {...r} />
            <text x={r.x + 4} y={Math.max(14, r.y - 6)}>
              {label.length > 60 ? `${label.slice(0, 57)}…` : label}
            </text>
          </g>
        )
      })}
      {draftBox && <rect className="xray-draft" {...boxRect(draftBox)} />}
      {measurement && (() => {
        const a = toCss(measurement.a)
        const b = measurement.b ? toCss(measurement.b) : null
        return (
          <g className="xray-measure">
            <circle cx={a.x} cy={a.y} r={4} />
            {b && (
              <>
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                <circle cx={b.x} cy={b.y} r={4} />
                <text x={(a.x + b.x) / 2 + 8} y={(a.y + b.y) / 2 - 8} data-testid="xray-distance-label">
                  {distanceText}
                </text>
              </>
            )}
          </g>
        )
      })()}
    </svg>
  )
}

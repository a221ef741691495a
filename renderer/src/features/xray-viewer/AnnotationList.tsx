// The marked areas of this scan, newest last, each with what it is, its size
// in millimetres, the note and who marked it.
import type { XrayAnnotation } from '../../../../shared/xray/display/annotation'
import type { MmPerPixel } from '../../../../shared/xray/display/scan'
import type { ViewerText } from './viewer-text'

interface Props {
  annotations: readonly XrayAnnotation[]
  selectedId: string | null
  mmPerPixel: MmPerPixel
  formatMm: (mm: number) => string
  onShow: (a: XrayAnnotation) => void
  onRemove: (a: XrayAnnotation) => void
  text: ViewerText
}

export function AnnotationList({ annotations, selectedId, mmPerPixel, formatMm, onShow, onRemove, text }: Props) {
  return (
    <section className="xray-annotations" aria-label={text('annotations', { count: annotations.length })}>
      <h3>{text('annotations', { count: annotations.length })}</h3>
      {annotations.length === 0 ? (
        <p className="muted small">{text('noAnnotations')}</p>
      ) : (
        <ul>
          {annotations.map((a) => (
            <li key={a.id} className={a.id === selectedId ? 'xray-selected' : undefined} data-testid="xray-annotation-item">
              <strong>{text(`category.${a.category}`)}</strong>{' '}
              <span className="muted small">{text('annotationSize', { w: formatMm(a.box.w * mmPerPixel.x), h: formatMm(a.box.h * mmPerPixel.y) })}</span>
              {a.note && <div className="xray-note">{a.note}</div>}
              {a.author && <div className="muted small">{text('by', { author: a.author })}</div>}
              <div className="xray-annotation-actions">
                <button type="button" className="btn btn-small" onClick={() => onShow(a)}>
                  {text('show')}
                </button>
                <button type="button" className="btn btn-small btn-quiet" onClick={() => onRemove(a)}>
                  {text('remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// The form that follows a drawn box: what it is (a radio group: arrow keys
// choose) and a note. Enter in the note saves; Escape cancels.
import { useEffect, useRef, useState } from 'react'
import { annotationCategories, type AnnotationCategory, type ImageBox } from '../../../../shared/xray/display/annotation'
import type { MmPerPixel } from '../../../../shared/xray/display/scan'
import type { ViewerText } from './viewer-text'

interface Props {
  box: ImageBox
  mmPerPixel: MmPerPixel
  formatMm: (mm: number) => string
  onSave: (category: AnnotationCategory, note: string) => void
  onCancel: () => void
  text: ViewerText
}

export function AnnotationEditor({ box, mmPerPixel, formatMm, onSave, onCancel, text }: Props) {
  const [category, setCategory] = useState<AnnotationCategory>('other')
  const [note, setNote] = useState('')
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  return (
    <form
      className="xray-editor"
      aria-label={text('newAnnotation')}
      data-testid="xray-annotation-editor"
      onSubmit={(e) => {
        e.preventDefault()
        onSave(category, note.trim())
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onCancel()
        }
      }}
    >
      <h3>{text('newAnnotation')}</h3>
      <p className="muted small">{text('annotationSize', { w: formatMm(box.w * mmPerPixel.x), h: formatMm(box.h * mmPerPixel.y) })}</p>
      <fieldset>
        <legend>{text('categoryQuestion')}</legend>
        {annotationCategories.map((c, i) => (
          <label key={c} className="checkbox">
            <input ref={i === 0 ? first : undefined} type="radio" name="xray-category" value={c} checked={category === c} onChange={() => setCategory(c)} />
            {text(`category.${c}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {text('note')}
        <textarea
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault()
              onSave(category, note.trim())
            }
          }}
        />
      </label>
      <div className="xray-editor-actions">
        <button type="submit" className="btn btn-primary btn-small">
          {text('save')}
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {text('cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  )
}

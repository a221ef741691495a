import { useTranslation } from 'react-i18next'
import type { DocumentView } from '../../../../shared/domain/inspection'

const key = (p: { line: number; column: number }) => `${p.line}:${p.column}`

/**
 * The MRZ as the fields were read from it, left-to-right in every language.
 * Red: a check failed here. Blue: a reader slip corrected by field type.
 * Outlined: a character no check digit can tell from a look-alike.
 */
export function MrzLines({ document }: { document: DocumentView }) {
  const { t } = useTranslation()
  const failed = new Set(document.fields.flatMap((f) => f.issues.flatMap((i) => i.positions.map(key))))
  const corrections = new Map(document.corrections.map((c) => [key(c.position), c]))
  const risks = new Map(document.ocrRisks.map((r) => [key(r.position), r]))
  const lines = document.correctedLines.length > 0 ? document.correctedLines : document.lines
  return (
    <div className="mrz" dir="ltr" data-testid="mrz-lines" aria-label={t('traveller.mrz')}>
      {lines.map((line, li) => (
        <div key={li} className="mrz-line">
          {[...line].map((ch, ci) => {
            const k = `${li}:${ci}`
            const correction = corrections.get(k)
            const risk = risks.get(k)
            if (failed.has(k)) {
              return (
                <mark key={ci} className="mrz-bad" title={t('traveller.badCharacter')}>
                  {ch}
                </mark>
              )
            }
            if (correction) {
              const kind = /\d/.test(correction.corrected) ? 'digits' : 'letters'
              return (
                <mark key={ci} className="mrz-corrected" data-testid="mrz-corrected" title={t('traveller.correctedFrom', { original: correction.original, corrected: correction.corrected, kind: t(`traveller.kinds.${kind}`) })}>
                  {ch}
                </mark>
              )
            }
            if (risk) {
              return (
                <span key={ci} className="mrz-risk" data-testid="mrz-risk" title={t('traveller.lookalike', { character: risk.character, others: risk.confusableWith.join(', ') })}>
                  {ch}
                </span>
              )
            }
            return <span key={ci}>{ch}</span>
          })}
        </div>
      ))}
    </div>
  )
}

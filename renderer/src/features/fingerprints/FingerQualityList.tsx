import { useTranslation } from 'react-i18next'

export interface FingerQualityItem {
  position: number
  score: number
  feedback: string
  tone: 'good' | 'overridden' | 'poor'
  overrideReason?: string | null
  preview?: string | null
}

/** One line per finger: its name, the quality in words and as a score, coloured by tone. */
export function FingerQualityList({ items, testId }: { items: FingerQualityItem[]; testId?: string }) {
  const { t } = useTranslation()
  return (
    <ul className="fp-quality" data-testid={testId}>
      {items.map((i) => (
        <li key={i.position} className={`fp-quality-item fp-tone-${i.tone}`} data-finger={i.position} data-tone={i.tone}>
          {i.preview && <img src={i.preview} alt="" className="fp-thumb" />}
          <span className="fp-quality-finger">{t(`fingerprints.finger.${i.position}`)}</span>
          <span className="fp-quality-words">
            {t(`fingerprints.tone.${i.tone}`)}
            {i.feedback !== 'ok' && <> · {t(`fingerprints.feedback.${i.feedback}`)}</>}
          </span>
          <span className="fp-quality-score">{t('fingerprints.score', { score: Math.round(i.score) })}</span>
          {i.overrideReason && <span className="fp-quality-reason">{t('fingerprints.overriddenBecause', { reason: i.overrideReason })}</span>}
        </li>
      ))}
    </ul>
  )
}

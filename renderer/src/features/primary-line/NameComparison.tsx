import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { compareNameWithMrz } from '../../../../shared/transliteration'

/** The officer types the name from the printed data page; ICAO transliteration decides whether the MRZ agrees. */
export function NameComparison({ surname, givenNames }: { surname: string; givenNames: string }) {
  const { t } = useTranslation()
  const [printed, setPrinted] = useState('')
  const result = printed.trim().length >= 2 ? compareNameWithMrz(printed, { surname, givenNames }) : null
  const verdict = result ? (result.truncated ? 'truncated' : result.match) : null
  return (
    <div className="name-compare">
      <label>
        {t('traveller.compareName')}
        <input value={printed} onChange={(e) => setPrinted(e.target.value)} placeholder={t('traveller.compareHelp')} data-testid="printed-name" />
      </label>
      {verdict && (
        <p className={verdict === 'different' ? 'error' : 'ok-text'} role="status" data-testid="name-verdict" data-verdict={verdict}>
          {verdict === 'different' ? '✗ ' : '✓ '}
          {t(`traveller.nameMatch.${verdict}`, { variant: result?.variant ?? '' })}
        </p>
      )}
    </div>
  )
}

import { useTranslation } from 'react-i18next'

/** On every screen of a training workstation, signed in or not: nothing here is operational. */
export function TrainingBanner() {
  const { t } = useTranslation()
  return (
    <div className="training-banner" role="status" data-testid="training-banner">
      <strong>{t('training.banner')}</strong> <span>{t('training.bannerDetail')}</span>
    </div>
  )
}

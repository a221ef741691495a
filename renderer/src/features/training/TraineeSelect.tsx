import { useTranslation } from 'react-i18next'

export interface Trainee {
  username: string
  displayName: string
}

/** The trainee picker of the trainer's console and the history; `anyLabel` adds a first "all" choice. */
export function TraineeSelect({ trainees, value, onChange, testId, anyLabel }: { trainees: readonly Trainee[]; value: string; onChange: (username: string) => void; testId: string; anyLabel?: string }) {
  const { t } = useTranslation()
  return (
    <label>
      {t('training.trainee')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {trainees.map((u) => (
          <option key={u.username} value={u.username}>
            {u.displayName} ({u.username})
          </option>
        ))}
      </select>
    </label>
  )
}

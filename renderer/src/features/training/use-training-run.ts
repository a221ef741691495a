import type { TrainingRun } from '../../../../shared/training/training-views'
import { useEventValue } from '../../app/use-api'
import { api } from '../../platform/api'

/** The scenario run as it plays (pushed to trainers), seeded by a request. */
export function useTrainingRun(): TrainingRun | null {
  return useEventValue('trainingChanged', null, async () => {
    const r = await api.training.current()
    return r.ok ? r.value : undefined
  })
}

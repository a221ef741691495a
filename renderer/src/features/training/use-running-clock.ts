import { useEffect, useState } from 'react'
import type { TrainingRun } from '../../../../shared/training/training-views'

/** Seconds into the run, ticking locally between the run's events (which come only when something happens). */
export function useRunningClock(run: TrainingRun | null): number {
  const [base, setBase] = useState({ seconds: 0, at: Date.now() })
  const [, tick] = useState(0)
  useEffect(() => setBase({ seconds: run?.elapsedSeconds ?? 0, at: Date.now() }), [run])
  const running = run?.state === 'running'
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => tick((n) => n + 1), 1000)
    return () => clearInterval(timer)
  }, [running])
  return Math.round(base.seconds + (running ? (Date.now() - base.at) / 1000 : 0))
}

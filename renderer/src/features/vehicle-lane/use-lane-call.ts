import { useCallback, useState } from 'react'
import type { Result } from '../../../../shared/api/result'

/** Runs one request; true when the main side accepted it. */
export type LaneRun = <T>(call: () => Promise<Result<T>>) => Promise<boolean>

/** Runs a vehicle-lane request and keeps its refusal (in the main side's words) for the screen to show. */
export function useLaneCall(): { error: string | null; run: LaneRun; clear: () => void } {
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async <T,>(call: () => Promise<Result<T>>) => {
    const r = await call()
    setError(r.ok ? null : r.message)
    return r.ok
  }, [])
  const clear = useCallback(() => setError(null), [])
  return { error, run, clear }
}

// Waiting on asynchronous device and service events in tests.

/** Polls `probe` until it returns something other than undefined. */
export function until<T>(probe: () => T | undefined, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const tick = () => {
      const v = probe()
      if (v !== undefined) return resolve(v)
      if (Date.now() - started > timeoutMs) return reject(new Error('timed out'))
      setTimeout(tick, 5)
    }
    tick()
  })
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

import { useEffect, useState } from 'react'
import type { ScanView } from '../../../../shared/domain/vehicle-lane'
import type { XrayScan } from '../../../../shared/xray/display/scan'
import { api } from '../../platform/api'
import { mediaUrl } from '../../platform/media'
import { fetchScanPlanes } from './scan-planes'

export type ScanPlanesState = { status: 'loading'; progress: number } | { status: 'ready'; scan: XrayScan } | { status: 'failed'; message: string }

/** A scan's planes, fetched once per scan through a single-use media ticket; `retry` asks again. */
export function useScanPlanes(scan: Pick<ScanView, 'id' | 'width' | 'height' | 'energyMode' | 'mmPerPixel'>): { state: ScanPlanesState; retry: () => void } {
  const [state, setState] = useState<ScanPlanesState>({ status: 'loading', progress: 0 })
  const [attempt, setAttempt] = useState(0)
  const { id, width, height, energyMode } = scan
  const mmX = scan.mmPerPixel.x
  const mmY = scan.mmPerPixel.y

  useEffect(() => {
    const abort = new AbortController()
    setState({ status: 'loading', progress: 0 })
    let lastShown = 0
    void (async () => {
      const ticket = await api.media.ticket({ kind: 'scan', scanId: id })
      if (abort.signal.aborted) return
      if (!ticket.ok) {
        setState({ status: 'failed', message: ticket.message })
        return
      }
      try {
        const planes = await fetchScanPlanes(
          mediaUrl(ticket.value.ticket),
          { id, width, height, planes: energyMode === 'dual' ? 2 : 1, mmPerPixel: { x: mmX, y: mmY } },
          (fraction) => {
            // Re-render at most once per percent: a 64 MB transfer arrives in thousands of chunks.
            if (fraction - lastShown >= 0.01 || fraction === 1) {
              lastShown = fraction
              setState({ status: 'loading', progress: fraction })
            }
          },
          abort.signal,
        )
        if (!abort.signal.aborted) setState({ status: 'ready', scan: planes })
      } catch (err) {
        if (!abort.signal.aborted) setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) })
      }
    })()
    return () => abort.abort()
  }, [id, width, height, energyMode, mmX, mmY, attempt])

  return { state, retry: () => setAttempt((a) => a + 1) }
}

// The whole scan in miniature with the visible part outlined; a click or drag
// moves the main view there. Always drawn on the CPU: a few thousand pixels.
import { useEffect, useMemo, useRef } from 'react'
import type { DisplaySettings } from '../../../../shared/xray/display/display-settings'
import type { MaterialParams } from '../../../../shared/xray/display/material'
import { renderCpu } from '../../../../shared/xray/display/render-cpu'
import type { XrayScan } from '../../../../shared/xray/display/scan'
import { fitViewport, visibleImageRect, type Viewport } from '../../../../shared/xray/display/viewport'
import type { ImagePoint } from '../../../../shared/xray/display/measure'
import type { ViewerText } from './viewer-text'

const LONG_SIDE = 280

export function OverviewMap(props: { scan: XrayScan; display: DisplaySettings; material: MaterialParams | null; view: Viewport | null; onCentre: (p: ImagePoint) => void; text: ViewerText }) {
  const { scan, display, material, view, onCentre, text } = props
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const scale = LONG_SIDE / Math.max(scan.width, scan.height)
  const width = Math.max(1, Math.round(scan.width * scale))
  const height = Math.max(1, Math.round(scan.height * scale))
  const fit = useMemo(() => fitViewport(scan.width, scan.height, width, height), [scan.width, scan.height, width, height])
  // Edges would only add noise at this size.
  const { window: win, invert, material: materialOn } = display

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d')
    if (!ctx) return
    const rgba = renderCpu(scan, { viewport: fit, display: { window: win, invert, material: materialOn, edges: false, edgeAmount: 0 }, material: material ?? undefined })
    ctx.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, fit.width, fit.height), 0, 0)
  }, [scan, fit, win, invert, materialOn, material])

  const rect = view ? visibleImageRect(view, scan.width, scan.height) : null
  const centreAt = (e: React.PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    onCentre({ x: ((e.clientX - box.left) / box.width) * scan.width, y: ((e.clientY - box.top) / box.height) * scan.height })
  }
  return (
    <div
      className="xray-overview"
      // Image geometry is physical (x to the right), whatever the page direction.
      dir="ltr"
      style={{ inlineSize: width, blockSize: height }}
      title={text('overview')}
      data-testid="xray-overview"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId)
        centreAt(e)
      }}
      onPointerMove={(e) => {
        if (e.buttons & 1) centreAt(e)
      }}
    >
      <canvas ref={canvasRef} width={width} height={height} role="img" aria-label={text('overview')} />
      {rect && (
        <div
          className="xray-overview-rect"
          data-testid="xray-overview-rect"
          style={{ left: rect.x * scale, top: rect.y * scale, width: Math.max(2, rect.w * scale), height: Math.max(2, rect.h * scale) }}
        />
      )}
    </div>
  )
}

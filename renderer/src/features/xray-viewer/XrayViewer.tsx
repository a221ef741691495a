// The X-ray viewer: a 16-bit dual-energy scan on WebGL2 (CPU fallback), with
// window/level, presets, auto window, invert, material colour, edges, zoom and
// pan, an overview map, measurement in millimetres and marked areas. Keyboard
// first: every tool has a key, and keys act only while the viewer has focus.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isTyping } from '../../app/shortcuts'
import { boxFromCorners, type AnnotationCategory, type ImageBox, type XrayAnnotation } from '../../../../shared/xray/display/annotation'
import type { DisplaySettings } from '../../../../shared/xray/display/display-settings'
import { DEFAULT_EDGE_AMOUNT } from '../../../../shared/xray/display/edges'
import { distanceMm, type ImagePoint } from '../../../../shared/xray/display/measure'
import { presetById, windowPresets } from '../../../../shared/xray/display/presets'
import { assertScanShape, type WindowLevel, type XrayScan } from '../../../../shared/xray/display/scan'
import { scanDisplayStats } from '../../../../shared/xray/display/scan-stats'
import { canvasToImage, centreOn, fitViewport, panBy, resizeViewport, zoomAt, type Viewport } from '../../../../shared/xray/display/viewport'
import { AnnotationEditor } from './AnnotationEditor'
import { AnnotationList } from './AnnotationList'
import { createScanRenderer } from './create-scan-renderer'
import { MaterialLegend } from './MaterialLegend'
import { OverviewMap } from './OverviewMap'
import type { FallbackReason, RendererKind, RendererPreference, ScanRenderer } from './scan-renderer'
import { viewerKeyAction, type ViewerAction, type ViewerTool } from './viewer-keys'
import { ViewerOverlay, type Measurement } from './ViewerOverlay'
import { ViewerToolbar } from './ViewerToolbar'
import { useXrayViewerText } from './viewer-text'
import './xray-viewer.css'

export interface XrayViewerProps {
  scan: XrayScan
  annotations: readonly XrayAnnotation[]
  onAnnotationsChange: (annotations: XrayAnnotation[]) => void
  renderer?: RendererPreference
  /** Stamped on new annotations. */
  author?: string
  /** Caps the texture size below the GPU's limit (forces texture stripes; for tests and weak GPUs). */
  maxTextureSize?: number
}

interface RendererState {
  kind: RendererKind
  tiles: number
  maxTextureSize: number
  fallbackReason: FallbackReason | null
}

type Drag =
  | { kind: 'pan'; x: number; y: number; moved: boolean }
  | { kind: 'window'; x: number; y: number; start: WindowLevel }
  | { kind: 'box'; from: ImagePoint }

const MIN_WIDTH = 16
const clampWindow = (w: WindowLevel): WindowLevel => ({ center: Math.min(98304, Math.max(-32768, w.center)), width: Math.min(131072, Math.max(MIN_WIDTH, w.width)) })
const sameWindow = (a: WindowLevel, b: WindowLevel) => Math.abs(a.center - b.center) < 0.5 && Math.abs(a.width - b.width) < 0.5

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

export function XrayViewer({ scan, annotations, onAnnotationsChange, renderer: preference = 'auto', author, maxTextureSize }: XrayViewerProps) {
  const text = useXrayViewerText()
  const { i18n } = useTranslation()
  const numberFormat = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }), [i18n.language])
  const formatMm = useCallback((mm: number) => numberFormat.format(mm), [numberFormat])

  assertScanShape(scan) // cheap: sizes only
  const stats = useMemo(() => scanDisplayStats(scan), [scan])
  const materialAvailable = stats.material !== null

  const [display, setDisplay] = useState<DisplaySettings>(() => ({ window: stats.autoWindow, invert: false, material: false, edges: false, edgeAmount: DEFAULT_EDGE_AMOUNT }))
  const [tool, setTool] = useState<ViewerTool>('pan')
  const [view, setView] = useState<Viewport | null>(null)
  const [measurement, setMeasurement] = useState<Measurement | null>(null)
  const [draftBox, setDraftBox] = useState<ImageBox | null>(null)
  const [pendingBox, setPendingBox] = useState<ImageBox | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [cursor, setCursor] = useState<{ x: number; y: number; value: number } | null>(null)
  const [rendererState, setRendererState] = useState<RendererState | null>(null)
  // After a failed or lost GPU context the canvas is replaced and the CPU path forced.
  const [fallback, setFallback] = useState<FallbackReason | null>(null)
  const [canvasKey, setCanvasKey] = useState(0)

  const stageRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const rendererRef = useRef<ScanRenderer | null>(null)
  const dragRef = useRef<Drag | null>(null)
  const [dpr, setDpr] = useState(() => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1))

  // A new scan: fresh display, tools and view.
  useEffect(() => {
    setDisplay((d) => ({ ...d, window: stats.autoWindow, material: d.material && stats.material !== null }))
    setMeasurement(null)
    setPendingBox(null)
    setDraftBox(null)
    setSelectedId(null)
    setView((v) => (v ? fitViewport(scan.width, scan.height, v.width, v.height) : v))
  }, [scan, stats])

  // The renderer lives as long as the canvas and the scan.
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const choice = createScanRenderer(canvas, scan, fallback ? 'cpu' : preference, {
      maxTextureSize,
      onContextLost: () => {
        setFallback('contextLost')
        setCanvasKey((k) => k + 1)
      },
    })
    if ('remount' in choice) {
      setFallback(choice.remount)
      setCanvasKey((k) => k + 1)
      return
    }
    rendererRef.current = choice.renderer
    setRendererState({ kind: choice.renderer.kind, tiles: choice.renderer.tiles, maxTextureSize: choice.renderer.maxTextureSize, fallbackReason: fallback ?? choice.fallbackReason })
    return () => {
      choice.renderer.dispose()
      rendererRef.current = null
    }
  }, [scan, preference, maxTextureSize, canvasKey, fallback])

  // The canvas follows the stage's size, in device pixels.
  useEffect(() => {
    const stage = stageRef.current
    if (!stage) return
    const observer = new ResizeObserver(() => {
      const ratio = window.devicePixelRatio || 1
      setDpr(ratio)
      const width = Math.max(1, Math.round(stage.clientWidth * ratio))
      const height = Math.max(1, Math.round(stage.clientHeight * ratio))
      setView((v) => (v ? (v.width === width && v.height === height ? v : resizeViewport(v, width, height)) : fitViewport(scan.width, scan.height, width, height)))
    })
    observer.observe(stage)
    return () => observer.disconnect()
  }, [scan.width, scan.height])

  // Draw once per animation frame after any change.
  useEffect(() => {
    if (!view || !rendererState) return
    const frame = requestAnimationFrame(() => {
      const canvas = canvasRef.current
      const r = rendererRef.current
      if (!canvas || !r) return
      if (canvas.width !== view.width) canvas.width = view.width
      if (canvas.height !== view.height) canvas.height = view.height
      const started = performance.now()
      r.draw({ viewport: view, display, material: stats.material ?? undefined })
      // For the status line and the tests: how long the draw call took (GPU: submission only).
      stageRef.current?.setAttribute('data-frame-ms', (performance.now() - started).toFixed(2))
      stageRef.current?.setAttribute('data-frames', String(Number(stageRef.current.getAttribute('data-frames') ?? 0) + 1))
    })
    return () => cancelAnimationFrame(frame)
  }, [view, display, rendererState, stats])

  const toImage = useCallback(
    (e: { clientX: number; clientY: number }): ImagePoint | null => {
      const stage = stageRef.current
      if (!stage || !view) return null
      const box = stage.getBoundingClientRect()
      return canvasToImage(view, (e.clientX - box.left) * dpr, (e.clientY - box.top) * dpr)
    },
    [view, dpr],
  )

  const selectTool = useCallback((t: ViewerTool) => {
    setTool(t)
    setDraftBox(null)
    if (t !== 'measure') setMeasurement(null)
  }, [])

  const markViewCentre = useCallback(() => {
    if (!view) return
    // Keyboard path for marking: a box a quarter of the view wide and high, in its middle.
    const c = canvasToImage(view, view.width / 2, view.height / 2)
    const halfW = view.width / (8 * view.zoom)
    const halfH = view.height / (8 * view.zoom)
    const box = boxFromCorners({ x: c.x - halfW, y: c.y - halfH }, { x: c.x + halfW, y: c.y + halfH }, scan.width, scan.height)
    if (box.w > 0 && box.h > 0) setPendingBox(box)
  }, [view, scan.width, scan.height])

  const act = useCallback(
    (action: ViewerAction) => {
      switch (action.type) {
        case 'tool':
          return selectTool(action.tool)
        case 'toggle':
          if (action.what === 'material' && !materialAvailable) return
          return setDisplay((d) => ({ ...d, [action.what]: !d[action.what] }))
        case 'auto':
          return setDisplay((d) => ({ ...d, window: stats.autoWindow }))
        case 'preset':
          return setDisplay((d) => ({ ...d, window: presetById(action.id).window }))
        case 'window':
          return setDisplay((d) => ({ ...d, window: clampWindow({ center: d.window.center - action.level * d.window.width, width: d.window.width * (1 + action.width) }) }))
        case 'zoom':
          return setView((v) => (v ? zoomAt(v, action.factor, v.width / 2, v.height / 2, scan.width, scan.height) : v))
        case 'fit':
          return setView((v) => (v ? fitViewport(scan.width, scan.height, v.width, v.height) : v))
        case 'pan':
          return setView((v) => (v ? panBy(v, -action.dx * v.width, -action.dy * v.height, scan.width, scan.height) : v))
        case 'cancel':
          setPendingBox(null)
          setDraftBox(null)
          setMeasurement(null)
          setSelectedId(null)
          return setTool('pan')
        case 'delete':
          if (selectedId) {
            onAnnotationsChange(annotations.filter((a) => a.id !== selectedId))
            setSelectedId(null)
          }
          return
        case 'confirm':
          if (tool === 'annotate') markViewCentre()
          return
      }
    },
    [selectTool, materialAvailable, stats.autoWindow, scan.width, scan.height, selectedId, annotations, onAnnotationsChange, tool, markViewCentre],
  )

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (isTyping(e.target)) return
    // Enter and Space belong to a focused button; only on the image does Enter mark an area.
    if ((e.key === 'Enter' || e.key === ' ') && e.target !== stageRef.current) return
    const action = viewerKeyAction(e)
    if (!action) return
    e.preventDefault()
    // Keep the key from reaching window-wide shortcuts (the primary line's A, M, R…).
    e.stopPropagation()
    act(action)
  }

  // Wheel zoom needs a non-passive listener to stop the page scrolling.
  useEffect(() => {
    const stage = stageRef.current
    if (!stage) return
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const box = stage.getBoundingClientRect()
      const ratio = window.devicePixelRatio || 1
      const factor = Math.exp(-e.deltaY * 0.0015)
      setView((v) => (v ? zoomAt(v, factor, (e.clientX - box.left) * ratio, (e.clientY - box.top) * ratio, scan.width, scan.height) : v))
    }
    stage.addEventListener('wheel', onWheel, { passive: false })
    return () => stage.removeEventListener('wheel', onWheel)
  }, [scan.width, scan.height])

  const hitAnnotation = (p: ImagePoint) => [...annotations].reverse().find((a) => p.x >= a.box.x && p.x <= a.box.x + a.box.w && p.y >= a.box.y && p.y <= a.box.y + a.box.h)

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    stageRef.current?.focus()
    const p = toImage(e)
    if (!p) return
    e.currentTarget.setPointerCapture(e.pointerId)
    if (e.button === 2 || (e.button === 0 && tool === 'window')) {
      dragRef.current = { kind: 'window', x: e.clientX, y: e.clientY, start: display.window }
    } else if (e.button === 1 || (e.button === 0 && tool === 'pan')) {
      dragRef.current = { kind: 'pan', x: e.clientX, y: e.clientY, moved: false }
    } else if (e.button === 0 && tool === 'measure') {
      setMeasurement((m) => (!m || m.b ? { a: p } : { a: m.a, b: p }))
    } else if (e.button === 0 && tool === 'annotate') {
      dragRef.current = { kind: 'box', from: p }
      setDraftBox(boxFromCorners(p, p, scan.width, scan.height))
    }
  }

  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const p = toImage(e)
    if (p) {
      const x = Math.floor(p.x)
      const y = Math.floor(p.y)
      setCursor(x >= 0 && y >= 0 && x < scan.width && y < scan.height ? { x, y, value: scan.high[y * scan.width + x]! } : null)
    }
    const drag = dragRef.current
    if (!drag) return
    if (drag.kind === 'pan') {
      const dx = (e.clientX - drag.x) * dpr
      const dy = (e.clientY - drag.y) * dpr
      if (dx === 0 && dy === 0) return
      drag.x = e.clientX
      drag.y = e.clientY
      drag.moved = true
      setView((v) => (v ? panBy(v, dx, dy, scan.width, scan.height) : v))
    } else if (drag.kind === 'window') {
      // Right: wider window (less contrast); down: higher level (darker image).
      const dx = e.clientX - drag.x
      const dy = e.clientY - drag.y
      const w = clampWindow({ center: drag.start.center + dy * (drag.start.width / 256), width: drag.start.width * Math.exp(dx * 0.005) })
      setDisplay((d) => ({ ...d, window: w }))
    } else if (drag.kind === 'box' && p) {
      setDraftBox(boxFromCorners(drag.from, p, scan.width, scan.height))
    }
  }

  const onPointerUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const drag = dragRef.current
    dragRef.current = null
    if (!drag) return
    if (drag.kind === 'pan' && !drag.moved) {
      // A click without a drag selects the marked area under it.
      const p = toImage(e)
      setSelectedId(p ? (hitAnnotation(p)?.id ?? null) : null)
    } else if (drag.kind === 'box') {
      const p = toImage(e)
      const box = p ? boxFromCorners(drag.from, p, scan.width, scan.height) : null
      setDraftBox(null)
      if (box && box.w >= 2 && box.h >= 2) setPendingBox(box)
    }
  }

  const saveAnnotation = (category: AnnotationCategory, note: string) => {
    if (!pendingBox) return
    const annotation: XrayAnnotation = { id: newId(), box: pendingBox, category, note, createdAt: new Date().toISOString(), ...(author ? { author } : {}) }
    onAnnotationsChange([...annotations, annotation])
    setPendingBox(null)
    setSelectedId(annotation.id)
    stageRef.current?.focus()
  }

  const distance = measurement?.b ? distanceMm(measurement.a, measurement.b, scan.mmPerPixel) : null
  const distanceText = distance === null ? null : text('distance', { mm: formatMm(distance) })
  const activePreset = windowPresets.find((p) => sameWindow(p.window, display.window))?.id ?? null
  const rendererName = rendererState ? text(rendererState.kind === 'webgl2' ? 'renderer.webgl2' : 'renderer.cpu') : '…'
  const reason = rendererState?.fallbackReason ? text(`reason.${rendererState.fallbackReason}`) : null
  const hint = tool === 'measure' ? (measurement && !measurement.b ? text('measureFirst') : text('measureHint')) : tool === 'annotate' ? text('annotateHint') : null

  return (
    <section className="xray-viewer" aria-label={text('title')} onKeyDown={onKeyDown} data-testid="xray-viewer">
      <ViewerToolbar tool={tool} display={display} activePreset={activePreset} materialAvailable={materialAvailable} onAction={act} text={text} />
      <div className="xray-body">
        <div
          ref={stageRef}
          className={`xray-stage xray-tool-${tool}`}
          // Image geometry is physical (x to the right), whatever the page direction.
          dir="ltr"
          tabIndex={0}
          role="application"
          aria-label={`${text('title')}. ${text('shortcuts')}`}
          aria-describedby="xray-status"
          data-testid="xray-stage"
          data-renderer={rendererState?.kind ?? ''}
          data-origin-x={view?.originX}
          data-origin-y={view?.originY}
          data-zoom={view?.zoom}
          data-dpr={dpr}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            dragRef.current = null
            setDraftBox(null)
          }}
          onPointerLeave={() => setCursor(null)}
          onContextMenu={(e) => e.preventDefault()}
        >
          <canvas key={canvasKey} ref={canvasRef} className="xray-canvas" data-testid="xray-canvas" />
          {view && <ViewerOverlay view={view} dpr={dpr} measurement={measurement} distanceText={distanceText} annotations={annotations} selectedId={selectedId} draftBox={draftBox ?? pendingBox} text={text} />}
        </div>
        <aside className="xray-side">
          <OverviewMap scan={scan} display={display} material={stats.material} view={view} onCentre={(p) => {
              setView((v) => (v ? centreOn(v, p, scan.width, scan.height) : v))
              // Keep the keys working after a click on the map.
              stageRef.current?.focus({ preventScroll: true })
            }} text={text} />
          <MaterialLegend text={text} active={display.material} available={materialAvailable} />
          {pendingBox && (
            <AnnotationEditor
              box={pendingBox}
              mmPerPixel={scan.mmPerPixel}
              formatMm={formatMm}
              onSave={saveAnnotation}
              onCancel={() => {
                setPendingBox(null)
                stageRef.current?.focus()
              }}
              text={text}
            />
          )}
          <AnnotationList
            annotations={annotations}
            selectedId={selectedId}
            mmPerPixel={scan.mmPerPixel}
            formatMm={formatMm}
            onShow={(a) => {
              setSelectedId(a.id)
              setView((v) => (v ? centreOn(v, { x: a.box.x + a.box.w / 2, y: a.box.y + a.box.h / 2 }, scan.width, scan.height) : v))
            }}
            onRemove={(a) => {
              onAnnotationsChange(annotations.filter((x) => x.id !== a.id))
              if (selectedId === a.id) setSelectedId(null)
            }}
            text={text}
          />
        </aside>
      </div>
      <div className="xray-status" id="xray-status">
        <span role="status" data-testid="xray-renderer" className={`xray-renderer xray-renderer-${rendererState?.kind ?? 'none'}`}>
          {text('rendererLine', { renderer: rendererName })}
          {reason && ` ${text('rendererReason', { reason })}`}
          {rendererState?.kind === 'webgl2' && ` · ${text('rendererTiles', { count: rendererState.tiles, size: rendererState.maxTextureSize })}`}
        </span>
        {view && <span data-testid="xray-zoom">{text('zoom', { percent: numberFormat.format(view.zoom * 100) })}</span>}
        <span data-testid="xray-window">{text('window', { center: numberFormat.format(display.window.center), width: numberFormat.format(display.window.width) })}</span>
        {distanceText && <span data-testid="xray-distance">{text('distanceLabel', { mm: formatMm(distance!) })}</span>}
        {cursor && (
          <span className="muted">
            {text('cursor', { x: numberFormat.format(cursor.x), y: numberFormat.format(cursor.y), value: numberFormat.format(cursor.value) })}
          </span>
        )}
        {hint && <span className="xray-hint">{hint}</span>}
      </div>
      <p className="xray-shortcuts muted small">{text('shortcuts')}</p>
    </section>
  )
}

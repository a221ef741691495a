// Which part of the scan the canvas shows. origin is the image point at the
// canvas's top-left corner; zoom is canvas pixels per image pixel. Canvas pixel
// (cx, cy) samples image pixel floor(origin + (c + 0.5) / zoom): the CPU loop
// and the fragment shader use this same rule so both paths show the same pixels.
import type { ImagePoint } from './measure'

export interface Viewport {
  originX: number
  originY: number
  zoom: number
  /** Canvas size in device pixels. */
  width: number
  height: number
}

export const MAX_ZOOM = 32

/** The whole scan, centred, as large as fits. */
export function fitViewport(imageWidth: number, imageHeight: number, width: number, height: number): Viewport {
  const zoom = Math.min(width / imageWidth, height / imageHeight)
  return { zoom, width, height, originX: imageWidth / 2 - width / (2 * zoom), originY: imageHeight / 2 - height / (2 * zoom) }
}

export function minZoom(imageWidth: number, imageHeight: number, width: number, height: number): number {
  return Math.min(1, fitViewport(imageWidth, imageHeight, width, height).zoom / 2)
}

export function canvasToImage(view: Viewport, cx: number, cy: number): ImagePoint {
  return { x: view.originX + cx / view.zoom, y: view.originY + cy / view.zoom }
}

export function imageToCanvas(view: Viewport, p: ImagePoint): { x: number; y: number } {
  return { x: (p.x - view.originX) * view.zoom, y: (p.y - view.originY) * view.zoom }
}

/** Zoom by factor keeping the image point under (cx, cy) where it is. */
export function zoomAt(view: Viewport, factor: number, cx: number, cy: number, imageWidth: number, imageHeight: number): Viewport {
  const zoom = Math.min(MAX_ZOOM, Math.max(minZoom(imageWidth, imageHeight, view.width, view.height), view.zoom * factor))
  const p = canvasToImage(view, cx, cy)
  return clampViewport({ ...view, zoom, originX: p.x - cx / zoom, originY: p.y - cy / zoom }, imageWidth, imageHeight)
}

export function panBy(view: Viewport, dxCanvas: number, dyCanvas: number, imageWidth: number, imageHeight: number): Viewport {
  return clampViewport({ ...view, originX: view.originX - dxCanvas / view.zoom, originY: view.originY - dyCanvas / view.zoom }, imageWidth, imageHeight)
}

/** Centre the view on an image point (the overview map does this). */
export function centreOn(view: Viewport, p: ImagePoint, imageWidth: number, imageHeight: number): Viewport {
  return clampViewport({ ...view, originX: p.x - view.width / (2 * view.zoom), originY: p.y - view.height / (2 * view.zoom) }, imageWidth, imageHeight)
}

/** Keeps the view's centre over the image, so the scan can never be panned out of sight. */
export function clampViewport(view: Viewport, imageWidth: number, imageHeight: number): Viewport {
  const halfW = view.width / (2 * view.zoom)
  const halfH = view.height / (2 * view.zoom)
  const cx = Math.min(imageWidth, Math.max(0, view.originX + halfW))
  const cy = Math.min(imageHeight, Math.max(0, view.originY + halfH))
  return { ...view, originX: cx - halfW, originY: cy - halfH }
}

/** The image rectangle the canvas shows, clipped to the image. */
export function visibleImageRect(view: Viewport, imageWidth: number, imageHeight: number): { x: number; y: number; w: number; h: number } {
  const x0 = Math.max(0, view.originX)
  const y0 = Math.max(0, view.originY)
  const x1 = Math.min(imageWidth, view.originX + view.width / view.zoom)
  const y1 = Math.min(imageHeight, view.originY + view.height / view.zoom)
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) }
}

/** Resize the canvas keeping the same image point at its centre and the same zoom. */
export function resizeViewport(view: Viewport, width: number, height: number): Viewport {
  const cx = view.originX + view.width / (2 * view.zoom)
  const cy = view.originY + view.height / (2 * view.zoom)
  return { ...view, width, height, originX: cx - width / (2 * view.zoom), originY: cy - height / (2 * view.zoom) }
}

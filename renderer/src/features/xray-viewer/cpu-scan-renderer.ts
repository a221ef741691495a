// CPU fallback: renderCpu into an ImageData reused between frames, put on a 2D canvas.
import { renderCpu, type CpuView } from '../../../../shared/xray/display/render-cpu'
import type { XrayScan } from '../../../../shared/xray/display/scan'
import type { ScanRenderer } from './scan-renderer'

export function createCpuScanRenderer(canvas: HTMLCanvasElement, scan: XrayScan): ScanRenderer | null {
  const ctx = canvas.getContext('2d', { alpha: false })
  if (!ctx) return null
  let image: ImageData | null = null
  return {
    kind: 'cpu',
    tiles: 0,
    maxTextureSize: 0,
    draw(view: CpuView) {
      const { width, height } = view.viewport
      if (width <= 0 || height <= 0) return
      if (!image || image.width !== width || image.height !== height) image = ctx.createImageData(width, height)
      renderCpu(scan, view, image.data)
      ctx.putImageData(image, 0, 0)
    },
    finish() {},
    dispose() {
      image = null
    },
  }
}

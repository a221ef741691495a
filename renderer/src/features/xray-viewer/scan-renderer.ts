// The two ways the viewer draws a scan, behind one interface, so the component
// does not care which one it got.
import type { CpuView } from '../../../../shared/xray/display/render-cpu'

export type RendererKind = 'webgl2' | 'cpu'
/** auto: WebGL2 on a real GPU, else the CPU; webgl2: WebGL2 even in software; cpu: always the CPU. */
export type RendererPreference = 'auto' | RendererKind
/** Why the CPU path is in use, when it is. */
export type FallbackReason = 'forced' | 'noWebgl2' | 'softwareWebgl2' | 'contextLost'

export interface ScanRenderer {
  readonly kind: RendererKind
  /** Texture tiles on the GPU path (1 when the scan fits one texture). */
  readonly tiles: number
  readonly maxTextureSize: number
  /** Draws the view; the canvas must already have the view's size. */
  draw(view: CpuView): void
  /** Waits until the GPU has finished (for timing); a no-op on the CPU. */
  finish(): void
  dispose(): void
}

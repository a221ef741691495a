// Test harness: the X-ray viewer on a synthetic 16-bit dual-energy lorry scan
// generated in the page. Query: renderer=auto|webgl2|cpu, w, h, maxTexture, lang, single=1.
import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import i18n from '../../../../renderer/src/i18n/setup'
import '../../../../renderer/src/styles.css'
import { XrayViewer } from '../../../../renderer/src/features/xray-viewer/XrayViewer'
import type { RendererPreference } from '../../../../renderer/src/features/xray-viewer/scan-renderer'
import { syntheticScan } from '../../../../shared/xray/display/synthetic-scan'
import type { XrayAnnotation } from '../../../../shared/xray/display/annotation'
import { benchRenderers } from './bench-renderers'
import { probeWebGl2 } from '../../../../renderer/src/features/xray-viewer/webgl2-probe'

const params = new URLSearchParams(location.search)
const width = Number(params.get('w') ?? 6000)
const height = Number(params.get('h') ?? 2000)
const preference = (params.get('renderer') ?? 'auto') as RendererPreference
const maxTexture = params.get('maxTexture') ? Number(params.get('maxTexture')) : undefined
void i18n.changeLanguage(params.get('lang') ?? 'en')

const started = performance.now()
const synthetic = syntheticScan(width, height)
// single=1: a single-energy scan (no low plane, so no material colour).
if (params.get('single') === '1') delete synthetic.scan.low
const generatedMs = performance.now() - started

/** What the tests read back. */
const harness = {
  blocks: synthetic.blocks,
  width,
  height,
  mmPerPixel: synthetic.scan.mmPerPixel,
  generatedMs,
  annotations: [] as XrayAnnotation[],
  /** Keys that reached window listeners (the primary line's shortcuts would see them). */
  leakedKeys: [] as string[],
  bench: (iterations: number) => benchRenderers(synthetic, iterations),
  probe: () => probeWebGl2(),
}
declare global {
  interface Window {
    xrayHarness: typeof harness
  }
}
window.xrayHarness = harness
// Typing into a field is not a shortcut: only keys from elsewhere count.
window.addEventListener('keydown', (e) => {
  const tag = (e.target as HTMLElement | null)?.tagName
  if (tag !== 'INPUT' && tag !== 'TEXTAREA') harness.leakedKeys.push(e.key)
})

function Harness() {
  const [annotations, setAnnotations] = useState<XrayAnnotation[]>([])
  useEffect(() => {
    harness.annotations = annotations
  }, [annotations])
  return (
    <main style={{ padding: '1rem' }}>
      <XrayViewer scan={synthetic.scan} annotations={annotations} onAnnotationsChange={setAnnotations} renderer={preference} author="Demo officer" maxTextureSize={maxTexture} />
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
)

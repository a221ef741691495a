// Is there a real GPU behind WebGL2? Chromium can run WebGL2 in software
// (SwiftShader, with --enable-unsafe-swiftshader; Mesa's llvmpipe on Linux
// without a GPU). Measured in the harness on a 2-core machine, software WebGL2
// drew a 1,440 × 900 view about ten times slower than the CPU path, so "auto"
// avoids it. The probe uses a throw-away canvas: a canvas that has handed out
// a WebGL context can never give a 2D one.

export interface WebGl2Probe {
  available: boolean
  software: boolean
  renderer: string
  maxTextureSize: number
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i

let cached: WebGl2Probe | null = null

export function probeWebGl2(): WebGl2Probe {
  if (cached) return cached
  const gl = document.createElement('canvas').getContext('webgl2')
  if (!gl) return (cached = { available: false, software: false, renderer: '', maxTextureSize: 0 })
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER))
  cached = { available: true, software: SOFTWARE.test(renderer), renderer, maxTextureSize: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number }
  gl.getExtension('WEBGL_lose_context')?.loseContext()
  return cached
}

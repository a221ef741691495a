// GPU path: both planes uploaded once as R16UI textures (32 MB per plane for
// 2,000 × 8,000, plus a third for the pyramid levels as mip levels), split into
// stripes when the scan exceeds MAX_TEXTURE_SIZE; every display change is then
// only a uniform change and one quad per tile.
import { BACKGROUND_RGB } from '../../../../shared/xray/display/display-settings'
import { MATERIAL_FLOOR, materialColours } from '../../../../shared/xray/display/material'
import type { CpuView } from '../../../../shared/xray/display/render-cpu'
import type { XrayScan } from '../../../../shared/xray/display/scan'
import { MAX_PYRAMID_LEVEL, pyramidLevelForZoom, scanAtLevel } from '../../../../shared/xray/display/scan-pyramid'
import { planTextureTiles, type TextureTile } from '../../../../shared/xray/display/texture-tiles'
import type { ScanRenderer } from './scan-renderer'
import { scanFragmentShader, scanVertexShader } from './scan-shaders'

interface GpuTile extends TextureTile {
  high: WebGLTexture
  low: WebGLTexture | null
  levels: number
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!
  gl.shaderSource(shader, source)
  gl.compileShader(shader)
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`shader: ${gl.getShaderInfoLog(shader)}`)
  return shader
}

function link(gl: WebGL2RenderingContext): WebGLProgram {
  const program = gl.createProgram()
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, scanVertexShader))
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, scanFragmentShader))
  gl.linkProgram(program)
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`program: ${gl.getProgramInfoLog(program)}`)
  return program
}

/** Mip levels a tile gets: the pyramid's, as far as the tile's size allows. */
function tileLevels(tile: TextureTile): number {
  return Math.min(MAX_PYRAMID_LEVEL + 1, Math.floor(Math.log2(Math.max(tile.w, tile.h))) + 1)
}

/**
 * One R16UI texture holding a tile of a plane, level L read straight out of the
 * pyramid level's plane with the unpack row length. Tiles start at multiples of
 * 2^MAX_PYRAMID_LEVEL, so a tile's level L is exactly a sub-rectangle of level L.
 */
function uploadTile(gl: WebGL2RenderingContext, planes: Array<{ plane: Uint16Array; width: number }>, tile: TextureTile, levels: number): WebGLTexture {
  const texture = gl.createTexture()!
  gl.bindTexture(gl.TEXTURE_2D, texture)
  // Integer textures cannot be filtered: nearest only, levels picked by texelFetch.
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST_MIPMAP_NEAREST)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAX_LEVEL, levels - 1)
  gl.texStorage2D(gl.TEXTURE_2D, levels, gl.R16UI, tile.w, tile.h)
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 2)
  for (let level = 0; level < levels; level++) {
    const { plane, width } = planes[level]!
    gl.pixelStorei(gl.UNPACK_ROW_LENGTH, width)
    gl.pixelStorei(gl.UNPACK_SKIP_PIXELS, tile.x >> level)
    gl.pixelStorei(gl.UNPACK_SKIP_ROWS, tile.y >> level)
    // texStorage2D sizes level L as floor(size / 2^L).
    gl.texSubImage2D(gl.TEXTURE_2D, level, 0, 0, Math.max(1, tile.w >> level), Math.max(1, tile.h >> level), gl.RED_INTEGER, gl.UNSIGNED_SHORT, plane)
  }
  gl.pixelStorei(gl.UNPACK_ROW_LENGTH, 0)
  gl.pixelStorei(gl.UNPACK_SKIP_PIXELS, 0)
  gl.pixelStorei(gl.UNPACK_SKIP_ROWS, 0)
  return texture
}

export interface WebGl2Options {
  /** Lower than the GPU's limit to force stripes (tests use it to exercise tiling). */
  maxTextureSize?: number
  onContextLost?: () => void
}

/** Null when the canvas cannot give a WebGL2 context (no GPU and no SwiftShader, or disabled). */
export function createWebGl2ScanRenderer(canvas: HTMLCanvasElement, scan: XrayScan, options: WebGl2Options = {}): ScanRenderer | null {
  const gl = canvas.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false, premultipliedAlpha: false })
  if (!gl) return null
  const gpuLimit = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number
  const maxTextureSize = Math.min(gpuLimit, options.maxTextureSize ?? gpuLimit)
  const program = link(gl)
  const u = (name: string) => gl.getUniformLocation(program, name)
  const uniforms = {
    tileRect: u('uTileRect'),
    origin: u('uOrigin'),
    zoom: u('uZoom'),
    canvas: u('uCanvas'),
    windowLow: u('uWindowLow'),
    windowWidth: u('uWindowWidth'),
    invert: u('uInvert'),
    edges: u('uEdges'),
    edgeAmount: u('uEdgeAmount'),
    material: u('uMaterial'),
    air: u('uAir'),
    thresholds: u('uThresholds'),
    colours: u('uColours'),
    floor: u('uFloor'),
    level: u('uLevel'),
    high: u('uHigh'),
    low: u('uLow'),
  }

  const vao = gl.createVertexArray()
  gl.bindVertexArray(vao)
  const corners = gl.createBuffer()
  gl.bindBuffer(gl.ARRAY_BUFFER, corners)
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, 0, 1, 0, 0, 1, 1, 1]), gl.STATIC_DRAW)
  const aCorner = gl.getAttribLocation(program, 'aCorner')
  gl.enableVertexAttribArray(aCorner)
  gl.vertexAttribPointer(aCorner, 2, gl.FLOAT, false, 0, 0)

  // Tile edges on multiples of 2^MAX_PYRAMID_LEVEL keep every mip level aligned with the pyramid.
  const tileSize = Math.max(2 ** MAX_PYRAMID_LEVEL, maxTextureSize - (maxTextureSize % 2 ** MAX_PYRAMID_LEVEL))
  const levelScans = Array.from({ length: MAX_PYRAMID_LEVEL + 1 }, (_, level) => scanAtLevel(scan, level))
  const highPlanes = levelScans.map((s) => ({ plane: s.high, width: s.width }))
  const lowPlanes = scan.low ? levelScans.map((s) => ({ plane: s.low!, width: s.width })) : null
  const tiles: GpuTile[] = planTextureTiles(scan.width, scan.height, tileSize).map((tile) => {
    const levels = tileLevels(tile)
    return { ...tile, levels, high: uploadTile(gl, highPlanes, tile, levels), low: lowPlanes ? uploadTile(gl, lowPlanes, tile, levels) : null }
  })
  // A sampler must always see a complete integer texture, even for a single-energy scan.
  const placeholder = uploadTile(gl, [{ plane: new Uint16Array(1), width: 1 }], { x: 0, y: 0, w: 1, h: 1 }, 1)

  let lost = false
  const onLost = (e: Event) => {
    e.preventDefault()
    lost = true
    options.onContextLost?.()
  }
  canvas.addEventListener('webglcontextlost', onLost)

  gl.useProgram(program)
  gl.uniform3fv(uniforms.colours, materialColours.flatMap(([r, g, b]) => [r / 255, g / 255, b / 255]))
  gl.uniform1f(uniforms.floor, MATERIAL_FLOOR)
  gl.uniform1i(uniforms.high, 0)
  gl.uniform1i(uniforms.low, 1)

  return {
    kind: 'webgl2',
    tiles: tiles.length,
    maxTextureSize,
    draw(view: CpuView) {
      if (lost) return
      const { viewport: vp, display, material } = view
      gl.viewport(0, 0, vp.width, vp.height)
      gl.clearColor(BACKGROUND_RGB[0] / 255, BACKGROUND_RGB[1] / 255, BACKGROUND_RGB[2] / 255, 1)
      gl.clear(gl.COLOR_BUFFER_BIT)
      gl.useProgram(program)
      gl.bindVertexArray(vao)
      const width = Math.max(1, display.window.width)
      gl.uniform2f(uniforms.origin, vp.originX, vp.originY)
      gl.uniform1f(uniforms.zoom, vp.zoom)
      gl.uniform2f(uniforms.canvas, vp.width, vp.height)
      gl.uniform1f(uniforms.windowLow, display.window.center - width / 2)
      gl.uniform1f(uniforms.windowWidth, width)
      gl.uniform1i(uniforms.invert, display.invert ? 1 : 0)
      gl.uniform1i(uniforms.edges, display.edges ? 1 : 0)
      gl.uniform1f(uniforms.edgeAmount, display.edgeAmount)
      const useMaterial = display.material && !!material && !!scan.low
      gl.uniform1i(uniforms.material, useMaterial ? 1 : 0)
      if (material) {
        gl.uniform2f(uniforms.air, material.airHigh, material.airLow)
        gl.uniform4f(uniforms.thresholds, material.minAttenuation, material.impenetrableAttenuation, material.organicBelow, material.metalFrom)
      }
      const level = pyramidLevelForZoom(vp.zoom)
      for (const tile of tiles) {
        gl.uniform1i(uniforms.level, Math.min(level, tile.levels - 1))
        gl.activeTexture(gl.TEXTURE0)
        gl.bindTexture(gl.TEXTURE_2D, tile.high)
        gl.activeTexture(gl.TEXTURE1)
        gl.bindTexture(gl.TEXTURE_2D, tile.low ?? placeholder)
        gl.uniform4f(uniforms.tileRect, tile.x, tile.y, tile.w, tile.h)
        gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4)
      }
    },
    finish() {
      // readPixels blocks until the frame is done; gl.finish() alone may return early.
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
    },
    dispose() {
      canvas.removeEventListener('webglcontextlost', onLost)
      for (const tile of tiles) {
        gl.deleteTexture(tile.high)
        if (tile.low) gl.deleteTexture(tile.low)
      }
      gl.deleteTexture(placeholder)
      gl.deleteBuffer(corners)
      gl.deleteVertexArray(vao)
      gl.deleteProgram(program)
    },
  }
}

// A scan's planes as the media route sends them: raw uint16 little-endian, the high-energy plane
// then (dual energy) the low-energy plane, width × height values each. Read into one buffer
// allocated up front (a 2000 × 8000 dual scan is 64 MB: no second copy), with progress.
import type { XrayScan } from '../../../../shared/xray/display/scan'

export interface ScanShape {
  id: string
  width: number
  height: number
  planes: 1 | 2
  mmPerPixel: { x: number; y: number }
}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Split the bytes into planes (swapping bytes on a big-endian host). */
export function planesFromBytes(bytes: ArrayBuffer, shape: ScanShape): XrayScan {
  const n = shape.width * shape.height
  if (bytes.byteLength < n * 2 * shape.planes) throw new Error(`scan ${shape.id}: ${bytes.byteLength} bytes, expected ${n * 2 * shape.planes}`)
  if (!littleEndianHost) {
    const view = new DataView(bytes)
    const swapped = new Uint16Array(n * shape.planes)
    for (let i = 0; i < swapped.length; i++) swapped[i] = view.getUint16(i * 2, true)
    return { id: shape.id, width: shape.width, height: shape.height, mmPerPixel: shape.mmPerPixel, high: swapped.subarray(0, n), ...(shape.planes === 2 ? { low: swapped.subarray(n, 2 * n) } : {}) }
  }
  const high = new Uint16Array(bytes, 0, n)
  const low = shape.planes === 2 ? new Uint16Array(bytes, n * 2, n) : undefined
  return { id: shape.id, width: shape.width, height: shape.height, mmPerPixel: shape.mmPerPixel, high, ...(low ? { low } : {}) }
}

/** Fetch the planes, reporting progress (0..1) as bytes arrive. */
export async function fetchScanPlanes(url: string, shape: ScanShape, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<XrayScan> {
  const response = await fetch(url, { signal, cache: 'no-store' })
  if (!response.ok) throw new Error((await response.text().catch(() => '')) || `HTTP ${response.status}`)
  const width = Number(response.headers.get('X-Scan-Width') ?? shape.width)
  const height = Number(response.headers.get('X-Scan-Height') ?? shape.height)
  const planes = response.headers.get('X-Scan-Planes') === '1' ? 1 : response.headers.get('X-Scan-Planes') === '2' ? 2 : shape.planes
  const actual: ScanShape = { ...shape, width, height, planes }
  const expected = width * height * 2 * planes
  if (!response.body) {
    const whole = await response.arrayBuffer()
    onProgress(1)
    return planesFromBytes(whole, actual)
  }
  let buffer = new Uint8Array(expected)
  let received = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (received + value.length > buffer.length) {
      const bigger = new Uint8Array(Math.max(buffer.length * 2, received + value.length))
      bigger.set(buffer.subarray(0, received))
      buffer = bigger
    }
    buffer.set(value, received)
    received += value.length
    onProgress(Math.min(1, received / expected))
  }
  if (received < expected) throw new Error(`scan ${shape.id}: the transfer stopped after ${received} of ${expected} bytes`)
  return planesFromBytes(buffer.buffer, actual)
}

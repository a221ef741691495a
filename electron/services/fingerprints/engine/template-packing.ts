// Templates travel to matcher workers as one Float32Array (transferable, no per-object cloning):
// per template [width, height, ppi, count, then x, y, angle, type, quality per minutia].
import type { Template } from './template'

const HEADER = 4
const PER_MINUTIA = 5

export function packTemplates(templates: readonly Template[]): Float32Array {
  let length = 0
  for (const t of templates) length += HEADER + t.minutiae.length * PER_MINUTIA
  const packed = new Float32Array(length)
  let o = 0
  for (const t of templates) {
    packed[o++] = t.width
    packed[o++] = t.height
    packed[o++] = t.ppi
    packed[o++] = t.minutiae.length
    for (const m of t.minutiae) {
      packed[o++] = m.x
      packed[o++] = m.y
      packed[o++] = m.angle
      packed[o++] = m.type === 'bifurcation' ? 1 : 0
      packed[o++] = m.quality
    }
  }
  return packed
}

export function unpackTemplates(packed: Float32Array): Template[] {
  const templates: Template[] = []
  let o = 0
  while (o < packed.length) {
    const width = packed[o++]!
    const height = packed[o++]!
    const ppi = packed[o++]!
    const count = packed[o++]!
    const minutiae: Template['minutiae'] = []
    for (let k = 0; k < count; k++) {
      minutiae.push({ x: packed[o]!, y: packed[o + 1]!, angle: packed[o + 2]!, type: packed[o + 3] === 1 ? 'bifurcation' : 'ending', quality: packed[o + 4]! })
      o += PER_MINUTIA
    }
    templates.push({ width, height, ppi, minutiae })
  }
  return templates
}

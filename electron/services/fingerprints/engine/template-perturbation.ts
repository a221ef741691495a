// Cheap stand-ins for more impressions and more fingers, for tests and the 1:N bench where
// rendering and extracting 100,000 images would take hours: another impression of a template
// (rigid move, position and angle jitter, lost and spurious minutiae) and random minutia sets.
import { TWO_PI, type Minutia, type Template } from './template'

/** A seeded xorshift32 source of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
}

export interface PerturbationOptions {
  /** Largest rotation either way, radians (default 0.3 ≈ 17°). */
  rotation?: number
  /** Largest shift either way, pixels (default 20). */
  shift?: number
  /** Position jitter, ± pixels (default 3). */
  jitter?: number
  /** Fraction of minutiae lost (default 0.15). */
  lost?: number
  /** Most spurious minutiae added (default 4). */
  spurious?: number
}

export function perturbTemplate(template: Template, random: () => number, options: PerturbationOptions = {}): Template {
  const { rotation = 0.3, shift = 20, jitter = 3, lost = 0.15, spurious = 4 } = options
  const angle = (random() * 2 - 1) * rotation
  const dx = (random() * 2 - 1) * shift
  const dy = (random() * 2 - 1) * shift
  const cx = template.width / 2
  const cy = template.height / 2
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const minutiae: Minutia[] = []
  for (const m of template.minutiae) {
    if (random() < lost) continue
    // Counter-clockwise as seen, y grows downwards.
    const x = cx + cos * (m.x - cx) + sin * (m.y - cy) + dx + (random() * 2 - 1) * jitter
    const y = cy - sin * (m.x - cx) + cos * (m.y - cy) + dy + (random() * 2 - 1) * jitter
    if (x < 0 || y < 0 || x >= template.width || y >= template.height) continue
    minutiae.push({ ...m, x, y, angle: (((m.angle + angle + (random() * 2 - 1) * 0.1) % TWO_PI) + TWO_PI) % TWO_PI })
  }
  const extra = Math.floor(random() * (spurious + 1))
  for (let k = 0; k < extra; k++) minutiae.push(randomMinutia(template, random))
  return { ...template, minutiae }
}

/** A random minutia set of the given size: an unrelated "finger" (easier than a real impostor). */
export function randomTemplate(random: () => number, count = 40, width = 300, height = 400): Template {
  const template: Template = { width, height, ppi: 500, minutiae: [] }
  for (let k = 0; k < count; k++) template.minutiae.push(randomMinutia(template, random))
  return template
}

function randomMinutia(template: Template, random: () => number): Minutia {
  return {
    x: 20 + random() * (template.width - 40),
    y: 20 + random() * (template.height - 40),
    angle: random() * TWO_PI,
    type: random() < 0.5 ? 'ending' : 'bifurcation',
    quality: 30 + Math.floor(random() * 70),
  }
}

// A person as the beam sees them from the side: head, torso, pelvis, arms and
// legs as rounded ellipses of tissue (water-equivalent, low Z), each with the
// path the beam takes across the body (both legs overlap in a side view, so a
// leg ellipse carries two legs' path). Feet at y = 0, body centred on x = 0.
import { ellipse, type Primitive } from './scene'

export type Pose = 'standing' | 'sitting' | 'lying'

const standing: Primitive[] = [
  ellipse(0, 1620, 95, 115, 'tissue', 160, { rounded: true }),
  ellipse(0, 1490, 45, 50, 'tissue', 110, { rounded: true }),
  ellipse(0, 1200, 125, 300, 'tissue', 350, { rounded: true }),
  ellipse(0, 900, 130, 130, 'tissue', 330, { rounded: true }),
  ellipse(15, 1150, 50, 290, 'tissue', 180, { rounded: true }),
  ellipse(0, 640, 85, 240, 'tissue', 280, { rounded: true }),
  ellipse(0, 250, 60, 230, 'tissue', 200, { rounded: true }),
  ellipse(60, 40, 120, 40, 'tissue', 180, { rounded: true }),
]

const sitting: Primitive[] = [
  ellipse(0, 1220, 95, 115, 'tissue', 160, { rounded: true }),
  ellipse(0, 1090, 45, 50, 'tissue', 110, { rounded: true }),
  ellipse(0, 800, 125, 300, 'tissue', 350, { rounded: true }),
  ellipse(0, 500, 130, 120, 'tissue', 330, { rounded: true }),
  ellipse(90, 760, 50, 260, 'tissue', 180, { rounded: true }),
  ellipse(240, 480, 240, 85, 'tissue', 280, { rounded: true }),
  ellipse(470, 250, 60, 230, 'tissue', 200, { rounded: true }),
  ellipse(530, 40, 120, 40, 'tissue', 180, { rounded: true }),
]

/** A person curled on their side, head forward: the sitting figure turned by 90°. */
const lying: Primitive[] = sitting.map((p) => {
  if (p.shape !== 'ellipse') return p
  return { ...p, cx: -p.cy + 1335, cy: p.cx + 130, rx: p.ry, ry: p.rx }
})

export function humanSilhouette(pose: Pose, scale = 1): Primitive[] {
  const parts = pose === 'standing' ? standing : pose === 'sitting' ? sitting : lying
  return parts.map((p) =>
    p.shape === 'ellipse' ? { ...p, cx: p.cx * scale, cy: p.cy * scale, rx: p.rx * scale, ry: p.ry * scale, pathMm: p.pathMm * scale } : p,
  )
}

// Side views of the vehicles the simulated scanner drives through: a car, a
// van and a tractor with a 40-ft container trailer, built from rectangles and
// ellipses with plausible materials and paths (cab, engine block, wheels,
// chassis, cargo area, walls), plus seeded palletised cargo and whatever is
// concealed in the hiding place (people, dense metal, organic packages).
import { humanSilhouette, type Pose } from './human-silhouette'
import type { MaterialName } from './materials'
import { boundsOf, ellipse, rect, translate, type ConcealedKind, type Primitive, type Scene, type TruthBox } from './scene'
import { randomInt, seededRandom } from './seeded-random'

// The same vehicles as the lane camera draws.
export type { VehicleKind } from '../camera/lane-scene'
import type { VehicleKind } from '../camera/lane-scene'

export type Concealment =
  /** `at`: 0 = front of the hiding place, 1 = back; seeded when left out. */
  | { kind: 'person'; at?: number; pose?: Pose }
  | { kind: 'metal'; at?: number; material?: Extract<MaterialName, 'steel' | 'lead'>; sizeMm?: number }
  | { kind: 'organic-package'; at?: number; count?: number }

export interface VehicleSpec {
  kind: VehicleKind
  concealed?: readonly Concealment[]
  seed: number
}

interface HidingPlace {
  x0: number
  x1: number
  /** Floor. */
  y0: number
  /** Ceiling. */
  y1: number
}

interface Vehicle {
  lengthMm: number
  heightMm: number
  parts: Primitive[]
  hidingPlace: HidingPlace
}

/** A wheel with `tyres` tyres across the vehicle (2 on an axle, 4 with twin tyres). */
function wheel(cx: number, r: number, tyres: number): Primitive[] {
  return [
    ellipse(cx, r, r, r, 'rubber', 260 * tyres, { rounded: true, innerFraction: 0.62 }),
    ellipse(cx, r, r * 0.62, r * 0.62, 'steel', 12 * tyres),
    ellipse(cx, r, r * 0.3, r * 0.3, 'steel', 180),
  ]
}

function car(): Vehicle {
  return {
    lengthMm: 4500,
    heightMm: 1450,
    parts: [
      ...wheel(850, 320, 2),
      ...wheel(3550, 320, 2),
      rect(0, 250, 4500, 1000, 'steel', 2), // side panels and doors
      rect(1300, 1000, 3700, 1430, 'glass', 8), // side windows
      rect(1300, 1000, 1400, 1430, 'steel', 8), // A pillar
      rect(2450, 1000, 2530, 1430, 'steel', 8), // B pillar
      rect(3600, 1000, 3700, 1430, 'steel', 8), // C pillar
      rect(1300, 1400, 3700, 1450, 'steel', 40), // roof, edge-on
      rect(0, 950, 1300, 1000, 'steel', 30), // bonnet, edge-on
      rect(3700, 950, 4500, 1000, 'steel', 30), // boot lid
      rect(300, 250, 4300, 290, 'steel', 60), // floor pan
      rect(250, 380, 1050, 900, 'steel', 120), // engine block
      rect(250, 750, 1050, 950, 'aluminium', 150), // cylinder head
      rect(1050, 350, 1400, 650, 'aluminium', 250), // gearbox
      rect(80, 400, 200, 850, 'aluminium', 40), // radiator
      rect(150, 650, 400, 850, 'lead', 30), // battery plates
      rect(2000, 350, 2550, 1150, 'foam', 1000), // front seats
      rect(2000, 350, 2550, 420, 'steel', 20), // seat frames
      rect(2900, 350, 3500, 1050, 'foam', 1200), // rear bench
      ellipse(1850, 1050, 30, 180, 'steel', 20), // steering wheel
      rect(3000, 260, 3700, 450, 'fuel', 500), // fuel tank
      rect(3000, 260, 3700, 450, 'steel', 2),
      rect(1400, 230, 4450, 300, 'steel', 5), // exhaust
      rect(-50, 350, 100, 650, 'organic', 120), // bumpers
      rect(4400, 350, 4550, 650, 'organic', 120),
    ],
    hidingPlace: { x0: 3550, x1: 4400, y0: 300, y1: 950 }, // the boot
  }
}

function van(random: () => number): Vehicle {
  const parts: Primitive[] = [
    ...wheel(1000, 350, 2),
    ...wheel(4300, 350, 2),
    rect(0, 300, 1800, 1300, 'steel', 2), // cab body
    rect(600, 1300, 1800, 2000, 'glass', 8), // windscreen and side windows
    rect(600, 2000, 1800, 2050, 'steel', 60), // cab roof
    rect(0, 1100, 600, 1300, 'steel', 30), // bonnet
    rect(150, 450, 900, 1050, 'steel', 140), // engine block
    rect(900, 400, 1200, 700, 'aluminium', 250), // gearbox
    rect(1100, 500, 1650, 1400, 'foam', 1500), // cab seats
    rect(0, 350, 5500, 420, 'steel', 80), // chassis rails
    rect(1800, 400, 5500, 2500, 'steel', 2.4), // cargo box walls
    rect(1800, 400, 5500, 2500, 'wood', 24), // plywood lining
    rect(1800, 420, 5500, 460, 'steel', 60), // cargo floor
    rect(1800, 2450, 5500, 2500, 'steel', 60), // cargo roof
    rect(1800, 400, 1830, 2450, 'steel', 270), // bulkhead, edge-on
    rect(5470, 400, 5500, 2450, 'steel', 180), // rear doors
    rect(3000, 200, 3700, 400, 'fuel', 450), // fuel tank
    rect(3000, 200, 3700, 400, 'steel', 2),
  ]
  // A few boxes of parcels against the bulkhead.
  let x = 1850
  for (let i = 0, n = randomInt(random, 1, 3); i < n; i++) {
    const w = randomInt(random, 400, 700)
    parts.push(rect(x, 460, x + w, 460 + randomInt(random, 500, 1200), 'cargo', randomInt(random, 800, 1500)))
    x += w + 20
  }
  return { lengthMm: 5500, heightMm: 2500, parts, hidingPlace: { x0: x + 100, x1: 5400, y0: 460, y1: 2440 } }
}

function truck(random: () => number): Vehicle {
  const c0 = 3400 // container front
  const c1 = c0 + 12192 // 40-ft container
  const floor = 1340
  const parts: Primitive[] = [
    // tractor
    ...wheel(1200, 520, 2),
    ...wheel(4400, 520, 4),
    ...wheel(5750, 520, 4),
    rect(0, 1100, 2300, 3800, 'steel', 3), // cab shell
    rect(300, 2500, 2300, 3500, 'glass', 10), // windows
    rect(0, 3750, 2300, 3800, 'steel', 80), // cab roof
    rect(300, 600, 1500, 1500, 'steel', 250), // engine block
    rect(1500, 600, 2100, 1100, 'aluminium', 300), // gearbox
    rect(1200, 1500, 2100, 2400, 'foam', 1500), // seats and bunk
    rect(0, 900, 6500, 1200, 'steel', 20), // tractor chassis rails
    rect(2500, 600, 3300, 1100, 'fuel', 600), // fuel tanks
    rect(2500, 600, 3300, 1100, 'aluminium', 5),
    rect(4500, 1200, 5600, 1350, 'steel', 200), // fifth wheel
    // trailer
    rect(c0, 1000, c1, 1300, 'steel', 30), // trailer chassis
    rect(5800, 400, 5900, 1100, 'steel', 40), // landing gear
    ...wheel(c1 - 2800, 520, 4),
    ...wheel(c1 - 1500, 520, 4),
    ...wheel(c1 - 200, 520, 4),
    // container
    rect(c0, 1300, c1, 3900, 'steel', 4), // corrugated side walls
    rect(c0, 1300, c1, floor, 'wood', 1600), // floor boards, edge-on
    rect(c0, 1200, c1, 1300, 'steel', 60), // cross members
    rect(c0, 3860, c1, 3900, 'steel', 100), // roof
    rect(c0, 1300, c0 + 150, 3900, 'steel', 60), // front end wall and posts
    rect(c1 - 150, 1300, c1, 3900, 'steel', 80), // doors and posts
  ]
  // Palletised cargo in the front part; the back is the hiding place.
  let x = c0 + 200
  const cargoEnd = c0 + 12192 * (0.4 + 0.3 * random())
  while (x + 1200 < cargoEnd) {
    parts.push(rect(x, floor, x + 1200, floor + 150, 'wood', 1400)) // pallet
    const h = randomInt(random, 1000, 2300)
    parts.push(rect(x + 20, floor + 150, x + 1180, floor + 150 + h, 'cargo', randomInt(random, 1500, 2300)))
    if (random() < 0.2) parts.push(rect(x + 100, floor + 150, x + 1100, floor + 500, 'steel', randomInt(random, 20, 60))) // machine parts
    x += 1200 + randomInt(random, 20, 150)
  }
  return { lengthMm: 16500, heightMm: 3900, parts, hidingPlace: { x0: x + 100, x1: c1 - 200, y0: floor, y1: 3850 } }
}

function concealedParts(c: Concealment, place: HidingPlace, random: () => number): { kind: ConcealedKind; parts: Primitive[] } {
  switch (c.kind) {
    case 'person': {
      const room = place.y1 - place.y0
      const pose: Pose = c.pose ?? (room >= 1800 ? 'standing' : room >= 1300 ? 'sitting' : 'lying')
      const natural = boundsOf(humanSilhouette(pose))
      const scale = Math.min(1, (room - 20) / (natural.y1 - natural.y0), (place.x1 - place.x0) / (natural.x1 - natural.x0))
      return { kind: 'person', parts: humanSilhouette(pose, scale) }
    }
    case 'metal': {
      const s = c.sizeMm ?? 250
      return { kind: 'metal', parts: [rect(0, 0, s * 1.4, s, c.material ?? 'steel', s)] }
    }
    case 'organic-package': {
      const parts: Primitive[] = []
      for (let i = 0, n = c.count ?? randomInt(random, 4, 8); i < n; i++) {
        const col = i % 2
        const row = Math.floor(i / 2)
        parts.push(rect(col * 260, row * 90, col * 260 + 250, row * 90 + 80, 'organic', 220))
      }
      return { kind: 'organic-package', parts }
    }
  }
}

/** Places each concealed thing on the hiding place's floor, spread along it. */
function conceal(vehicle: Vehicle, concealed: readonly Concealment[], random: () => number): { parts: Primitive[]; truth: TruthBox[] } {
  const parts: Primitive[] = []
  const truth: TruthBox[] = []
  const place = vehicle.hidingPlace
  concealed.forEach((c, i) => {
    const thing = concealedParts(c, place, random)
    const b = boundsOf(thing.parts)
    const at = c.at ?? (concealed.length > 1 ? i / (concealed.length - 1) : random())
    const free = Math.max(0, place.x1 - place.x0 - (b.x1 - b.x0))
    const moved = translate(thing.parts, place.x0 + at * free - b.x0, place.y0 - b.y0)
    parts.push(...moved)
    truth.push({ kind: thing.kind, ...boundsOf(moved) })
  })
  return { parts, truth }
}

export function vehicleScene(spec: VehicleSpec): Scene {
  const random = seededRandom(spec.seed)
  const vehicle = spec.kind === 'car' ? car() : spec.kind === 'van' ? van(random) : truck(random)
  const hidden = conceal(vehicle, spec.concealed ?? [], random)
  return {
    lengthMm: vehicle.lengthMm,
    heightMm: vehicle.heightMm,
    primitives: [...vehicle.parts, ...hidden.parts],
    truth: hidden.truth,
  }
}

/** An empty tunnel: what an air scan sees. */
export const emptyScene = (lengthMm = 10_000): Scene => ({ lengthMm, heightMm: 0, primitives: [], truth: [] })

// Thinning to a one-pixel skeleton (Zhang–Suen, with lookup tables over the 8-neighbour code and a
// work list of ridge pixels so each pass touches only what is left of the ridges), then removal of
// the staircase corners Zhang–Suen leaves, which would otherwise read as false endings.
import { neighbourCode, neighbourOffsets } from './skeleton-neighbourhood'

// Bits of the neighbour code: 0 N, 1 NE, 2 E, 3 SE, 4 S, 5 SW, 6 W, 7 NW.
const N = 1
const E = 4
const S = 16
const W = 64

const deletableFirst = new Uint8Array(256)
const deletableSecond = new Uint8Array(256)
for (let code = 0; code < 256; code++) {
  let count = 0
  let transitions = 0
  for (let i = 0; i < 8; i++) {
    const here = (code >> i) & 1
    const next = (code >> ((i + 1) % 8)) & 1
    count += here
    if (here === 0 && next === 1) transitions++
  }
  const base = count >= 2 && count <= 6 && transitions === 1
  const has = (bit: number): boolean => (code & bit) !== 0
  deletableFirst[code] = base && !(has(N) && has(E) && has(S)) && !(has(E) && has(S) && has(W)) ? 1 : 0
  deletableSecond[code] = base && !(has(N) && has(E) && has(W)) && !(has(N) && has(S) && has(W)) ? 1 : 0
}

/** Staircase corners: exactly two 4-neighbours at a right angle and nothing else; they touch diagonally. */
const staircaseCorner = new Uint8Array(256)
for (const code of [N | E, E | S, S | W, W | N]) staircaseCorner[code] = 1

/** Thins the binary ridge map in place (1 = ridge). The outermost image rows and columns are cleared. */
export function thinRidges(ridges: Uint8Array, width: number, height: number): void {
  for (let x = 0; x < width; x++) {
    ridges[x] = 0
    ridges[(height - 1) * width + x] = 0
  }
  for (let y = 0; y < height; y++) {
    ridges[y * width] = 0
    ridges[y * width + width - 1] = 0
  }
  const offsets = neighbourOffsets(width)
  const work = new Int32Array(ridges.length)
  let workLength = 0
  for (let i = 0; i < ridges.length; i++) if (ridges[i] === 1) work[workLength++] = i
  const doomed = new Int32Array(workLength)
  let changed = true
  while (changed) {
    changed = false
    for (const table of [deletableFirst, deletableSecond]) {
      let doomedLength = 0
      for (let k = 0; k < workLength; k++) {
        const i = work[k]!
        if (table[neighbourCode(ridges, i, offsets)] === 1) doomed[doomedLength++] = i
      }
      for (let k = 0; k < doomedLength; k++) ridges[doomed[k]!] = 0
      if (doomedLength > 0) changed = true
      let kept = 0
      for (let k = 0; k < workLength; k++) if (ridges[work[k]!] === 1) work[kept++] = work[k]!
      workLength = kept
    }
  }
  for (let k = 0; k < workLength; k++) {
    const i = work[k]!
    if (staircaseCorner[neighbourCode(ridges, i, offsets)] === 1) ridges[i] = 0
  }
}

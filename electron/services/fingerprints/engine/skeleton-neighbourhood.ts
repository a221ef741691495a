// The 8-neighbourhood of a skeleton pixel as a bit code, and what it says: the crossing number
// (1 = ridge ending, 2 = ridge continues, 3 = bifurcation) and the separate branches that leave it.

/** Index offsets of N, NE, E, SE, S, SW, W, NW for a row-major image of this width. */
export function neighbourOffsets(width: number): Int32Array {
  return Int32Array.from([-width, -width + 1, 1, width + 1, width, width - 1, -1, -width - 1])
}

/** Bit k set when neighbour k (N, NE, E, …, NW) is a skeleton pixel. The pixel must not be on the image edge. */
export function neighbourCode(skeleton: Uint8Array, i: number, offsets: Int32Array): number {
  return (
    skeleton[i + offsets[0]!]! |
    (skeleton[i + offsets[1]!]! << 1) |
    (skeleton[i + offsets[2]!]! << 2) |
    (skeleton[i + offsets[3]!]! << 3) |
    (skeleton[i + offsets[4]!]! << 4) |
    (skeleton[i + offsets[5]!]! << 5) |
    (skeleton[i + offsets[6]!]! << 6) |
    (skeleton[i + offsets[7]!]! << 7)
  )
}

/** Crossing number per neighbour code: runs of set neighbours around the ring. */
export const crossingNumber = new Uint8Array(256)
/** Per code, one neighbour index (0–7) per branch, preferring a 4-neighbour within a run; -1 pads. */
export const branchStarts: Int8Array[] = []
for (let code = 0; code < 256; code++) {
  const starts: number[] = []
  for (let k = 0; k < 8; k++) {
    const here = (code >> k) & 1
    const previous = (code >> ((k + 7) % 8)) & 1
    if (here === 1 && previous === 0) {
      // Walk the run; keep its first 4-neighbour (even index) if any.
      let chosen = k
      for (let j = k; ((code >> (j % 8)) & 1) === 1 && j < k + 8; j++) {
        if (j % 2 === 0) {
          chosen = j % 8
          break
        }
      }
      starts.push(chosen)
    }
  }
  crossingNumber[code] = code === 255 ? 0 : starts.length
  branchStarts.push(Int8Array.from([...starts, -1, -1, -1, -1].slice(0, 4)))
}

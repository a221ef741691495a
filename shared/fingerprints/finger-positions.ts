// Finger positions as ANSI/NIST-ITL and ISO/IEC 19794-2 number them, so a
// capture, a template and an exchange record all name a finger the same way.

export const fingerPositions = {
  unknown: 0,
  rightThumb: 1,
  rightIndex: 2,
  rightMiddle: 3,
  rightRing: 4,
  rightLittle: 5,
  leftThumb: 6,
  leftIndex: 7,
  leftMiddle: 8,
  leftRing: 9,
  leftLittle: 10,
  /** Slap images (4-4-2 capture). */
  rightFourFingers: 13,
  leftFourFingers: 14,
  bothThumbs: 15,
} as const

export type FingerPositionName = keyof typeof fingerPositions
export type FingerPosition = (typeof fingerPositions)[FingerPositionName]

/** The 4-4-2 slap sequence and the single fingers each slap holds. */
export const slapSequence = [
  { slap: fingerPositions.rightFourFingers, fingers: [2, 3, 4, 5] },
  { slap: fingerPositions.leftFourFingers, fingers: [7, 8, 9, 10] },
  { slap: fingerPositions.bothThumbs, fingers: [1, 6] },
] as const

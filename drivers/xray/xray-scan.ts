// One vehicle X-ray scan as the workstation holds it, and the JSON sidecar a
// scanner drops beside the image planes. Not UFF (its layout is not public,
// xray-cameras-anpr.md §1.2): an internal model a UFF plugin can map to later.
//
// Axis convention: a scan is row-major, `height` rows × `width` columns.
// Rows are detector elements (row 0 = the top of the detector column),
// columns are scan lines (one per pulse, column 0 = the first line, the
// vehicle's front when it drives through). So `plane[element * width + line]`,
// and a dead element shows as a horizontal streak along the scan direction.
import { z } from 'zod'

export type EnergyMode = 'single' | 'dual'

export interface XrayScan {
  id: string
  /** When the scanner took the scan (ISO 8601). */
  time: string
  scanner: string
  energyMode: EnergyMode
  /** Pixels are not square: x along the scan direction (per line), y along the detector (per element). */
  mmPerPixel: { x: number; y: number }
  plate?: string
  /** Scan lines. */
  width: number
  /** Detector elements. */
  height: number
  /** The high-energy plane (the only plane of a single-energy scan), 16-bit, row-major. */
  high: Uint16Array
  /** The low-energy plane of a dual-energy scan. */
  low?: Uint16Array
  /** Where the files went once taken (the processed/ folder). */
  source: { files: string[] }
}

/** A plane file name: a plain name in the drop folder, never a path out of it. */
const planeFileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\]+$/, 'a file name in the drop folder, without a path')
  .refine((n) => n !== '.' && n !== '..', 'a file name, not . or ..')
  .refine((n) => !/\.json$/i.test(n), 'a plane, not a .json file (those are sidecars)')

/** The sidecar `<scan>.json` the scanner writes beside the planes. */
export const xraySidecarSchema = z
  .object({
    scanId: z.string().min(1).max(128),
    time: z.iso.datetime({ offset: true }),
    scanner: z.string().min(1).max(200),
    energyMode: z.enum(['single', 'dual']),
    mmPerPixel: z.object({ x: z.number().positive().max(1000), y: z.number().positive().max(1000) }),
    plate: z.string().min(1).max(32).optional(),
    planes: z.object({ high: planeFileName, low: planeFileName.optional() }),
    /** When given, the planes must have exactly this size. */
    width: z.number().int().positive().max(100_000).optional(),
    height: z.number().int().positive().max(100_000).optional(),
  })
  .refine((s) => (s.energyMode === 'dual') === (s.planes.low !== undefined), {
    message: 'a dual-energy scan names a low plane, a single-energy scan does not',
    path: ['planes', 'low'],
  })
  .refine((s) => s.planes.low === undefined || s.planes.low !== s.planes.high, {
    message: 'the high and low planes are different files',
    path: ['planes', 'low'],
  })
export type XraySidecar = z.infer<typeof xraySidecarSchema>

// A detector calibration as the technician sees it: version, who and when, bad elements per
// energy, and the element non-uniformity of a fresh flat frame before and after correction.
import { z } from 'zod'

export const xrayCalibrationSchema = z.object({
  version: z.number().int(),
  device: z.string(),
  scanner: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  active: z.boolean(),
  elements: z.number().int(),
  energies: z.array(
    z.object({
      energy: z.enum(['high', 'low']),
      badElements: z.number().int(),
      dead: z.number().int(),
      hot: z.number().int(),
      outliers: z.number().int(),
      uniformityBefore: z.number(),
      uniformityAfter: z.number(),
    }),
  ),
})
export type XrayCalibration = z.infer<typeof xrayCalibrationSchema>

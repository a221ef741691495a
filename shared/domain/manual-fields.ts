// The key fields an officer types from the data page when no MRZ can be read.
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}$/, 'a 3-letter code (D for Germany)')

export const manualFieldsSchema = z
  .object({
    documentType: z.enum(['passport', 'id-card']),
    issuingState: code,
    documentNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{1,14}$/, 'letters and digits only'),
    surname: z.string().trim().min(1).max(60),
    givenNames: z.string().trim().max(60),
    nationality: code,
    birthDate: isoDate,
    sex: z.enum(['M', 'F', 'X']),
    expiryDate: isoDate,
  })
  .strict()
export type ManualFields = z.infer<typeof manualFieldsSchema>

// Sample travellers the simulator panel presents (resources/simulation/travellers.json).
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { buildTd1, buildTd3 } from '../../../shared/mrz'
import type { SampleTraveller } from '../../../shared/domain/simulator'

const yymmdd = z.string().regex(/^\d{6}$/)

const sampleSchema = z.object({
  id: z.string(),
  label: z.string(),
  expect: z.enum(['clear', 'warning', 'hit', 'invalid']),
  format: z.enum(['TD1', 'TD3']),
  corruptCheckDigit: z.enum(['documentNumber', 'birthDate', 'expiryDate', 'composite']).optional(),
  /** Reader slips to put on the wire: a character the OCR got wrong (line and column 0-based). */
  slips: z.array(z.object({ line: z.number().int().min(0), column: z.number().int().min(0), character: z.string().length(1) })).default([]),
  document: z.object({
    documentCode: z.string(),
    issuingState: z.string().length(3),
    surname: z.string(),
    givenNames: z.string(),
    documentNumber: z.string(),
    nationality: z.string().length(3),
    birthDate: yymmdd,
    sex: z.enum(['M', 'F', 'X', '<']),
    expiresInDays: z.number().int(),
  }),
})
type Sample = z.infer<typeof sampleSchema>

export class SampleTravellers {
  private readonly samples: Sample[]

  constructor(file: string) {
    this.samples = z.object({ travellers: z.array(sampleSchema) }).parse(JSON.parse(readFileSync(file, 'utf8'))).travellers
  }

  list(): SampleTraveller[] {
    return this.samples.map(({ id, label, expect }) => ({ id, label, expect }))
  }

  /** The sample's MRZ lines as the reader would print them today. */
  mrzLines(id: string, today: Date): string[] | null {
    const s = this.samples.find((x) => x.id === id)
    if (!s) return null
    const { expiresInDays, ...d } = s.document
    const fields = { ...d, expiryDate: yymmddOf(new Date(today.getTime() + expiresInDays * 86_400_000)) }
    const options = s.corruptCheckDigit ? { corruptCheckDigit: s.corruptCheckDigit } : {}
    const lines = s.format === 'TD1' ? buildTd1(fields, options) : buildTd3(fields, options)
    for (const slip of s.slips) {
      const line = lines[slip.line]
      if (line && slip.column < line.length) lines[slip.line] = line.slice(0, slip.column) + slip.character + line.slice(slip.column + 1)
    }
    return lines
  }
}

function yymmddOf(d: Date): string {
  return d.toISOString().slice(2, 10).replaceAll('-', '')
}

import { z } from 'zod'

export const sampleTravellerSchema = z.object({
  id: z.string(),
  label: z.string(),
  expect: z.enum(['clear', 'warning', 'hit', 'invalid']),
})
export type SampleTraveller = z.infer<typeof sampleTravellerSchema>

export const simulatorActions = ['noise', 'partial', 'unplug', 'replug'] as const
export type SimulatorAction = (typeof simulatorActions)[number]

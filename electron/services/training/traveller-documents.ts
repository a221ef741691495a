// The MRZ lines a scenario traveller's document prints, as of the day of the run.
import { buildTd1, buildTd3 } from '../../../shared/mrz'
import type { ScenarioTraveller } from '../../../shared/training/scenario-schema'
import type { SampleTravellers } from '../simulator/sample-travellers'

export function travellerMrzLines(t: ScenarioTraveller, samples: SampleTravellers, today: Date): string[] {
  if (t.mrz) return [...t.mrz]
  if (t.sample) {
    const lines = samples.mrzLines(t.sample, today)
    if (!lines) throw new Error(`no sample traveller "${t.sample}" in resources/simulation/travellers.json`)
    return lines
  }
  const { format, expiresInDays, ...fields } = t.document!
  const expiry = new Date(today.getTime() + expiresInDays * 86_400_000).toISOString().slice(2, 10).replaceAll('-', '')
  return format === 'TD1' ? buildTd1({ ...fields, expiryDate: expiry }) : buildTd3({ ...fields, expiryDate: expiry })
}

/** The document number as the inspection will record it (fillers dropped). */
export function documentNumberOf(lines: readonly string[]): string {
  const l1 = lines[0] ?? ''
  const l2 = lines[1] ?? ''
  const raw = lines.length === 3 ? l1.slice(5, 14) : l2.slice(0, 9)
  return raw.replaceAll('<', '')
}

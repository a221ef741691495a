// A plate read against the vehicle lists: candidates from the plate keys (look-alikes folded,
// one edit apart still meets), then matchPlate says how close each is, in words. A plate is a
// candidate for the officer, never a decision; a low camera confidence is said, not hidden.
import type { ListStore } from '../screening/lists'
import { matchPlate } from '../../../shared/screening/plates'
import type { NewVehicleAlert } from '../../store/vehicle-lane-repository'

const SCORE: Record<'exact' | 'confusable' | 'one-edit', number> = { exact: 1, confusable: 0.8, 'one-edit': 0.6 }

export type PlateMatchAlert = Omit<NewVehicleAlert, 'vehicleCrossingId' | 'at'>

export function screenPlate(lists: ListStore, plate: string, country: string | null, confidence: number | null): PlateMatchAlert[] {
  lists.refresh()
  const out: PlateMatchAlert[] = []
  for (const v of lists.findVehicles([plate])) {
    if (!v.plate) continue
    const m = matchPlate(plate, v.plate)
    if (m.match === 'none') continue
    const features: PlateMatchAlert['features'] = [{ code: `plate-${m.match}`, contribution: SCORE[m.match], detail: m.detail }]
    if (country && v.country && country.toUpperCase() !== v.country.toUpperCase()) {
      features.push({ code: 'plate-country-differs', contribution: 0, detail: `read as ${country}, listed as ${v.country}` })
    }
    if (confidence !== null && confidence < 0.7) {
      features.push({ code: 'plate-read-uncertain', contribution: 0, detail: `the camera was ${Math.round(confidence * 100)} % sure of its read: compare the plate on the vehicle` })
    }
    out.push({
      kind: 'plate-list',
      listId: v.listId,
      listVersion: v.listVersion,
      listRecordId: v.recordId,
      reason: v.reason,
      score: SCORE[m.match],
      features,
      record: Object.fromEntries(
        Object.entries({ plate: v.plate, country: v.country, vin: v.vin, make: v.make, model: v.model, colour: v.colour }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
      ),
    })
  }
  return out
}

// Do the people in a vehicle add up? The driver declares how many travel, the officer scans
// their documents, and the scan shows people (marked by the officer or analyst). Any two that
// disagree is a reason to look again: people hidden in the load, or a passenger without papers.
// Pure, so it is tested alone.
import type { VehicleAlertView } from '../../../shared/domain/vehicle-lane'

export interface OccupancyCounts {
  declared: number | null
  documents: number
  /** null until someone has reviewed the scan (no scan, or no person marked and no decision yet). */
  markedOnScan: number | null
}

export interface OccupancyCheck {
  agrees: boolean
  reason: string
  features: VehicleAlertView['features']
}

export function checkOccupancy(c: OccupancyCounts): OccupancyCheck {
  const features: VehicleAlertView['features'] = []
  if (c.declared !== null && c.declared !== c.documents) {
    features.push({
      code: 'declared-vs-documents',
      contribution: 1,
      detail: `${c.declared} declared, ${c.documents} document${c.documents === 1 ? '' : 's'} scanned`,
    })
  }
  if (c.markedOnScan !== null && c.markedOnScan !== c.documents) {
    features.push({
      code: 'scan-vs-documents',
      contribution: 1,
      detail: `${c.markedOnScan} person${c.markedOnScan === 1 ? '' : 's'} marked on the X-ray scan, ${c.documents} document${c.documents === 1 ? '' : 's'} scanned`,
    })
  }
  if (c.declared !== null && c.markedOnScan !== null && c.markedOnScan !== c.declared) {
    features.push({ code: 'scan-vs-declared', contribution: 1, detail: `${c.markedOnScan} on the scan, ${c.declared} declared` })
  }
  return {
    agrees: features.length === 0,
    reason: features.length === 0 ? 'occupant counts agree' : `Occupant counts disagree: ${features.map((f) => f.detail).join('; ')}`,
    features,
  }
}

// Simulated mode: the wanted persons of the sample list get synthetic index
// fingers enrolled, so a simulated traveller giving a listed person's finger
// is a 1:N hit. Runs once per data folder, one finger per event-loop turn so
// the workstation stays responsive while it renders.
import { readFileSync } from 'node:fs'
import { enrolmentImpression, listedPersonFinger } from '../simulation/simulated-prints'
import type { ListEnrolments } from './list-enrolments'
import type { FingerprintRepository } from '../fingerprint-repository'

/** Record ids in the first column of a list CSV (the sample lists have no quoted ids). */
export function recordIdsOfCsv(file: string): string[] {
  const [, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/)
  return rows.map((r) => r.split(',')[0]!.trim()).filter((id) => id !== '')
}

export async function seedSimulatedEnrolments(
  deps: { enrolments: ListEnrolments; repo: FingerprintRepository },
  listId: string,
  recordIds: readonly string[],
  positions: readonly number[] = [2, 7],
): Promise<number> {
  if (deps.repo.enrolmentCount(listId) > 0) return 0
  let enrolled = 0
  for (const recordId of recordIds) {
    for (const position of positions) {
      await new Promise((resolve) => setImmediate(resolve))
      deps.enrolments.enrolImage({ listId, recordId, position, source: 'simulation (synthetic print)', actor: 'system' }, enrolmentImpression(listedPersonFinger(listId, recordId, position)))
      enrolled++
    }
  }
  return enrolled
}

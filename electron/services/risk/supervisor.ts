// Only supervisors write risk profiles and thresholds; each version carries
// their username. Checked here too, not only at the API boundary.
import type { Role } from '../../../shared/domain/roles'
import { RiskStoreError } from './risk-store-error'

export interface Supervisor {
  username: string
  roles: readonly Role[]
}

export function requireSupervisor(by: Supervisor): string {
  if (!by.roles.includes('supervisor')) throw new RiskStoreError('forbidden', `${by.username} is not a supervisor: only supervisors change risk profiles.`)
  return by.username
}

// Training runs beside operational data, never in it: its own data folder (database, audit
// anchor, lists, scans, scenarios, reports) and simulated devices only.
import type { DeviceConfigFile } from '../../app/device-config'

export class TrainingIsolationError extends Error {}

/** A training workstation opens no real device: every entry must be a simulator. */
export function assertSimulatorsOnly(config: DeviceConfigFile, file: string): void {
  const real = config.devices.filter((d) => d.transport !== 'simulator')
  if (real.length > 0) {
    throw new TrainingIsolationError(
      `Training uses simulated devices only, but ${file} connects ${real.map((d) => `${d.id} over ${d.transport}`).join(', ')}. Use a configuration where every device has "transport": "simulator".`,
    )
  }
}

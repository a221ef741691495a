// The people and vehicles of a scenario in the order the lane sees them, numbered the way a
// trainer speaks of them ("traveller 3", "vehicle 1"), with the actions expected on each.
import type { ExpectedAction, Scenario, ScenarioTraveller, ScenarioVehicle } from './scenario-schema'

export interface TargetRef {
  kind: 'traveller' | 'vehicle'
  /** 1-based, in scenario order (vehicle occupants counted where they appear). */
  index: number
}

export interface TravellerTarget extends TargetRef {
  kind: 'traveller'
  label: string
  traveller: ScenarioTraveller
  /** The vehicle the traveller arrives in, if any. */
  vehicle: number | null
}

export interface VehicleTarget extends TargetRef {
  kind: 'vehicle'
  label: string
  vehicle: ScenarioVehicle
}

export interface Expectation {
  /** Stable within the scenario: `traveller-3:refer`. */
  id: string
  target: TargetRef
  label: string
  action: ExpectedAction
}

export const targetKey = (t: TargetRef) => `${t.kind}-${t.index}`

export function travellerTargets(s: Scenario): TravellerTarget[] {
  const out: TravellerTarget[] = []
  let vehicles = 0
  for (const step of s.steps) {
    if (step.vehicle) {
      vehicles += 1
      for (const o of step.vehicle.occupants) out.push({ kind: 'traveller', index: out.length + 1, label: o.label ?? `Traveller ${out.length + 1}`, traveller: o, vehicle: vehicles })
    }
    if (step.traveller) out.push({ kind: 'traveller', index: out.length + 1, label: step.traveller.label ?? `Traveller ${out.length + 1}`, traveller: step.traveller, vehicle: null })
  }
  return out
}

export function vehicleTargets(s: Scenario): VehicleTarget[] {
  return s.steps.flatMap((st) => (st.vehicle ? [st.vehicle] : [])).map((v, i) => ({ kind: 'vehicle', index: i + 1, label: v.label ?? `Vehicle ${i + 1} (${v.plate})`, vehicle: v }))
}

export function expectationsOf(s: Scenario): Expectation[] {
  const fromTargets = (targets: Array<TravellerTarget | VehicleTarget>) =>
    targets.flatMap((t) => {
      const expect = t.kind === 'traveller' ? t.traveller.expect : t.vehicle.expect
      return expect.map((action): Expectation => ({ id: `${targetKey(t)}:${action}`, target: { kind: t.kind, index: t.index }, label: t.label, action }))
    })
  return [...fromTargets(vehicleTargets(s)), ...fromTargets(travellerTargets(s))]
}

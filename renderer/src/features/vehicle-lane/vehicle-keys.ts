// The vehicle lane's single-key shortcuts. They avoid the primary line's keys (A admit, R refuse,
// S refer, C confirm, D dismiss, M manual entry) and the X-ray viewer's tool keys (P W D N I M E A,
// digits), so a key never means two things on one screen.
export const vehicleKeys = {
  startVehicle: 'V',
  correctPlate: 'T',
  closeVehicle: 'X',
  declaredOccupants: 'O',
  confirmAlert: 'H',
  dismissAlert: 'K',
  referAlert: 'F',
  linkScan: 'L',
  focusScan: 'J',
  clearScan: 'G',
  referScan: 'U',
} as const

export type VehicleKey = keyof typeof vehicleKeys

/** The map useShortcuts expects (lower-case keys). */
export function shortcutMap(actions: Partial<Record<VehicleKey, (() => void) | undefined>>): Record<string, (() => void) | undefined> {
  const map: Record<string, (() => void) | undefined> = {}
  for (const [name, action] of Object.entries(actions) as Array<[VehicleKey, (() => void) | undefined]>) map[vehicleKeys[name].toLowerCase()] = action
  return map
}

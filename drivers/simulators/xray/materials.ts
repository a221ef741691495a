// Effective linear attenuation of the materials the simulator builds vehicles
// from, at the two energies of a dual-energy cargo scanner. Mass attenuation
// coefficients (cm²/g) are NIST XCOM values at 3 MeV and 6 MeV, standing in
// for the effective energies of the low and high spectra. At MeV energies
// pair production grows with Z, so low-Z (organic) matter loses relatively
// more at the low energy than metal does: A_low / A_high is about 1.43 for
// water, 1.18 for iron and below 1 for lead. That ratio is what
// material discrimination reads (xray-cameras-anpr.md §1.3).

export interface Material {
  /** g/cm³ */
  density: number
  /** Mass attenuation, cm²/g, at the low and the high energy. */
  massLow: number
  massHigh: number
}

export const materials = {
  /** Human tissue: water-equivalent. */
  tissue: { density: 1.05, massLow: 0.0397, massHigh: 0.0277 },
  /** Dense organic goods (food, drugs, paper in bulk). */
  organic: { density: 1.0, massLow: 0.0397, massHigh: 0.0277 },
  /** Palletised general cargo, mostly air: organic at a low bulk density. */
  cargo: { density: 0.35, massLow: 0.0397, massHigh: 0.0277 },
  /** Seat foam and upholstery. */
  foam: { density: 0.06, massLow: 0.0399, massHigh: 0.0279 },
  rubber: { density: 1.2, massLow: 0.0405, massHigh: 0.0282 },
  wood: { density: 0.6, massLow: 0.037, massHigh: 0.0258 },
  fuel: { density: 0.75, massLow: 0.0411, massHigh: 0.0287 },
  glass: { density: 2.5, massLow: 0.0358, massHigh: 0.026 },
  aluminium: { density: 2.7, massLow: 0.0354, massHigh: 0.0255 },
  steel: { density: 7.87, massLow: 0.0362, massHigh: 0.0307 },
  lead: { density: 11.35, massLow: 0.0423, massHigh: 0.0439 },
} as const satisfies Record<string, Material>

export type MaterialName = keyof typeof materials

/** Linear attenuation per millimetre of path: μ/ρ · ρ / 10. */
export function attenuationPerMm(name: MaterialName): { low: number; high: number } {
  const m: Material = materials[name]
  return { low: (m.massLow * m.density) / 10, high: (m.massHigh * m.density) / 10 }
}

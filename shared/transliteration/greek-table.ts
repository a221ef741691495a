// Greek to MRZ, letter by letter, following ICAO Doc 9303 Part 3 (Table C, based on ELOT 743),
// as Greek passports write names: Α A, Β V, Γ G, Δ D, Ε E, Ζ Z, Η I, Θ TH, Ι I, Κ K, Λ L, Μ M,
// Ν N, Ξ X, Ο O, Π P, Ρ R, Σ/ς S, Τ T, Υ Y, Φ F, Χ CH, Ψ PS, Ω O. Accented and diaeresis vowels
// (ά έ ή ί ό ύ ώ ϊ ϋ) decompose to these through NFKD (spelling-options.ts).
// Digraphs (ΑΥ → AV/AF, ΕΥ → EV/EF, ΟΥ → OU, ΜΠ → B/MB, ΝΤ → D/ND, ΓΚ → G/NG) depend on the
// neighbouring letters; letter by letter gives MAYRIDIS where the passport has MAVRIDIS: the
// alternative spellings (alternative-spellings.ts) and the fuzzy name score close that gap.

export const GREEK_TO_MRZ: Readonly<Record<string, string>> = {
  Α: 'A',
  Β: 'V',
  Γ: 'G',
  Δ: 'D',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'I',
  Θ: 'TH',
  Ι: 'I',
  Κ: 'K',
  Λ: 'L',
  Μ: 'M',
  Ν: 'N',
  Ξ: 'X',
  Ο: 'O',
  Π: 'P',
  Ρ: 'R',
  Σ: 'S',
  Τ: 'T',
  Υ: 'Y',
  Φ: 'F',
  Χ: 'CH',
  Ψ: 'PS',
  Ω: 'O',
}

// Spellings other than Doc 9303's that real MRZs use, for matching only (never for writing an MRZ).
// Each letter lists alternatives to its standard form (latin-table.ts, cyrillic-table.ts).
//
// Sure (reference §1.4): states may write Ä/Ö/Ü as plain A/O/U (MÜLLER → MULLER).
// Assumed national practice (not from the ICAO text):
// - Ukrainian national romanisation (2010): Г → H, И → Y, Й → Y, Є → YE, Ї → YI, Ю → YU, Я → YA;
//   Belarusian also Г → H.
// - Older Russian passports (before the 2014 switch to Doc 9303): Й → Y, Ю → YU, Я → YA, Ъ dropped.
// - Serbian/Croatian: Đ/Ђ → DJ; Serbian and Macedonian Latin: Ч, Ћ → C, Ш → S, Ж → Z, Ц → C, Х → H;
//   Ѓ → G and Ќ → K (the generic Arg0s table).
// - Bulgarian streamlined system: Ъ → A, Щ → SHT, Х → H.
// - Greek: Υ after A/E is V or F (ΑΥ, ΕΥ), Χ also KH or H, Ξ also KS, Β also B, Η also E (older
//   and foreign romanisations).

export const ALTERNATIVE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  // Latin
  Ä: ['A'],
  Ö: ['O'],
  Ü: ['U'],
  Đ: ['DJ'],
  // Greek
  Υ: ['V', 'I', 'F'],
  Χ: ['KH', 'H'],
  Ξ: ['KS'],
  Β: ['B'],
  Η: ['E'],
  // Cyrillic
  Г: ['H'],
  И: ['Y'],
  Й: ['Y'],
  Є: ['YE'],
  Ї: ['YI'],
  Ю: ['YU'],
  Я: ['YA'],
  Ђ: ['DJ'],
  Ѓ: ['G'],
  Ќ: ['K'],
  Ч: ['C'],
  Ш: ['S'],
  Ж: ['Z'],
  Ц: ['C'],
  Х: ['H'],
  Щ: ['SHT'],
  Ъ: ['', 'A'],
}

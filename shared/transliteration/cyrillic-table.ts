// ICAO Doc 9303 Part 3 §6 (Table B), Cyrillic to MRZ. Keys upper case (input is upper-cased).
//
// Sure (reference §1.4 and Arg0s1080/mrz cyrillic.py, labelled as taken from Doc 9303; also the
// Russian passport practice since 2014, e.g. ЮЛИЯ → IULIIA): А A, Б B, В V, Г G, Д D, Е E, Ё E,
// Ж ZH, З Z, И I, Й I, К K, Л L, М M, Н N, О O, П P, Р R, С S, Т T, У U, Ф F, Х KH, Ц TS, Ч CH,
// Ш SH, Щ SHCH, Ы Y, Э E, Ю IU, Я IA; Ґ G, Є IE, Ї I, Ў U; Ђ D, Ѕ DZ, Ј J, Љ LJ, Њ NJ, Џ DZ.
// Ъ → IE and Ь dropped: Russian passport practice (said to follow Doc 9303); the Arg0s table
// omits both and we could not confirm them in the ICAO text.
// І → I: Arg0s Ukrainian table. Ћ → C: the Arg0s table maps U+04BA Һ → C, most likely meant for Ћ.
// Assumed from the brief, not confirmed in the ICAO text: Ѓ → GJ and Ќ → KJ (Macedonian practice;
// the Arg0s generic table has Ѓ → G and no Ќ).
// National practices that differ (Ukrainian Г → H, Serbian Ђ → DJ, Bulgarian Ъ → A…) are
// alternative spellings, see alternative-spellings.ts.

export const CYRILLIC_TO_MRZ: Readonly<Record<string, string>> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Ґ: 'G',
  Д: 'D',
  Ђ: 'D',
  Ѓ: 'GJ',
  Е: 'E',
  Ё: 'E',
  Є: 'IE',
  Ж: 'ZH',
  З: 'Z',
  Ѕ: 'DZ',
  И: 'I',
  І: 'I',
  Ї: 'I',
  Й: 'I',
  Ј: 'J',
  К: 'K',
  Ќ: 'KJ',
  Л: 'L',
  Љ: 'LJ',
  М: 'M',
  Н: 'N',
  Њ: 'NJ',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  Ћ: 'C',
  У: 'U',
  Ў: 'U',
  Ф: 'F',
  Х: 'KH',
  Ц: 'TS',
  Ч: 'CH',
  Џ: 'DZ',
  Ш: 'SH',
  Щ: 'SHCH',
  Ъ: 'IE',
  Ы: 'Y',
  Ь: '',
  Э: 'E',
  Ю: 'IU',
  Я: 'IA',
}

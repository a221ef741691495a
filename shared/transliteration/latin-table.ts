// ICAO Doc 9303 Part 3 §6 (Table A), Latin letters with a recommended MRZ form other than
// "the base letter without its mark". Every other accented Latin letter (Á, Č, Ę, Ñ, Ş, Ž, İ…)
// loses its diacritics by Unicode decomposition (see spelling-options.ts). Keys are upper case;
// lower-case input is upper-cased first ('ß' upper-cases to 'SS' by itself).
//
// Sure (reference §1.4, Arg0s1080/mrz latin_based.py copy of the table): Ä→AE, Å→AA, Æ→AE,
// Ö→OE, Ø→OE, Ü→UE, ß/ẞ→SS, Þ→TH, Ĳ→IJ, Œ→OE; Đ, Ð→D; Ħ→H; Ł→L; Ŀ→L; Ŋ→N; Ŧ→T (these have no
// Unicode decomposition, so they are listed explicitly).
// Assumed (not in the sources we hold): Ə→A (Azerbaijani schwa), Ɖ→D.

export const LATIN_TO_MRZ: Readonly<Record<string, string>> = {
  Ä: 'AE',
  Å: 'AA',
  Æ: 'AE',
  Ö: 'OE',
  Ø: 'OE',
  Ü: 'UE',
  ẞ: 'SS',
  Þ: 'TH',
  Ĳ: 'IJ',
  Œ: 'OE',
  // No decomposition: the base letter is given explicitly.
  Ð: 'D',
  Đ: 'D',
  Ħ: 'H',
  Ł: 'L',
  Ŀ: 'L',
  Ŋ: 'N',
  Ŧ: 'T',
  Ə: 'A', // assumed
  Ɖ: 'D', // assumed
}

// Chinese characters in pinyin, for name matching only (Doc 9303 has no Han table: Chinese
// passports print the pinyin themselves). The reading comes from `pinyin-pro` (MIT, pure
// TypeScript, its dictionary bundled: offline), in surname mode for the first character(s), so
// 单 reads SHAN and 曾 ZENG as family names. Toneless and upper case; ü is written U as most
// passports do (吕 LU; LYU is left to letter similarity).
//
// A Chinese name is written family name first without spaces: 王建国 becomes the parts
// WANG and JIANGUO (given-name syllables joined, as passports write them). Two-character family
// names (欧阳, 司马…) stay one part.
import { pinyin } from 'pinyin-pro'

const HAN = /\p{Script=Han}/u
const HAN_ONLY = /[^\p{Script=Han}]/gu
/** pinyin-pro writes ü as Ü (or V with the v option). */
const U_UMLAUT = /Ü|V/g
const NOT_MRZ_LETTER = /[^A-Z]/g

/** Two-character family names, simplified and traditional. */
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫',
  '慕容', '令狐', '夏侯', '长孙', '長孫', '宇文', '司徒', '端木', '西门', '西門', '南宫', '南宮', '独孤', '獨孤',
])

export interface RomanisedPart {
  /** The characters as written ('王', '建国'). */
  written: string
  /** Pinyin in MRZ letters ('WANG', 'JIANGUO'). */
  latin: string
}

/** True when the word has Chinese characters (Han script, also Japanese kanji). */
export function hasHanScript(word: string): boolean {
  return HAN.test(word)
}

function syllables(chars: string, asSurname: boolean): string {
  const readings = pinyin(chars, { toneType: 'none', type: 'array', mode: asSurname ? 'surname' : 'normal', surname: 'head' })
  return readings
    .join('')
    .toUpperCase()
    .replace(U_UMLAUT, 'U')
    .replace(NOT_MRZ_LETTER, '')
}

/**
 * The family name and the given name of a word in Chinese characters, in pinyin:
 * 王建国 → [{ 王, WANG }, { 建国, JIANGUO }]; a single character is one part. Null when the word
 * has no Han characters or no reading.
 */
export function romaniseHanWord(word: string): RomanisedPart[] | null {
  if (!hasHanScript(word)) return null
  const chars = word.replace(HAN_ONLY, '')
  const codePoints = [...chars]
  if (codePoints.length === 0) return null
  const surnameLength = codePoints.length >= 3 && COMPOUND_SURNAMES.has(codePoints.slice(0, 2).join('')) ? 2 : 1
  const surname = codePoints.slice(0, surnameLength).join('')
  const given = codePoints.slice(surnameLength).join('')
  const parts: RomanisedPart[] = [{ written: surname, latin: syllables(surname, true) }]
  if (given !== '') parts.push({ written: given, latin: syllables(given, false) })
  return parts.every((p) => p.latin !== '') ? parts : null
}

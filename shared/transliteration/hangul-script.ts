// Korean Hangul in Latin letters, for name matching only: Doc 9303 has no Hangul table (Korean
// passports print the romanised name themselves, chosen by the holder), so a name read from a
// Korean-script document or watch list must be romanised here before it can meet the MRZ.
//
// Hangul is algorithmic: every precomposed syllable U+AC00–U+D7A3 is
//   0xAC00 + (initial × 21 + medial) × 28 + final
// so it splits arithmetically into its jamo, no dictionary needed. Each jamo is written in the
// Revised Romanisation of Korean (2000), the system of passports since 2000, in MRZ letters
// (upper case, no hyphens or apostrophes): 김정은 → GIMJEONGEUN as a plain word.
//
// - romaniseHangulWord: a word as pronounced, with the simple sound rules between syllables:
//   a final consonant before a silent-ㅇ syllable is carried over as that syllable's initial
//   (한국어 HANGUGEO, not HANGUKEO); ㄹ is R as an initial, L as a final, and ㄹㄹ, ㄴㄹ, ㄹㄴ are LL
//   (신라 SILLA, 설날 SEOLLAL); ㅇ is silent as an initial and NG as a final. Nasalisation,
//   palatalisation and aspiration (독립 DONGNIP, 같이 GACHI) are not applied.
// - romaniseHangulName: a whole name written without a space (family name first), as the parts
//   family and given. RR itself says sound changes inside a given name are not transcribed
//   (한복남 Han Boknam), and passports do the same, so the given name is romanised syllable by
//   syllable (석열 SEOKYEOL, where the word reading is SEOGYEOL). Family names have conventional
//   passport spellings older than RR (김 KIM not GIM, 이 LEE not I, 박 PARK not BAK): a table of
//   the common ones gives those. RR / McCune–Reischauer given-name spellings (JIHUN / JIHOON) and
//   family-name spelling families (LEE / YI / RHEE) are left to cjk-romanisation.ts and the matcher.
// Pure functions, no dependency.

const SYLLABLE_FIRST = 0xac00
const SYLLABLE_LAST = 0xd7a3
const MEDIALS = 21
const FINALS = 28
/** Index of ㅇ among the initials. */
const SILENT_INITIAL = 11
/** Indexes of ㄴ and ㄹ among the initials and among the finals. */
const INITIAL_N = 2
const INITIAL_R = 5
const FINAL_N = 4
const FINAL_L = 8

const HANGUL = /\p{Script=Hangul}/u
const WHITESPACE = /\s+/u

/** ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ */
const INITIAL_LATIN: readonly string[] = ['G', 'KK', 'N', 'D', 'TT', 'R', 'M', 'B', 'PP', 'S', 'SS', '', 'J', 'JJ', 'CH', 'K', 'T', 'P', 'H']
/** ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ */
const MEDIAL_LATIN: readonly string[] = [
  'A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WO', 'WE', 'WI', 'YU', 'EU', 'UI', 'I',
]
/**
 * Finals before a consonant or at the end: (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
 * Seven sounds only (K N T L M P NG), clusters reduced to one of their consonants.
 */
const FINAL_LATIN: readonly string[] = [
  '', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'K', 'M', 'L', 'L', 'L', 'P', 'L', 'M', 'P', 'P', 'T', 'T', 'NG', 'T', 'T', 'K', 'T', 'P', 'T',
]
/** Finals carried over to a following silent-ㅇ syllable (same order): clusters keep both consonants, ㅎ goes silent. */
const CARRIED_FINAL_LATIN: readonly string[] = [
  '', 'G', 'KK', 'KS', 'N', 'NJ', 'N', 'D', 'R', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'R', 'M', 'B', 'PS', 'S', 'SS', 'NG', 'J', 'CH', 'K', 'T', 'P', '',
]

/**
 * Family names with their usual passport spelling (not always RR: 김 KIM, 박 PARK, 정 JUNG).
 * Also the North Korean / older forms with initial ㄹ (리 RI, 림 RIM, 로 RO, 량 RYANG).
 */
const FAMILY_NAMES: Readonly<Record<string, string>> = {
  김: 'KIM', 이: 'LEE', 박: 'PARK', 최: 'CHOI', 정: 'JUNG', 강: 'KANG', 조: 'CHO', 윤: 'YOON', 장: 'JANG', 임: 'LIM',
  한: 'HAN', 오: 'OH', 서: 'SEO', 신: 'SHIN', 권: 'KWON', 황: 'HWANG', 안: 'AHN', 송: 'SONG', 류: 'RYU', 유: 'YOO',
  전: 'JEON', 홍: 'HONG', 고: 'GO', 문: 'MOON', 양: 'YANG', 손: 'SON', 배: 'BAE', 백: 'BAEK', 허: 'HEO', 남: 'NAM',
  심: 'SIM', 노: 'NOH', 하: 'HA', 곽: 'KWAK', 성: 'SUNG', 차: 'CHA', 주: 'JOO', 우: 'WOO', 구: 'KOO', 민: 'MIN',
  나: 'NA', 진: 'JIN', 지: 'JI', 엄: 'EOM', 채: 'CHAE', 원: 'WON', 천: 'CHUN', 방: 'BANG', 공: 'GONG', 현: 'HYUN',
  함: 'HAM', 변: 'BYUN', 염: 'YEOM', 여: 'YEO', 추: 'CHOO', 도: 'DO', 소: 'SO', 석: 'SEOK', 선: 'SUN', 설: 'SEOL',
  마: 'MA', 길: 'GIL', 연: 'YEON', 위: 'WI', 표: 'PYO', 명: 'MYUNG', 기: 'KI', 반: 'BAN', 라: 'RA', 왕: 'WANG',
  금: 'KEUM', 옥: 'OK', 육: 'YOOK', 인: 'IN', 맹: 'MAENG', 제: 'JE', 모: 'MO', 탁: 'TAK', 국: 'KOOK', 은: 'EUN',
  편: 'PYUN', 용: 'YONG', 예: 'YE', 경: 'KYUNG', 봉: 'BONG', 사: 'SA', 부: 'BOO', 어: 'EO', 태: 'TAE', 간: 'KAN',
  리: 'RI', 림: 'RIM', 로: 'RO', 량: 'RYANG', 려: 'RYEO', 렴: 'RYEOM', 룡: 'RYONG',
}

/** Two-syllable family names, taken together when the name has at least three syllables. */
const COMPOUND_FAMILY_NAMES: Readonly<Record<string, string>> = {
  남궁: 'NAMGOONG', 황보: 'HWANGBO', 제갈: 'JEGAL', 선우: 'SUNWOO', 독고: 'DOKGO', 사공: 'SAGONG', 서문: 'SEOMUN',
  동방: 'DONGBANG', 어금: 'EOGEUM', 망절: 'MANGJEOL',
}

interface Jamo {
  initial: number
  medial: number
  final: number
}

/** The jamo of a precomposed syllable, or null for any other character. */
function decompose(char: string): Jamo | null {
  const code = char.codePointAt(0) ?? 0
  if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return null
  const index = code - SYLLABLE_FIRST
  return {
    initial: Math.floor(index / (MEDIALS * FINALS)),
    medial: Math.floor((index % (MEDIALS * FINALS)) / FINALS),
    final: index % FINALS,
  }
}

/**
 * Runs of precomposed syllables in the word (NFC first, so conjoining jamo sequences become
 * syllables); anything else (Latin, punctuation, lone jamo, stray marks) separates runs.
 */
function syllableRuns(word: string): Jamo[][] {
  const runs: Jamo[][] = []
  let run: Jamo[] = []
  for (const char of word.normalize('NFC')) {
    const jamo = decompose(char)
    if (jamo !== null) {
      run.push(jamo)
    } else if (run.length > 0) {
      runs.push(run)
      run = []
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/**
 * RR of a run of syllables. `asName`: each syllable on its own (given names), except ㄹㄹ → LL;
 * otherwise the carry-over of finals and the L rules of the header.
 */
function romaniseRun(run: readonly Jamo[], asName: boolean): string {
  let out = ''
  for (let i = 0; i < run.length; i++) {
    const { initial, medial, final } = run[i] as Jamo
    const prev = run[i - 1]
    const next = run[i + 1]
    let initialLatin = INITIAL_LATIN[initial] ?? ''
    if (initial === INITIAL_R && prev !== undefined && (prev.final === FINAL_L || (!asName && prev.final === FINAL_N))) {
      initialLatin = 'L' // 신라 SILLA; ㄹㄹ even in names
    } else if (!asName && initial === INITIAL_N && prev?.final === FINAL_L) {
      initialLatin = 'L' // 설날 SEOLLAL
    }
    let finalLatin = FINAL_LATIN[final] ?? ''
    if (!asName && next !== undefined) {
      if (next.initial === SILENT_INITIAL) finalLatin = CARRIED_FINAL_LATIN[final] ?? ''
      else if (final === FINAL_N && next.initial === INITIAL_R) finalLatin = 'L'
    }
    out += initialLatin + (MEDIAL_LATIN[medial] ?? '') + finalLatin
  }
  return out
}

/** True when the word has Hangul (syllables or jamo). */
export function hasHangul(word: string): boolean {
  return HANGUL.test(word)
}

/**
 * A Korean word in Revised Romanisation, MRZ letters: 서울 → SEOUL, 한국어 → HANGUGEO. Non-Hangul
 * characters are dropped (and stop the carry-over between syllables). `personalName`: syllable by
 * syllable, as RR and passports write given names (석열 → SEOKYEOL, not SEOGYEOL). Null when the
 * word has no Hangul syllable.
 */
export function romaniseHangulWord(word: string, options: { personalName?: boolean } = {}): string | null {
  if (!hasHangul(word)) return null
  const latin = syllableRuns(word)
    .map((run) => romaniseRun(run, options.personalName === true))
    .join('')
  return latin === '' ? null : latin
}

/** A syllable string's family-name spelling: the table, else plain RR. */
function familyLatin(syllables: readonly Jamo[], written: string): string {
  return COMPOUND_FAMILY_NAMES[written] ?? FAMILY_NAMES[written] ?? romaniseRun(syllables, true)
}

function composeWritten(syllables: readonly Jamo[]): string {
  return syllables
    .map(({ initial, medial, final }) => String.fromCodePoint(SYLLABLE_FIRST + (initial * MEDIALS + medial) * FINALS + final))
    .join('')
}

/**
 * A Korean name as family and given name in passport spelling: 김정은 → { KIM, JEONGEUN },
 * 박근혜 → { PARK, GEUNHYE }, 남궁민 → { NAMGOONG, MIN }. Written without a space, the first
 * syllable is the family name (the first two for a known two-syllable family name, when the name
 * has three syllables or more); written with spaces, the first word is. One syllable
 * alone is a family name with an empty given name. Null when there is no Hangul syllable.
 */
export function romaniseHangulName(word: string): { family: string; given: string } | null {
  if (!hasHangul(word)) return null
  const words = word.trim().split(WHITESPACE).map((w) => syllableRuns(w).flat()).filter((s) => s.length > 0)
  if (words.length === 0) return null
  let family: Jamo[]
  let given: Jamo[][]
  if (words.length > 1) {
    family = words[0] as Jamo[]
    given = words.slice(1)
  } else {
    const all = words[0] as Jamo[]
    const compound = all.length >= 3 && COMPOUND_FAMILY_NAMES[composeWritten(all.slice(0, 2))] !== undefined
    family = all.slice(0, compound ? 2 : 1)
    given = [all.slice(family.length)]
  }
  return {
    family: familyLatin(family, composeWritten(family)),
    given: given.map((syllables) => romaniseRun(syllables, true)).join(''),
  }
}

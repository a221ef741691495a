// Chinese and Korean names in Latin letters come in several romanisations of the same syllables:
// Chinese pinyin (ZHOU JIANHUA) and Wade–Giles without its apostrophes and umlauts, as Taiwanese
// and older documents write it (CHOU CHIEN-HUA); Korean Revised Romanisation (JIHUN, SEUNGMIN,
// JEONG) and McCune–Reischauer or family habits (JI-HOON, SUNG-MIN, JUNG). Family names are
// few and are spelling families (known-names.ts: ZHOU/CHOU, PARK/BAK/PAK, LEE/YI/RHEE); given
// names are free combinations of syllables, so they are handled here, syllable by syllable:
//
// - Wade–Giles → pinyin, for words of two or more Wade–Giles syllables with at least one spelling
//   pinyin never uses (HS, TS/TZ, SS/SZ, -IEN, -IEH, -IH, -UNG, -UEI, -ERH, CHI-, J- for R):
//   CHIENHUA → JIANHUA, QIANHUA. Initials: CH → ZH/CH (J/Q before I), HS → X, TS/TZ → Z/C,
//   SS/SZ → S, J → R, K/P/T → G/B/D or K/P/T (the apostrophe that told them apart is dropped);
//   finals: IEN → IAN, IEH → IE, IH → I, UNG → ONG, IUNG → IONG, UEI → UI, ERH → ER, O → O/E/UO.
//   One-syllable words get nothing here: CHEN would become ZHEN, a different pinyin name.
// - Korean: a word of two or more Korean syllables spelt with OO, EO or EU also gets the form
//   with U for them (JIHOON → JIHUN, SEONG → SUNG), as RR and MR spellings differ there.
// - joinHyphenatedSyllables: given names written with a hyphen between two syllables (CHIEN-HUA,
//   JI-HOON, SEUNG-MIN) are one name written as one word by other documents (JIANHUA, JIHUN).

type Syllable = readonly [initial: string, final: string]

/** Wade–Giles initials as written without apostrophes, longest first ('' for none). */
const WG_INITIALS: readonly string[] = ['CH', 'HS', 'TS', 'TZ', 'SS', 'SZ', 'SH', 'J', 'K', 'P', 'T', 'M', 'F', 'N', 'L', 'H', 'W', 'Y', '']
/** Wade–Giles finals, longest first (no IAN, IE, ONG: those are pinyin). */
const WG_FINALS: readonly string[] = [
  'IUNG', 'IANG', 'UANG', 'IEN', 'IEH', 'IAO', 'UAI', 'UEI', 'UAN', 'UNG', 'ENG', 'ANG', 'ING', 'ERH', 'UEH',
  'IH', 'AI', 'AO', 'AN', 'EI', 'EN', 'OU', 'IA', 'IU', 'IN', 'UA', 'UO', 'UN', 'UI', 'EH', 'A', 'E', 'O', 'U', 'I',
]
const WG_MARK_INITIALS: ReadonlySet<string> = new Set(['HS', 'TS', 'TZ', 'SS', 'SZ'])
const WG_MARK_FINALS: ReadonlySet<string> = new Set(['IEN', 'IEH', 'IH', 'UNG', 'IUNG', 'UEI', 'ERH', 'UEH', 'EH'])

const WG_FINAL_TO_PINYIN: Readonly<Record<string, readonly string[]>> = {
  IEN: ['IAN'], IEH: ['IE'], IH: ['I'], UNG: ['ONG'], IUNG: ['IONG'], UEI: ['UI'], ERH: ['ER'], UEH: ['UE'], EH: ['E'],
  O: ['O', 'E', 'UO'],
}

/** Korean syllables: initial consonant(s), vowel, final consonant, longest first. */
const KO_INITIALS: readonly string[] = ['KK', 'TT', 'PP', 'SS', 'JJ', 'CH', 'SH', 'K', 'G', 'N', 'D', 'T', 'R', 'L', 'M', 'B', 'P', 'S', 'J', 'H', '']
const KO_VOWELS: readonly string[] = [
  'YEO', 'YAE', 'WAE', 'YA', 'AE', 'EO', 'YE', 'WA', 'OE', 'YO', 'WO', 'WE', 'WI', 'YU', 'EU', 'UI', 'OO', 'A', 'E', 'I', 'O', 'U',
]
const KO_CODAS: readonly string[] = ['NG', 'K', 'N', 'L', 'M', 'P', 'T', '']
const KO_FINALS: readonly string[] = KO_VOWELS.flatMap((v) => KO_CODAS.map((c) => v + c)).sort((a, b) => b.length - a.length)
const KO_REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['OO', 'U'],
  ['EO', 'U'],
  ['EU', 'U'],
]

/** Any one syllable of pinyin, Wade–Giles or Korean, for the hyphen join. */
const ANY_INITIALS: readonly string[] = [...new Set([...WG_INITIALS, ...KO_INITIALS, 'ZH', 'Q', 'X', 'Z', 'C', 'W', 'Y'])].sort((a, b) => b.length - a.length)
const ANY_FINALS: readonly string[] = [
  ...new Set([...WG_FINALS, ...KO_FINALS, 'IAN', 'IE', 'ONG', 'IONG', 'UE', 'UAN', 'VE', 'ER']),
].sort((a, b) => b.length - a.length)
const ANY_FINAL_SET: ReadonlySet<string> = new Set(ANY_FINALS)
/** Arabic articles and name particles that look like a syllable (AL-DIN, UL-HAQ, ABU-BAKR): never joined. */
const NOT_SYLLABLES: ReadonlySet<string> = new Set([
  'AL', 'EL', 'UL', 'AD', 'AR', 'AS', 'AZ', 'AT', 'AN', 'ASH', 'ED', 'ER', 'ES', 'EZ', 'ET', 'EN', 'UD', 'UR', 'US',
  'DA', 'DE', 'DI', 'DO', 'DU', 'LA', 'LE', 'LO', 'BIN', 'BEN', 'BU', 'ABU', 'ABD', 'VAN', 'VON', 'DER', 'DEN', 'DEL', 'DIN',
])

/** Splits `word` into syllables from `initials` × `finals`, at least `minimum` of them; null if it cannot. */
function syllablesOf(word: string, initials: readonly string[], finals: readonly string[], minimum: number): Syllable[] | null {
  const failed = new Set<number>() // positions no parse continues from: each is tried once
  const parse = (at: number): Syllable[] | null => {
    if (at === word.length) return []
    if (failed.has(at)) return null
    for (const initial of initials) {
      if (!word.startsWith(initial, at)) continue
      for (const final of finals) {
        if (final === '' || !word.startsWith(final, at + initial.length)) continue
        const rest = parse(at + initial.length + final.length)
        if (rest !== null) return [[initial, final], ...rest]
      }
    }
    failed.add(at)
    return null
  }
  const syllables = parse(0)
  return syllables !== null && syllables.length >= minimum ? syllables : null
}

function pinyinInitials(initial: string, final: string): readonly string[] {
  switch (initial) {
    case 'CH':
      if (final === 'IH') return ['ZH', 'CH'] // CHIH → ZHI, CHI
      if (final.startsWith('I')) return ['J', 'Q'] // CHIEN → JIAN, QIAN
      return final === 'U' || final === 'UN' || final === 'UAN' || final === 'UEH' ? ['ZH', 'CH', 'J', 'Q'] : ['ZH', 'CH']
    case 'HS':
      return ['X']
    case 'TS':
    case 'TZ':
      return ['Z', 'C']
    case 'SS':
    case 'SZ':
      return ['S']
    case 'J':
      return ['R']
    case 'K':
      return ['G', 'K']
    case 'P':
      return ['B', 'P']
    case 'T':
      return ['D', 'T']
    default:
      return [initial]
  }
}

function pinyinFinals(initial: string, final: string): readonly string[] {
  // TZU, TSU, SSU, SZU: the apical vowel written U is pinyin I (ZI, CI, SI); TSU is also ZU.
  if (final === 'U' && (initial === 'TZ' || initial === 'SS' || initial === 'SZ')) return ['I']
  if (final === 'U' && initial === 'TS') return ['U', 'I']
  if (initial === 'Y' && final === 'EN') return ['AN'] // YEN → YAN
  return WG_FINAL_TO_PINYIN[final] ?? [final]
}

const MAX_CJK_ALTERNATIVES = 6

function wadeGilesToPinyin(word: string): string[] {
  const syllables = syllablesOf(word, WG_INITIALS, WG_FINALS, 2)
  // SS, SZ, TZ come only before the vowel written U (SSU, SZU, TZU): HASSAN is not HA-SSAN.
  if (syllables === null || syllables.some(([initial, final]) => (initial === 'SS' || initial === 'SZ' || initial === 'TZ') && final !== 'U')) return []
  const marked = syllables.some(
    ([initial, final]) => WG_MARK_INITIALS.has(initial) || WG_MARK_FINALS.has(final) || (initial === 'CH' && final.startsWith('I')),
  )
  if (!marked) return []
  let spellings = ['']
  for (const [initial, final] of syllables) {
    const next: string[] = []
    for (const start of pinyinInitials(initial, final)) {
      for (const end of pinyinFinals(initial, final)) {
        for (const prefix of spellings) if (next.length < MAX_CJK_ALTERNATIVES * 4) next.push(prefix + start + end)
      }
    }
    spellings = next
  }
  return spellings.filter((s) => s !== word).slice(0, MAX_CJK_ALTERNATIVES)
}

function koreanVariant(word: string): string[] {
  if (!word.includes('OO') && !word.includes('EO') && !word.includes('EU')) return []
  const syllables = syllablesOf(word, KO_INITIALS, KO_FINALS, 2)
  if (syllables === null) return []
  let variant = word
  for (const [from, to] of KO_REWRITES) variant = variant.split(from).join(to)
  return variant !== word ? [variant] : []
}

/** Chinese (Wade–Giles → pinyin) and Korean spelling variants of one word in MRZ letters. */
export function cjkAlternatives(word: string): string[] {
  if (word.length < 4) return []
  return [...wadeGilesToPinyin(word), ...koreanVariant(word)]
}

/** True when `word` (any case) is exactly one pinyin, Wade–Giles or Korean syllable. */
export function isRomanisedSyllable(word: string): boolean {
  const upper = word.toUpperCase()
  if (NOT_SYLLABLES.has(upper)) return false
  for (const initial of ANY_INITIALS) {
    if (upper.startsWith(initial) && ANY_FINAL_SET.has(upper.slice(initial.length))) return true
  }
  return false
}

/** Two letters-only words joined by one hyphen, at a word boundary. */
const HYPHENATED_PAIR = /(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])/gu

/**
 * 'CHOU CHIEN-HUA' → 'CHOU CHIENHUA', 'Park Ji-hoon' → 'Park Jihoon': a hyphen between two
 * romanised syllables is one given name. Anything else (JEAN-PAUL, AL-DIN, ABU-BAKR) is kept.
 */
export function joinHyphenatedSyllables(text: string): string {
  if (!text.includes('-')) return text
  return text.replace(HYPHENATED_PAIR, (pair, first: string, second: string) =>
    isRomanisedSyllable(first) && isRomanisedSyllable(second) ? first + second : pair,
  )
}

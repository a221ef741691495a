import { describe, expect, it } from 'vitest'
import { CYRILLIC_TO_MRZ } from './cyrillic-table'
import { LATIN_TO_MRZ } from './latin-table'
import { transliterateToMrz } from './transliterate'

describe('transliterateToMrz: Latin (Doc 9303 Part 3 §6 Table A)', () => {
  it.each([
    ['Müller', 'MUELLER'],
    ['Øresund', 'OERESUND'],
    ['Straße', 'STRASSE'],
    ['STRAẞE', 'STRASSE'],
    ['Łukasz', 'LUKASZ'],
    ['İstanbul', 'ISTANBUL'],
    ['ıspanak', 'ISPANAK'],
    ['Ñúñez', 'NUNEZ'],
    ['Ångström', 'AANGSTROEM'],
    ['Æbelø', 'AEBELOE'],
    ['Þórunn', 'THORUNN'],
    ['Ĳsselmeer', 'IJSSELMEER'],
    ['Œuvre', 'OEUVRE'],
    ['Čapek', 'CAPEK'],
    ['Đukić', 'DUKIC'],
    ['Ðórðarson', 'DORDARSON'],
    ['Şahin Ğürbüz', 'SAHIN<GUERBUEZ'],
    ['Țărănescu', 'TARANESCU'],
    ['Ħamrun', 'HAMRUN'],
    ['Wałęsa', 'WALESA'],
  ])('%s → %s', (name, expected) => {
    expect(transliterateToMrz(name)).toBe(expected)
  })

  it('treats a decomposed umlaut (u + U+0308) like Ü', () => {
    expect(transliterateToMrz('Mu\u0308ller')).toBe('MUELLER')
  })

  it('maps every table letter, upper and lower case, to A–Z only', () => {
    for (const [letter, form] of Object.entries(LATIN_TO_MRZ)) {
      expect(transliterateToMrz(letter)).toBe(form)
      expect(form).toMatch(/^[A-Z]+$/)
    }
    expect(transliterateToMrz('äåæöøüþĳœðđħłŀŋŧ')).toBe('AEAAAEOEOEUETHIJOEDDHLLNT')
  })
})

describe('transliterateToMrz: optional forms', () => {
  it('writes Ü as UXX and Ñ as NXX only when asked', () => {
    expect(transliterateToMrz('Müller', { optionalForms: true })).toBe('MUXXLLER')
    expect(transliterateToMrz('Ñúñez', { optionalForms: true })).toBe('NXXUNXXEZ')
    expect(transliterateToMrz('Öztürk', { optionalForms: true })).toBe('OEZTUXXRK')
  })
})

describe('transliterateToMrz: Cyrillic (Doc 9303 Part 3 §6 Table B)', () => {
  it.each([
    ['Жуков', 'ZHUKOV'],
    ['Щербаков', 'SHCHERBAKOV'],
    ['Юлия', 'IULIIA'],
    ['Їжак', 'IZHAK'],
    ['Ђорђе', 'DORDE'],
    ['Хрущёв', 'KHRUSHCHEV'],
    ['Цой', 'TSOI'],
    ['Чайковский', 'CHAIKOVSKII'],
    ['Шостакович', 'SHOSTAKOVICH'],
    ['Крылов', 'KRYLOV'],
    ['Эрнст', 'ERNST'],
    ['Игорь', 'IGOR'],
    ['Подъячев', 'PODIEIACHEV'],
    ['Євген', 'IEVGEN'],
    ['Ґонта', 'GONTA'],
    ['Ўладзімір', 'ULADZIMIR'],
    ['Јован Љубић', 'JOVAN<LJUBIC'],
    ['Њежић', 'NJEZHIC'],
    ['Ћосић', 'COSIC'],
    ['Џаковић', 'DZAKOVIC'],
    ['Ѓорѓи', 'GJORGJI'],
    ['Ќосе', 'KJOSE'],
    ['Ѕвезда', 'DZVEZDA'],
  ])('%s → %s', (name, expected) => {
    expect(transliterateToMrz(name)).toBe(expected)
  })

  it('maps every table letter, upper and lower case', () => {
    for (const [letter, form] of Object.entries(CYRILLIC_TO_MRZ)) {
      expect(transliterateToMrz(letter)).toBe(form)
      expect(transliterateToMrz(letter.toLowerCase())).toBe(form)
    }
  })
})

describe('transliterateToMrz: name field rules (Doc 9303 Part 3 §4.6)', () => {
  it.each([
    ['Hans-Peter', 'HANS<PETER'],
    ['Anna Maria', 'ANNA<MARIA'],
    ['  Anna   Maria  ', 'ANNA<MARIA'],
    ['Anna – Maria', 'ANNA<MARIA'],
    ["O'Brien", 'OBRIEN'],
    ['D’Angelo', 'DANGELO'],
    ['St. John', 'ST<JOHN'],
    ['A . B', 'A<B'],
    ['Henry VIII 2nd', 'HENRY<VIII<ND'],
    ['ERIKSSON<<ANNA<MARIA', 'ERIKSSON<<ANNA<MARIA'],
    ['Ǆuro', 'DZURO'],
    ['Ｍüller', 'MUELLER'],
    ['محمود', ''],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(transliterateToMrz(name)).toBe(expected)
  })

  it('only ever returns A–Z and <', () => {
    const messy = "Zoë-Œlla  d'Àrc, ß 42 / Ьян Ǉ 名前 ☃"
    expect(transliterateToMrz(messy)).toMatch(/^[A-Z<]*$/)
    expect(transliterateToMrz(messy, { optionalForms: true })).toMatch(/^[A-Z<]*$/)
  })
})

describe('Greek (Doc 9303 Part 3, letter by letter)', () => {
  it('writes Greek names in MRZ letters, accents dropped', () => {
    expect(transliterateToMrz('Νικόλαος Καραγιάννης')).toBe('NIKOLAOS<KARAGIANNIS')
    expect(transliterateToMrz('ΨΑΡΡΆΣ')).toBe('PSARRAS')
    expect(transliterateToMrz('Θεόδωρος Χατζής')).toBe('THEODOROS<CHATZIS')
  })
})

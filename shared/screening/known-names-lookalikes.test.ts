// Look-alike real names from known-names.ts, scored end to end: two DIFFERENT names a letter or
// two apart must fall below the default threshold (not be taken for a typo of each other), and
// the spellings of ONE name must still meet.
import { describe, expect, it } from 'vitest'
import { spellingFamilyOf } from './name-families'
import { DEFAULT_PERSON_THRESHOLD, scorePersonName } from './score-person'

const score = (a: string, b: string): number => scorePersonName(a, b).score

describe('known look-alike names', () => {
  it('tells different given names apart (family name the same)', () => {
    for (const [a, b] of [
      ['MARKO', 'MIRKO'],
      ['DARKO', 'DARIO'],
      ['RATKO', 'RAJKO'],
      ['NABIL', 'NABIH'],
      ['SAMER', 'SAMAR'],
      ['TAHER', 'THAER'],
      ['HAMAD', 'HAMMAD'],
      ['BASIM', 'BASIL'],
      ['ADEEL', 'AQEEL'],
      ['SHOAIB', 'SOHAIB'],
      ['NADIM', 'NASIM'],
      ['NASIR', 'NAZIR'],
      ['FARHAD', 'FARHAN'],
      ['FARSHAD', 'FARSHID'],
      ['PARVIZ', 'PARVIN'],
      ['WAQAS', 'WAQAR'],
      ['ERKAN', 'ERCAN'],
      ['TAMER', 'TANER'],
      ['VIJAY', 'VINAY'],
      ['ROHIT', 'MOHIT'],
      ['KAVITA', 'SAVITA'],
      ['NAVEEN', 'PRAVEEN'],
      ['KAMAL', 'KOMAL'],
      ['KADIR', 'KABIR'],
      ['TOSIN', 'TOYIN'],
      ['KEVIN', 'KEYVAN'],
      ['ILHAM', 'ILHAN'],
      ['TAKESHI', 'TAKASHI'],
      ['IRINA', 'ARINA'],
    ] as [string, string][]) {
      expect(score(`PETROVIC, ${a}`, `PETROVIC, ${b}`), `${a} / ${b}`).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
    }
  })

  it('tells different family names apart (given name the same)', () => {
    for (const [a, b] of [
      ['JOKIC', 'JOVIC'],
      ['JOKIC', 'JOKSIC'],
      ['MARKOVIC', 'MATKOVIC'],
      ['MARKOVIC', 'MIRKOVIC'],
      ['PETROVIC', 'PETKOVIC'],
      ['PETROVIC', 'PERKOVIC'],
      ['KOSTIC', 'KRSTIC'],
      ['MULLER', 'MOLLER'],
      ['MUELLER', 'MOELLER'],
      ['MULLER', 'MULDER'],
      ['SCHULZ', 'SCHOLZ'],
      ['BAUER', 'BAUMER'],
      ['MUNOZ', 'MUNIZ'],
      ['PATEL', 'PATIL'],
      ['YADAV', 'JADHAV'],
      ['BENNANI', 'BENNOUNA'],
      ['FERRARI', 'FERRARA'],
      ['PEREIRA', 'FERREIRA'],
      ['HERRERA', 'HERRERO'],
      ['OCHIENG', 'ACHIENG'],
      ['ODHIAMBO', 'ADHIAMBO'],
      ['SHEVCHENKO', 'SAVCHENKO'],
      ['KRAVCHENKO', 'KHARCHENKO'],
      ['LYSENKO', 'LUTSENKO'],
      ['KARIMOV', 'KASIMOV'],
      ['ISHIKAWA', 'NISHIKAWA'],
      ['OGAWA', 'OZAWA'],
      ['VARGAS', 'VARGA'],
    ] as [string, string][]) {
      expect(score(`${a}, ANNA`, `${b}, ANNA`), `${a} / ${b}`).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
    }
  })

  it('keeps a nisba family name apart from the given name (FAROUQI is not FAROUK)', () => {
    expect(score('FAROUQI, AHMED', 'FAROUK, AHMED')).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
  })

  it('still matches the spellings of one name', () => {
    for (const [a, b] of [
      ['HADDAD, FAROUK', 'HADDAD, FAROUQ'],
      ['HADDAD, FARUK', 'HADDAD, FAROOQ'],
      ['HADDAD, NABIH', 'HADDAD, NABEEH'],
      ['HADDAD, THAER', 'HADDAD, THAIR'],
      ['HADDAD, AQEEL', 'HADDAD, AKIL'],
      ['HADDAD, SUHAIB', 'HADDAD, SOHAIB'],
      ['HADDAD, NASIM', 'HADDAD, NASEEM'],
      ['HADDAD, PARVEEN', 'HADDAD, PERVIN'],
      ['HADDAD, RAFAT', 'HADDAD, REFAAT'],
      ['HADDAD, SHAFIQ', 'HADDAD, CHAFIK'],
      ['HADDAD, REDA', 'HADDAD, RIDHA'],
      ['HADDAD, ZIA', 'HADDAD, ZIYA'],
      ['KHAN, MOHAMUD', 'KHAN, MAHMOUD'],
      ['KHAN, TAIMUR', 'KHAN, TIMUR'],
      ['DJUKIC, MARKO', 'DUKIC, MARKO'],
      ['DJURIC, MARKO', 'DURIC, MARKO'],
      ['MOELLER, ANNA', 'MOLLER, ANNA'],
      ['BAEUMER, ANNA', 'BAUMER, ANNA'],
      ['KOENIG, ANNA', 'KONIG, ANNA'],
      ['VELASQUEZ, ANA', 'VELAZQUEZ, ANA'],
      ['MAMEDOV, ANNA', 'MAMMADOV, ANNA'],
      ['HUSEYNOV, ANNA', 'GUSEINOV, ANNA'],
      ['HASANOV, ANNA', 'KHASANOV, ANNA'],
      ['KOVALEV, ANNA', 'KOVALYOV, ANNA'],
      ['GRIGORYAN, ANNA', 'GRIGORIAN, ANNA'],
      ['SOKOLOV, STEPAN', 'SOKOLOV, STJEPAN'],
      ['SARKAR, ANITA', 'SARKER, ANITA'],
      ['NOWAK, MAREK', 'NOWAK, MARKO'],
      ['BERISHA, MARKU', 'BERISHA, MARK'],
    ] as [string, string][]) {
      expect(score(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(DEFAULT_PERSON_THRESHOLD)
    }
  })

  it('keeps each added look-alike in a family of its own', () => {
    for (const [a, b] of [
      ['MARKO', 'MIRKO'],
      ['JOKIC', 'JOVIC'],
      ['MULLER', 'MOLLER'],
      ['NABIL', 'NABIH'],
      ['PATEL', 'PATIL'],
      ['MUNOZ', 'MUNIZ'],
      ['BENNANI', 'BENNOUNA'],
      ['PETROVIC', 'PETKOVIC'],
    ] as [string, string][]) {
      const keyA = spellingFamilyOf(a)
      const keyB = spellingFamilyOf(b)
      expect(keyA, a).not.toBeNull()
      expect(keyB, b).not.toBeNull()
      expect(keyA, `${a} / ${b}`).not.toBe(keyB)
    }
  })
})

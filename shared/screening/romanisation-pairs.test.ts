// Labelled pairs for the script and romanisation mechanisms (Arabic/Persian script, Chinese
// characters, Wade–Giles, Korean, Cyrillic and Maghrebi spellings) and for the known-names
// dictionary: each must land on the right side of the default threshold.
import { describe, expect, it } from 'vitest'
import { nameIndexKeys } from './name-keys'
import { DEFAULT_PERSON_THRESHOLD, scorePersonName } from './score-person'

type Pair = readonly [string, string]

function expectPairs(pairs: readonly Pair[], match: boolean): void {
  for (const [a, b] of pairs) {
    const score = scorePersonName(a, b).score
    expect(score >= DEFAULT_PERSON_THRESHOLD, `${a} / ${b}: ${score.toFixed(2)}`).toBe(match)
    if (match) {
      // Retrieval must find the pair too: the two names share an index key.
      const keys = new Set(nameIndexKeys(a))
      expect(nameIndexKeys(b).some((k) => keys.has(k)), `${a} / ${b} share no index key`).toBe(true)
    }
  }
}

describe('Arabic and Persian script', () => {
  it('matches the Latin spellings', () => {
    expectPairs(
      [
        ['محمد عبدالله', 'Mohammed ABDULLAH'],
        ['أحمد حسن المصري', 'Ahmed Hassan AL-MASRI'],
        ['مصطفى الخطيب', 'MUSTAFA AL-KHATIB'],
        ['زينب حداد', 'Zainab HADDAD'],
        ['مهدی کریمی', 'Mehdi KARIMI'],
        ['عبد الرحمن الشمري', 'ABDULRAHMAN AL-SHAMMARI'],
        ['فاطمه موسوی', 'Fatemeh MOUSAVI'],
        ['يوسف العمري', 'Yousef OMARI'],
      ],
      true,
    )
  })

  it('does not match different names', () => {
    expectPairs(
      [
        ['عمر خالد', 'Omar KHALIL'],
        ['حسن علي', 'Hussein ALI'],
        ['مريم حداد', 'Maryam NAJJAR'],
        ['محمد', 'Mahmoud'],
      ],
      false,
    )
  })
})

describe('Chinese', () => {
  it('matches characters with pinyin, and Wade–Giles with pinyin', () => {
    expectPairs(
      [
        ['李小龙', 'LI XIAOLONG'],
        ['张伟', 'ZHANG WEI'],
        ['刘洋', 'Liu Yang'],
        ['张伟', 'CHANG WEI'],
        ['HSU CHIH-MING', 'XU ZHIMING'],
        ['CHANG HSIAO-PING', 'ZHANG XIAOPING'],
        ['TSAI YING-WEN', 'CAI YINGWEN'],
        ['KUO CHIEN-KUO', 'GUO JIANGUO'],
      ],
      true,
    )
  })

  it('keeps different syllables apart', () => {
    expectPairs(
      [
        ['ZHANG WEI', 'ZHEN WEI'],
        ['CHEN WEI', 'SHEN WEI'],
        ['JIN MING', 'QIN MING'],
        ['王建国', 'WANG JIANMIN'],
      ],
      false,
    )
  })
})

describe('Korean', () => {
  it('matches RR and McCune–Reischauer or family spellings', () => {
    expectPairs(
      [
        ['CHOI Min-soo', 'CHOE MINSU'],
        ['JEONG Seong-ho', 'JUNG SUNGHO'],
        ['Kim Hyun-woo', 'KIM HYUNWOO'],
        ['RHEE, Jae-won', 'LEE JAEWON'],
      ],
      true,
    )
  })

  it('keeps different names apart', () => {
    expectPairs(
      [
        ['PARK MINJUN', 'KIM MINJUN'],
        ['LEE JIHOON', 'LEE JISOO'],
        ['KANG SEUNGMIN', 'HAN SEUNGMIN'],
      ],
      false,
    )
  })
})

describe('Cyrillic and Maghrebi spellings', () => {
  it('matches other romanisations of one name', () => {
    expectPairs(
      [
        ['TSYGANKOV, ANDREI', 'CYGANKOV, ANDREY'],
        ['TCHOUKOVSKI, NIKOLAI', 'CHUKOVSKIY, NIKOLAY'],
        ['Youssef Ouahbi', 'YOUSSEF WAHBI'],
        ['Karim Ennaciri', 'KARIM AL-NACIRI'],
        ['Said Erradi', 'SAID AL-RADI'],
        ['Salaheddine Ayoubi', 'SALAH AL-DIN AYOUBI'],
        ['Mehdi Ghorbani', 'MEHDI QORBANI'],
        ['Djamel Bouzid', 'JAMEL BOUZID'],
      ],
      true,
    )
  })

  it('does not match different names', () => {
    expectPairs(
      [
        ['AMMAR, Ali', 'AMAR, Ali'],
        ['Karim Ennaciri', 'KARIM NASSER'],
        ['Salaheddine Ayoubi', 'KAMAL AL-DIN AYOUBI'],
        ['TSVETKOV, IGOR', 'SVETLOV, IGOR'],
      ],
      false,
    )
  })
})

describe('known different names', () => {
  it('are not a typo', () => {
    expectPairs(
      [
        ['Sergio Mendoza', 'SERGIO MENDEZ'],
        ['Kenji Sato', 'KENJI SAITO'],
        ['Carolina Flores', 'CAROLINE FLORES'],
        ['Samir Kaya', 'SAMIR KARA'],
        ['Ahmed Celik', 'AHMED CETIN'],
        ['Marina Petrova', 'MARIA PETROVA'],
        ['Andreas Weber', 'ANDREA WEBER'],
        ['Tomoko Kato', 'TOMOKO GOTO'],
        ['Hiroshi Tanaka', 'HIROSHI TAKADA'],
      ],
      false,
    )
  })

  it('still match their own spellings', () => {
    expectPairs(
      [
        ['Pedro Gomez', 'PEDRO GOMES'],
        ['Ana Sousa', 'ANA SOUZA'],
        ['Naveen Kumar', 'NAVIN KUMAR'],
        ['Faisal Qureshi', 'FAISAL QURAISHI'],
        ['Ayub Khan', 'AYYUB KHAN'],
        ['Shadi Haddad', 'CHADI HADDAD'],
        ['Rafael Marques', 'RAPHAEL MARQUEZ'],
        ['Tomoko Kato', 'TOMOKO KATOH'],
        ['Adel Saleh', 'ADIL SALEH'],
        ['Lamine Diallo', 'LAMIN DIALLO'],
      ],
      true,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { hasHangul, romaniseHangulName, romaniseHangulWord } from './hangul-script'

/** [written, family, given as RR gives it]; a comment gives the press spelling where it differs. */
const NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['김정은', 'KIM', 'JEONGEUN'], // Kim Jong-un
  ['박근혜', 'PARK', 'GEUNHYE'],
  ['이명박', 'LEE', 'MYEONGBAK'], // Lee Myung-bak
  ['문재인', 'MOON', 'JAEIN'],
  ['윤석열', 'YOON', 'SEOKYEOL'], // Yoon Suk-yeol: no carry-over inside a given name
  ['이재명', 'LEE', 'JAEMYEONG'], // Lee Jae-myung
  ['김대중', 'KIM', 'DAEJUNG'],
  ['노무현', 'NOH', 'MUHYEON'], // Roh Moo-hyun
  ['김영삼', 'KIM', 'YEONGSAM'], // Kim Young-sam
  ['반기문', 'BAN', 'GIMUN'], // Ban Ki-moon
  ['손흥민', 'SON', 'HEUNGMIN'],
  ['박지성', 'PARK', 'JISEONG'], // Park Ji-sung
  ['류현진', 'RYU', 'HYEONJIN'], // Ryu Hyun-jin
  ['김연아', 'KIM', 'YEONA'], // Kim Yu-na
  ['박찬호', 'PARK', 'CHANHO'],
  ['김민재', 'KIM', 'MINJAE'],
  ['황희찬', 'HWANG', 'HUICHAN'], // Hwang Hee-chan
  ['이강인', 'LEE', 'GANGIN'], // Lee Kang-in
  ['조수미', 'CHO', 'SUMI'],
  ['최민식', 'CHOI', 'MINSIK'],
  ['송강호', 'SONG', 'GANGHO'], // Song Kang-ho
  ['안철수', 'AHN', 'CHEOLSU'], // Ahn Cheol-soo
  ['정의선', 'JUNG', 'UISEON'], // Chung Eui-sun
  ['오세훈', 'OH', 'SEHUN'], // Oh Se-hoon
  ['강경화', 'KANG', 'GYEONGHWA'], // Kang Kyung-wha
  ['신동빈', 'SHIN', 'DONGBIN'],
  ['권지용', 'KWON', 'JIYONG'],
  ['임윤찬', 'LIM', 'YUNCHAN'],
  ['서태지', 'SEO', 'TAEJI'],
  ['유재석', 'YOO', 'JAESEOK'], // Yoo Jae-suk
  ['전도연', 'JEON', 'DOYEON'],
  ['장미란', 'JANG', 'MIRAN'],
  ['추신수', 'CHOO', 'SINSU'], // Choo Shin-soo
  ['고진영', 'GO', 'JINYEONG'], // Ko Jin-young
  ['홍명보', 'HONG', 'MYEONGBO'], // Hong Myung-bo
  ['배용준', 'BAE', 'YONGJUN'], // Bae Yong-joon
  ['차범근', 'CHA', 'BEOMGEUN'], // Cha Bum-kun
  ['한강', 'HAN', 'GANG'], // Han Kang: two syllables are family + given
]

describe('romaniseHangulName', () => {
  it.each(NAMES)('%s → %s %s', (written, family, given) => {
    expect(romaniseHangulName(written)).toEqual({ family, given })
  })

  it('keeps two-syllable family names together', () => {
    expect(romaniseHangulName('남궁민')).toEqual({ family: 'NAMGOONG', given: 'MIN' })
    expect(romaniseHangulName('황보관')).toEqual({ family: 'HWANGBO', given: 'GWAN' })
    expect(romaniseHangulName('제갈성렬')).toEqual({ family: 'JEGAL', given: 'SEONGRYEOL' }) // Jegal Sung-yeol
    expect(romaniseHangulName('선우용녀')).toEqual({ family: 'SUNWOO', given: 'YONGNYEO' })
    expect(romaniseHangulName('독고영재')).toEqual({ family: 'DOKGO', given: 'YEONGJAE' })
    expect(romaniseHangulName('선우')).toEqual({ family: 'SUN', given: 'U' }) // two syllables: family + given
  })

  it('spells family names outside the table in RR', () => {
    expect(romaniseHangulName('빈대인')).toEqual({ family: 'BIN', given: 'DAEIN' })
  })

  it('takes the first word as the family name when written with a space', () => {
    expect(romaniseHangulName('김 정은')).toEqual({ family: 'KIM', given: 'JEONGEUN' })
    expect(romaniseHangulName('남궁 민')).toEqual({ family: 'NAMGOONG', given: 'MIN' })
  })

  it('gives a lone syllable as a family name', () => {
    expect(romaniseHangulName('김')).toEqual({ family: 'KIM', given: '' })
    expect(romaniseHangulName('리')).toEqual({ family: 'RI', given: '' }) // North Korean spelling of 이
  })

  it('returns null without Hangul syllables', () => {
    expect(romaniseHangulName('')).toBeNull()
    expect(romaniseHangulName('KIM')).toBeNull()
    expect(romaniseHangulName('ㅋㅋ')).toBeNull()
  })
})

describe('romaniseHangulWord', () => {
  it('romanises words in RR with the carry-over of finals', () => {
    expect(romaniseHangulWord('서울')).toBe('SEOUL')
    expect(romaniseHangulWord('부산')).toBe('BUSAN')
    expect(romaniseHangulWord('대한민국')).toBe('DAEHANMINGUK')
    expect(romaniseHangulWord('한국어')).toBe('HANGUGEO')
    expect(romaniseHangulWord('석열')).toBe('SEOGYEOL')
    expect(romaniseHangulWord('김정은')).toBe('GIMJEONGEUN') // no family-name table here
  })

  it('writes ㄹ as R, L or LL and ㅇ as silent or NG', () => {
    expect(romaniseHangulWord('라면')).toBe('RAMYEON')
    expect(romaniseHangulWord('신라')).toBe('SILLA')
    expect(romaniseHangulWord('설날')).toBe('SEOLLAL')
    expect(romaniseHangulWord('울산')).toBe('ULSAN')
    expect(romaniseHangulWord('영웅')).toBe('YEONGUNG')
  })

  it('carries over both consonants of a final cluster, ㅎ going silent', () => {
    expect(romaniseHangulWord('읽어')).toBe('ILGEO')
    expect(romaniseHangulWord('없어')).toBe('EOPSEO')
    expect(romaniseHangulWord('좋아')).toBe('JOA')
  })

  it('writes given names syllable by syllable on request', () => {
    expect(romaniseHangulWord('석열', { personalName: true })).toBe('SEOKYEOL')
    expect(romaniseHangulWord('한복남', { personalName: true })).toBe('HANBOKNAM') // RR's own example
  })

  it('composes conjoining jamo and ignores other characters', () => {
    expect(romaniseHangulWord('\u1100\u1175\u11B7')).toBe('GIM') // 김 as conjoining jamo
    expect(romaniseHangulWord('김-정은')).toBe('GIMJEONGEUN') // no carry-over across the hyphen
    expect(romaniseHangulWord('Kim 김')).toBe('GIM')
    expect(romaniseHangulWord('ㄱ김\u0301')).toBe('GIM') // lone jamo, stray combining mark
  })

  it('returns null without Hangul', () => {
    expect(romaniseHangulWord('')).toBeNull()
    expect(romaniseHangulWord('Kim')).toBeNull()
    expect(romaniseHangulWord('王建国')).toBeNull()
    expect(romaniseHangulWord('राहुल')).toBeNull()
    expect(romaniseHangulWord('ㄱㄴ')).toBeNull() // Hangul, but no syllable
    expect(hasHangul('ㄱ')).toBe(true)
    expect(hasHangul('金正恩')).toBe(false)
    expect(hasHangul('')).toBe(false)
  })
})

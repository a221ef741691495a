import { describe, expect, it } from 'vitest'
import { hasHanScript, romaniseHanWord } from './han-script'

describe('romaniseHanWord', () => {
  it('splits family and given name, in toneless upper-case pinyin', () => {
    expect(romaniseHanWord('王建国')).toEqual([
      { written: '王', latin: 'WANG' },
      { written: '建国', latin: 'JIANGUO' },
    ])
    expect(romaniseHanWord('周建华')?.map((p) => p.latin)).toEqual(['ZHOU', 'JIANHUA'])
    expect(romaniseHanWord('張偉')?.map((p) => p.latin)).toEqual(['ZHANG', 'WEI']) // traditional
  })

  it('reads the first character as a family name', () => {
    expect(romaniseHanWord('单田芳')?.[0]?.latin).toBe('SHAN') // 单 as a surname, not DAN
    expect(romaniseHanWord('曾志伟')?.[0]?.latin).toBe('ZENG') // not CENG
  })

  it('keeps two-character family names together', () => {
    expect(romaniseHanWord('欧阳娜娜')?.map((p) => p.latin)).toEqual(['OUYANG', 'NANA'])
    expect(romaniseHanWord('司马光')?.map((p) => p.latin)).toEqual(['SIMA', 'GUANG'])
  })

  it('writes ü as U and a single character as one part', () => {
    expect(romaniseHanWord('吕')?.map((p) => p.latin)).toEqual(['LU'])
  })

  it('returns null without Han characters', () => {
    expect(romaniseHanWord('WANG')).toBeNull()
    expect(hasHanScript('عمر')).toBe(false)
  })
})

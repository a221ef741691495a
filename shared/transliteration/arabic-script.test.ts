import { describe, expect, it } from 'vitest'
import { ARABIC_SCRIPT_NAMES } from './arabic-names'
import { arabicSkeleton, foldArabicScript, hasArabicScript, romaniseArabicWord } from './arabic-script'

describe('romaniseArabicWord', () => {
  it('gives known names their usual Latin spelling', () => {
    expect(romaniseArabicWord('عمر')).toEqual(['OMAR'])
    expect(romaniseArabicWord('محمد')).toEqual(['MOHAMMED'])
    expect(romaniseArabicWord('خالد')).toEqual(['KHALED'])
    expect(romaniseArabicWord('فاطمة')).toEqual(['FATIMA'])
    expect(romaniseArabicWord('مهدی')).toEqual(['MAHDI']) // Persian ی; MEHDI is in its spelling family
  })

  it('reads Persian and Urdu letter forms as their Arabic counterparts', () => {
    expect(romaniseArabicWord('حسین')).toEqual(romaniseArabicWord('حسين')) // Persian ی
    expect(romaniseArabicWord('فاطمه')).toEqual(['FATIMA']) // Persian final ه for ة
    expect(romaniseArabicWord('رضایی')).toEqual(['REZAEI'])
    expect(romaniseArabicWord('كريمی')).toEqual(romaniseArabicWord('کریمی')) // ک / ك
  })

  it('ignores vowel marks, tatweel and presentation forms', () => {
    expect(romaniseArabicWord('عُمَر')).toEqual(['OMAR'])
    expect(romaniseArabicWord('عمــر')).toEqual(['OMAR'])
    expect(romaniseArabicWord('\uFECB\uFEE4\uFEAE')).toEqual(['OMAR']) // initial, medial, final forms of ع م ر
  })

  it('takes the article off family names and offers it back', () => {
    expect(romaniseArabicWord('الزعبي')).toEqual(['ZOUBI', 'ALZOUBI'])
    expect(romaniseArabicWord('العمري')).toEqual(['OMARI', 'ALOMARI'])
    expect(romaniseArabicWord('الله')).toEqual(['ALLAH']) // not an article
  })

  it('romanises ABD compounds written as one word', () => {
    expect(romaniseArabicWord('عبدالله')).toEqual(['ABDULLAH'])
    expect(romaniseArabicWord('عبدالغني')).toEqual(['ABDULGHNI']) // not in the table: ABDUL + skeleton
  })

  it('falls back to a consonant skeleton with the long vowels', () => {
    expect(arabicSkeleton(foldArabicScript('مجهول', true))).toBe('MJHUL')
    expect(arabicSkeleton(foldArabicScript('صباح', true))).toBe('SBAH')
    expect(arabicSkeleton(foldArabicScript('وداد', true))).toBe('WDAD')
    expect(arabicSkeleton(foldArabicScript('بشرى', true))).toBe('BSHRA') // final ى
    expect(arabicSkeleton(foldArabicScript('نبيلة', true))).toBe('NBILA') // ي long vowel, ة
  })

  it('returns null for words without Arabic letters', () => {
    expect(romaniseArabicWord('Omar')).toBeNull()
    expect(romaniseArabicWord('王')).toBeNull()
    expect(romaniseArabicWord('')).toBeNull()
    expect(hasArabicScript('Omar')).toBe(false)
  })
})

describe('the Arabic-script name table', () => {
  it('has script keys and MRZ-letter values, each key once', () => {
    const entries = ARABIC_SCRIPT_NAMES.split(/\s+/).filter((e) => e !== '')
    expect(entries.length).toBeGreaterThan(250)
    const seen = new Map<string, string>()
    for (const entry of entries) {
      const [script, latin] = entry.split('=')
      expect(hasArabicScript(script ?? ''), entry).toBe(true)
      expect(latin, entry).toMatch(/^[A-Z]+$/)
      const key = foldArabicScript(script ?? '')
      const before = seen.get(key)
      if (before !== undefined) expect(latin, `${entry} and ${before}`).toBe(before) // same key, same spelling
      seen.set(key, latin ?? '')
    }
  })
})

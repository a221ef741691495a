import { describe, expect, it } from 'vitest'
import { foldArabicCompound, opensArabicCompound } from './arabic-compounds'

describe('Arabic compounds', () => {
  it('folds every spelling of Abd al-Rahman to one form', () => {
    for (const spelling of ['ABDULRAHMAN', 'ABDURRAHMAN', 'ABDELRAHMAN', 'ABDALRAHMAN', 'ABDURAHMAN', 'ABDIRAHMAN']) {
      expect(foldArabicCompound(spelling), spelling).toBe('ABDRAHMAN')
    }
  })

  it('keeps the root of Allah', () => {
    expect(foldArabicCompound('ABDULLAH')).toBe('ABDLAH')
    expect(foldArabicCompound('ABDALLAH')).toBe('ABDLAH')
    expect(foldArabicCompound('ABDULLAHI')).toBe(foldArabicCompound('ABDULAHI'))
  })

  it('folds ABOU to ABU and leaves other words alone', () => {
    expect(foldArabicCompound('ABOUBAKAR')).toBe('ABUBAKAR')
    expect(foldArabicCompound('ABDI')).toBe('ABDI')
    expect(foldArabicCompound('ABBAS')).toBe('ABBAS')
    expect(foldArabicCompound('IVANOV')).toBe('IVANOV')
  })

  it('knows which words open a compound', () => {
    for (const word of ['ABD', 'ABDUL', 'ABDEL', 'ABDOUL', 'ABDUR', 'ABU', 'ABOU']) expect(opensArabicCompound(word), word).toBe(true)
    for (const word of ['ABDI', 'ABDULLAH', 'ABBAS', 'ALI']) expect(opensArabicCompound(word), word).toBe(false)
  })
})

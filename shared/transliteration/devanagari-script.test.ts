import { describe, expect, it } from 'vitest'
import { hasDevanagari, romaniseDevanagariWord } from './devanagari-script'

/** Romanise each word of a name written with spaces. */
const romaniseName = (name: string): Array<string | null> => name.split(' ').map((w) => romaniseDevanagariWord(w))

/** [written, as passports and the press write it]. */
const NAMES: ReadonlyArray<readonly [string, string]> = [
  ['राहुल शर्मा', 'RAHUL SHARMA'],
  ['नरेंद्र मोदी', 'NARENDRA MODI'],
  ['नरेन्द्र मोदी', 'NARENDRA MODI'], // half-form spelling of the same name
  ['अमिताभ बच्चन', 'AMITABH BACHCHAN'],
  ['सचिन तेंदुलकर', 'SACHIN TENDULKAR'],
  ['सचिन तेंडुलकर', 'SACHIN TENDULKAR'], // Marathi spelling
  ['प्रियंका चोपड़ा', 'PRIYANKA CHOPRA'],
  ['दीपिका पादुकोण', 'DIPIKA PADUKON'], // press DEEPIKA PADUKONE
  ['मनमोहन सिंह', 'MANMOHAN SINGH'],
  ['इंदिरा गांधी', 'INDIRA GANDHI'],
  ['मोहनदास करमचंद गांधी', 'MOHANDAS KARAMCHAND GANDHI'],
  ['अरविंद केजरीवाल', 'ARVIND KEJRIWAL'],
  ['मुकेश अंबानी', 'MUKESH AMBANI'],
  ['लता मंगेशकर', 'LATA MANGESHKAR'],
  ['आशा भोसले', 'ASHA BHOSLE'],
  ['कल्पना चावला', 'KALPANA CHAVLA'], // press CHAWLA
  ['विराट कोहली', 'VIRAT KOHLI'],
  ['सौरव गांगुली', 'SAURAV GANGULI'], // press SOURAV
  ['ऐश्वर्या', 'AISHWARYA'],
  ['अनुष्का', 'ANUSHKA'],
  ['आलिया भट्ट', 'ALIYA BHATT'], // press ALIA
  ['रणवीर', 'RANVIR'],
  ['सिद्धार्थ', 'SIDDHARTH'],
  ['आदित्य', 'ADITYA'],
  ['योगी आदित्यनाथ', 'YOGI ADITYANATH'],
  ['राजनाथ सिंह', 'RAJNATH SINGH'],
  ['संजय दत्त', 'SANJAY DATT'], // press DUTT
  ['अक्षय कुमार', 'AKSHAY KUMAR'],
  ['विजय', 'VIJAY'],
  ['अजय देवगन', 'AJAY DEVGAN'],
  ['सुनील गावस्कर', 'SUNIL GAVASKAR'],
  ['महेश', 'MAHESH'],
  ['लक्ष्मी', 'LAKSHMI'],
  ['लक्ष्मण', 'LAKSHMAN'],
  ['कृष्ण', 'KRISHNA'],
  ['त्रिपाठी', 'TRIPATHI'],
  ['मिश्र', 'MISHRA'],
  ['शुक्ल', 'SHUKLA'],
  ['विश्वास', 'VISHWAS'],
  ['स्वामी', 'SWAMI'],
  ['द्विवेदी', 'DWIVEDI'],
  ['ज्ञान', 'GYAN'],
  ['सूर्य', 'SURYA'],
  ['जवाहरलाल नेहरू', 'JAVAHARLAL NEHRU'], // press JAWAHARLAL
  // Nepali
  ['शेर बहादुर देउबा', 'SHER BAHADUR DEUBA'],
  ['रामचन्द्र पौडेल', 'RAMCHANDRA PAUDEL'],
  ['बाबुराम भट्टराई', 'BABURAM BHATTARAI'],
  ['विद्या देवी भण्डारी', 'VIDYA DEVI BHANDARI'],
  ['माधव कुमार नेपाल', 'MADHAV KUMAR NEPAL'],
  ['के पी शर्मा ओली', 'KE PI SHARMA OLI'], // initials spelt out; passports write KHADGA PRASAD
  // Urdu names in Devanagari, with nukta letters
  ['शाहरुख़ ख़ान', 'SHAHRUKH KHAN'],
  ['फ़ारूक़ अब्दुल्ला', 'FARUQ ABDULLA'], // press FAROOQ ABDULLAH
  ['ज़ाकिर हुसैन', 'ZAKIR HUSAIN'],
]

describe('romaniseDevanagariWord', () => {
  it.each(NAMES)('%s → %s', (written, latin) => {
    expect(romaniseName(written).join(' ')).toBe(latin)
  })

  it('drops the word-final inherent A but keeps it after य र ल व and nasal conjuncts', () => {
    expect(romaniseDevanagariWord('कमल')).toBe('KAMAL')
    expect(romaniseDevanagariWord('अनंत')).toBe('ANANT') // anusvara is no conjunct
    expect(romaniseDevanagariWord('चंद्र')).toBe('CHANDRA')
    expect(romaniseDevanagariWord('पद्म')).toBe('PADMA')
    expect(romaniseDevanagariWord('धर्म')).toBe('DHARM') // र-first conjunct
    expect(romaniseDevanagariWord('भट्ट')).toBe('BHATT')
    expect(romaniseDevanagariWord('क')).toBe('KA') // one syllable keeps its vowel
  })

  it('keeps the final A on request (Nepali, Sanskrit readings)', () => {
    expect(romaniseDevanagariWord('प्रचण्ड', { keepFinalSchwa: true })).toBe('PRACHANDA')
    expect(romaniseDevanagariWord('प्रचण्ड')).toBe('PRACHAND')
    expect(romaniseDevanagariWord('पुष्प', { keepFinalSchwa: true })).toBe('PUSHPA')
    expect(romaniseDevanagariWord('तेंदुलकर', { keepFinalSchwa: true })).toBe('TENDULKARA') // medial deletion unchanged
  })

  it('writes anusvara as N, M before labials, NG before a final ह; visarga as H', () => {
    expect(romaniseDevanagariWord('संजय')).toBe('SANJAY')
    expect(romaniseDevanagariWord('संपत')).toBe('SAMPAT')
    expect(romaniseDevanagariWord('सिंह')).toBe('SINGH')
    expect(romaniseDevanagariWord('चाँद')).toBe('CHAND') // candrabindu
    expect(romaniseDevanagariWord('दुःख')).toBe('DUHKH')
  })

  it('reads nukta letters precomposed and decomposed alike', () => {
    expect(romaniseDevanagariWord('\u0958\u093E\u0928\u0942\u0928')).toBe('QANUN') // क़ as U+0958
    expect(romaniseDevanagariWord('\u0915\u093C\u093E\u0928\u0942\u0928')).toBe('QANUN') // क + nukta
    expect(romaniseDevanagariWord('ज़फ़र')).toBe('ZAFAR')
    expect(romaniseDevanagariWord('बड़जात्या')).toBe('BARJATYA')
    expect(romaniseDevanagariWord('गढ़वाल')).toBe('GARHWAL')
  })

  it('writes the vowels as passports do', () => {
    expect(romaniseDevanagariWord('ईश्वर')).toBe('ISHWAR')
    expect(romaniseDevanagariWord('ऊषा')).toBe('USHA')
    expect(romaniseDevanagariWord('ऐश')).toBe('AISH')
    expect(romaniseDevanagariWord('गौरव')).toBe('GAURAV')
    expect(romaniseDevanagariWord('औरंगज़ेब')).toBe('AURANGAZEB') // known limit: no deletion after a nasal + consonant (AURANGZEB)
    expect(romaniseDevanagariWord('ऋषि')).toBe('RISHI')
    expect(romaniseDevanagariWord('ओम')).toBe('OM')
    expect(romaniseDevanagariWord('छाया')).toBe('CHHAYA')
    expect(romaniseDevanagariWord('झा')).toBe('JHA')
  })

  it('copes with mixed text, joiners and stray marks', () => {
    expect(romaniseDevanagariWord('राम-कुमार')).toBe('RAMKUMAR') // each part its own final A
    expect(romaniseDevanagariWord('Ram राम 123')).toBe('RAM')
    expect(romaniseDevanagariWord('क्\u200Dष')).toBe('KSHA') // ZWJ half form
    expect(romaniseDevanagariWord('्राम')).toBe('RAM') // leading virama
    expect(romaniseDevanagariWord('रााम')).toBe('RAM') // doubled vowel sign
    expect(romaniseDevanagariWord('राम़')).toBe('RAM') // nukta on a letter without one
    expect(romaniseDevanagariWord('ि')).toBeNull() // a vowel sign alone
  })

  it('returns null for other scripts and the empty string', () => {
    expect(romaniseDevanagariWord('')).toBeNull()
    expect(romaniseDevanagariWord('Rahul')).toBeNull()
    expect(romaniseDevanagariWord('김정은')).toBeNull()
    expect(romaniseDevanagariWord('عمر')).toBeNull()
    expect(romaniseDevanagariWord('রাহুল')).toBeNull() // Bengali script
    expect(hasDevanagari('राहुल')).toBe(true)
    expect(hasDevanagari('Rahul')).toBe(false)
  })
})

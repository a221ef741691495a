import { describe, expect, it } from 'vitest'
import { normaliseName, normalisePersonName, type NormalisedName } from './normalise-name'

const texts = (name: NormalisedName): string[] => name.tokens.map((t) => t.text)
const roles = (name: NormalisedName): string[] => name.tokens.map((t) => t.role)

describe('normaliseName', () => {
  it('reads SURNAME, Given and SURNAME<<GIVEN with roles', () => {
    const comma = normaliseName('AL-ZAHRANI, Mohammed Ali')
    expect(texts(comma)).toEqual(['ZAHRANI', 'MOHAMMED', 'ALI'])
    expect(roles(comma)).toEqual(['family', 'given', 'given'])
    expect(texts(normaliseName('ERIKSSON<<ANNA<MARIA'))).toEqual(['ERIKSSON', 'ANNA', 'MARIA'])
    expect(roles(normaliseName('ERIKSSON<<ANNA<MARIA'))).toEqual(['family', 'given', 'given'])
  })

  it('takes ALL-CAPS words as the family name in mixed free text, else leaves roles unknown', () => {
    const mixed = normaliseName('Mohammed AL-ZAHRANI')
    expect(mixed.tokens.find((t) => t.text === 'ZAHRANI')?.role).toBe('family')
    expect(mixed.tokens.find((t) => t.text === 'MOHAMMED')?.role).toBe('given')
    expect(roles(normaliseName('Jürgen Müller'))).toEqual(['unknown', 'unknown'])
  })

  it('transliterates with ICAO Doc 9303 and keeps the national spellings as alternatives', () => {
    const name = normaliseName('MÜLLER, Jürgen')
    expect(texts(name)).toEqual(['MUELLER', 'JUERGEN'])
    expect(name.tokens[0]?.alternatives).toContain('MULLER')
    const cyrillic = normaliseName('Щербакова, Юлия')
    expect(texts(cyrillic)).toEqual(['SHCHERBAKOVA', 'IULIIA'])
    expect(cyrillic.tokens[1]?.alternatives).toContain('YULIYA')
  })

  it('sets particles aside and keeps the joined form for equality', () => {
    const name = normaliseName('VAN DER BERG, Jan')
    expect(texts(name)).toEqual(['BERG', 'JAN'])
    expect(name.setAside).toEqual(['VAN', 'DER'])
    expect(name.tokens[0]?.joinedForms).toContain('VANDERBERG')
    // Particles after the given names belong to the family name.
    expect(normaliseName('BERG, Jan van der').tokens[0]?.joinedForms).toContain('VANDERBERG')
  })

  it('offers the glued Arabic article as removable', () => {
    expect(normaliseName('ALZAHRANI, Mohammed').tokens[0]?.alternatives).toContain('ZAHRANI')
    expect(normaliseName('ALEXANDER').tokens[0]?.alternatives).not.toContain('EXANDER')
  })

  it('keeps particles when they are the name (BEN SMITH)', () => {
    expect(texts(normaliseName('BEN SMITH'))).toEqual(['BEN', 'SMITH'])
  })

  it('drops titles', () => {
    const name = normaliseName('OMAR, Mullah Mohammed')
    expect(texts(name)).toEqual(['OMAR', 'MOHAMMED'])
    expect(name.setAside).toEqual(['Mullah'])
  })

  it('joins Arabic compounds and Gaelic prefixes', () => {
    for (const written of ['ABDUL RAHMAN', 'ABD AL-RAHMAN', 'ABDURRAHMAN', 'Abdel Rahman']) {
      expect(texts(normaliseName(written)), written).toEqual(['ABDRAHMAN'])
    }
    expect(texts(normaliseName('ABU BAKR'))).toEqual(['ABUBAKR'])
    expect(texts(normaliseName('MC KENZIE, Scott'))[0]).toBe('MACKENZIE')
    expect(texts(normaliseName('McKenzie, Scott'))[0]).toBe('MACKENZIE')
  })

  it('gives family keys, nisba family keys, phonetic codes and initials', () => {
    const name = normaliseName('HOSSEINI, Muhammad J')
    expect(name.tokens.map((t) => t.familyKey)).toEqual(['HUSAYN-I', 'MUHAMMAD', null])
    expect(name.tokens[1]?.phonetic).toBe('MGMT')
    expect(name.tokens[2]?.isInitial).toBe(true)
  })

  it('yields no tokens for scripts without a transliteration, or for nothing', () => {
    expect(normaliseName('สมชาย').tokens).toEqual([]) // Thai
    expect(normaliseName('').tokens).toEqual([])
    expect(normaliseName(' , ').tokens).toEqual([])
  })

  it('builds the traveller name from the document fields', () => {
    expect(texts(normalisePersonName('Müller', 'Hans Peter'))).toEqual(['MUELLER', 'HANS', 'PETER'])
    expect(roles(normalisePersonName('SUHARTO', ''))).toEqual(['family'])
  })
})

describe('normaliseName: other scripts and romanisations', () => {
  it('reads Arabic-script words through the name table or a skeleton', () => {
    const name = normaliseName('عمر خالد الزعبي')
    expect(texts(name)).toEqual(['OMAR', 'KHALED', 'ZOUBI'])
    expect(name.tokens.map((t) => t.written)).toEqual(['عمر', 'خالد', 'الزعبي'])
    expect(name.tokens[1]?.familyKey).toBe('KHALID')
    expect(name.tokens[2]?.alternatives).toContain('ALZOUBI')
  })

  it('splits a Chinese name into family and given name in pinyin', () => {
    const name = normaliseName('王建国')
    expect(texts(name)).toEqual(['WANG', 'JIANGUO'])
    expect(name.tokens.map((t) => t.written)).toEqual(['王', '建国'])
  })

  it('joins a hyphenated Chinese or Korean given name', () => {
    expect(texts(normaliseName('CHOU CHIEN-HUA'))).toEqual(['CHOU', 'CHIENHUA'])
    expect(texts(normaliseName('Park Ji-hoon'))).toEqual(['PARK', 'JIHOON'])
    expect(texts(normaliseName('Jean-Paul Sartre'))).toEqual(['JEAN', 'PAUL', 'SARTRE'])
  })

  it('gives other romanisations as equality-only forms', () => {
    const token = normaliseName('TCHERNYCHEV').tokens[0]
    expect(token?.joinedForms).toContain('SHERNYSHEV')
    expect(token?.alternatives).not.toContain('SHERNYSHEV')
    expect(normaliseName('KAIS ETTAMIMI').tokens[1]?.joinedForms).toContain('TAMIMI')
  })

  it('joins a separate … al-Din compound and keys it like the glued form', () => {
    const apart = normaliseName('Nasser Al-Din Haddadi').tokens
    const glued = normaliseName('NASREDDINE HADDADI').tokens
    expect(apart).toHaveLength(2)
    expect(apart[0]?.joinedForms).toContain('NSRDIN')
    expect(glued[0]?.joinedForms).toContain('NSRDIN')
  })

  it('does not offer a spelling of another known name as a romanisation', () => {
    expect(normaliseName('AMMAR').tokens[0]?.joinedForms).not.toContain('AMAR')
  })
})

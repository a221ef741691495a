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
    expect(normaliseName('محمد').tokens).toEqual([])
    expect(normaliseName('').tokens).toEqual([])
    expect(normaliseName(' , ').tokens).toEqual([])
  })

  it('builds the traveller name from the document fields', () => {
    expect(texts(normalisePersonName('Müller', 'Hans Peter'))).toEqual(['MUELLER', 'HANS', 'PETER'])
    expect(roles(normalisePersonName('SUHARTO', ''))).toEqual(['family'])
  })
})

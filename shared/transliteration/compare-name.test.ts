import { describe, expect, it } from 'vitest'
import { compareNameWithMrz } from './compare-name'

describe('compareNameWithMrz', () => {
  it('is exact when the Doc 9303 transliteration is the MRZ name', () => {
    expect(compareNameWithMrz('Müller, Hans', 'MUELLER<<HANS')).toEqual({ match: 'exact' })
    expect(compareNameWithMrz({ surname: 'Müller', givenNames: 'Hans' }, 'MUELLER<<HANS<<<<<<<<<')).toEqual({
      match: 'exact',
    })
    expect(compareNameWithMrz('ERIKSSON<<ANNA<MARIA', { surname: 'ERIKSSON', givenNames: 'ANNA MARIA' })).toEqual({
      match: 'exact',
    })
    expect(compareNameWithMrz('Жуков, Георгий', 'ZHUKOV<<GEORGII')).toEqual({ match: 'exact' })
  })

  it('accepts the parser surname/given names (spaces between words)', () => {
    const parsed = { surname: 'VAN DER BERG', givenNames: 'ANNA MARIA' }
    expect(compareNameWithMrz({ surname: 'van der Berg', givenNames: 'Anna-Maria' }, parsed)).toEqual({
      match: 'exact',
    })
  })

  it('is a variant for the plain vowel and the optional form', () => {
    expect(compareNameWithMrz('Müller, Hans', 'MULLER<<HANS')).toEqual({ match: 'variant', variant: 'MULLER<<HANS' })
    expect(compareNameWithMrz('Müller, Hans', 'MUXXLLER<<HANS')).toEqual({
      match: 'variant',
      variant: 'MUXXLLER<<HANS',
    })
    expect(compareNameWithMrz('Ñúñez, José', 'NXXUNXXEZ<<JOSE')).toEqual({
      match: 'variant',
      variant: 'NXXUNXXEZ<<JOSE',
    })
  })

  it('is a variant for national Cyrillic spellings', () => {
    expect(compareNameWithMrz('Щербакова, Юлия', 'SHCHERBAKOVA<<YULIYA')).toEqual({
      match: 'variant',
      variant: 'SHCHERBAKOVA<<YULIYA',
    })
    expect(compareNameWithMrz('Шевченко, Григорій', 'SHEVCHENKO<<HRYHORII')).toMatchObject({ match: 'variant' })
    expect(compareNameWithMrz('Ђорђевић, Ђорђе', 'DJORDJEVIC<<DJORDJE')).toMatchObject({ match: 'variant' })
  })

  it('compares words in order when the printed name does not say which is the surname', () => {
    expect(compareNameWithMrz('Müller Hans', 'MUELLER<<HANS')).toEqual({ match: 'exact' })
    expect(compareNameWithMrz('Hans Müller', 'MUELLER<<HANS')).toEqual({ match: 'variant', variant: 'MUELLER<<HANS' })
    expect(compareNameWithMrz('Anna Maria Eriksson', { surname: 'ERIKSSON', givenNames: 'ANNA MARIA' })).toEqual({
      match: 'variant',
      variant: 'ERIKSSON<<ANNA<MARIA',
    })
  })

  it('keeps the surname/given-names split when both sides state it', () => {
    expect(compareNameWithMrz('Hans, Müller', 'MUELLER<<HANS')).toEqual({ match: 'different' })
    expect(compareNameWithMrz('Van, Der Berg', 'VAN<DER<<BERG')).toEqual({ match: 'different' })
  })

  it('accepts a full-length MRZ name cut short (truncation)', () => {
    const mrz = 'VAN<NIEUWENHUIZEN<<GERARD<ROBBERT<MARTI' // 39 characters: a full TD3 name field
    expect(compareNameWithMrz('van Nieuwenhuizen, Gerard Robbert Martijn', mrz)).toEqual({
      match: 'variant',
      variant: mrz,
      truncated: true,
    })
  })

  it('does not accept a cut-short name when the field was not full', () => {
    expect(compareNameWithMrz('Eriksson, Anna Maria', 'ERIKSSON<<ANNA<MAR')).toEqual({ match: 'different' })
  })

  it('reports different names', () => {
    expect(compareNameWithMrz('Müller, Hans', 'MUELLER<<HANZ')).toEqual({ match: 'different' })
    expect(compareNameWithMrz('Müller, Hans', 'MILLER<<HANS')).toEqual({ match: 'different' })
    expect(compareNameWithMrz('Müller', 'MUELLER<<HANS')).toEqual({ match: 'different' })
    expect(compareNameWithMrz('', 'MUELLER<<HANS')).toEqual({ match: 'different' })
    expect(compareNameWithMrz('Müller, Hans', '')).toEqual({ match: 'different' })
  })
})

import { describe, expect, it } from 'vitest'
import { DEFAULT_PERSON_THRESHOLD, QUALIFIER_NAME_FLOOR, scorePerson, scorePersonName } from './score-person'
import type { ListedPerson, MatchFeature, PersonQuery } from './types'

const listed = (overrides: Partial<ListedPerson> = {}): ListedPerson => ({
  listId: 'national-wanted',
  recordId: 'R-1',
  names: ['AL-ZAHRANI, Mohammed Ali'],
  birthDate: '1985-06-12',
  nationalities: ['SAU'],
  sex: 'M',
  reason: 'test',
  noticeType: null,
  photoRef: null,
  ...overrides,
})

const query = (overrides: Partial<PersonQuery> = {}): PersonQuery => ({
  surname: 'ALZAHRANI',
  givenNames: 'MUHAMMAD ALI',
  birthDate: '1985-06-12',
  nationality: 'SAU',
  sex: 'M',
  ...overrides,
})

const codes = (features: MatchFeature[]): string[] => features.map((f) => f.code)
const sum = (features: MatchFeature[]): number => features.reduce((s, f) => s + f.contribution, 0)

describe('scorePersonName', () => {
  it('matches variants above the threshold and different people below it', () => {
    const above: Array<[string, string]> = [
      ['AL-ZAHRANI, MOHAMMED', 'ZAHRANI, MUHAMMAD'],
      ['SERGEI IVANOV', 'IVANOV, SERGEY'],
      ['MÜLLER, JÜRGEN', 'MUELLER, JUERGEN'],
      ['ABDUL RAHMAN, KHALID', 'ABDURRAHMAN, KHALED'],
      ['SMITH, JOHN ROBERT', 'SMITH, JOHN'],
    ]
    for (const [a, b] of above) expect(scorePersonName(a, b).score, `${a} / ${b}`).toBeGreaterThanOrEqual(DEFAULT_PERSON_THRESHOLD)
    const below: Array<[string, string]> = [
      ['GARCIA, MARIA', 'GARCIA, MARIO'],
      ['IVANOV, SERGEI', 'IVANOV, ALEKSEI'],
      ['MOROZOV, PAVEL', 'MOROZ, PAVEL'],
      ['SALEH, ALI ABDULLAH', 'SALEH, AHMED ALI ABDULLAH'],
      ['TAHERI, ALI REZA', 'TAHERI, REZA ALI'],
      ['SMITH, JOHN', 'JONES, PETER'],
    ]
    for (const [a, b] of below) expect(scorePersonName(a, b).score, `${a} / ${b}`).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
  })

  it('explains every part, and the contributions add up to the score', () => {
    const result = scorePersonName('AL-ZAHRANI, MOHAMMED ALI', 'ZAHRANI, MUHAMMAD')
    expect(codes(result.features)).toEqual([
      'family-name-exact',
      'given-name-spelling-family',
      'given-name-missing',
      'name-particle-ignored',
    ])
    expect(result.features[1]?.detail).toContain('spelling family MUHAMMAD')
    expect(sum(result.features)).toBeCloseTo(result.score, 10)
  })

  it('weighs the family name more than a given name', () => {
    const familyDiffers = scorePersonName('PETROV, ANNA', 'SIDOROV, ANNA').score
    const givenDiffers = scorePersonName('PETROV, ANNA', 'PETROV, OLGA').score
    expect(familyDiffers).toBeLessThan(givenDiffers)
  })

  it('caps a single matching part and flags reordered given names', () => {
    const single = scorePersonName('ZAHRANI', 'MOHAMMED ZAHRANI')
    expect(codes(single.features)).toContain('name-single-part')
    expect(single.score).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
    expect(codes(scorePersonName('CHOI, MIN SEO', 'CHOI, SEO MIN').features)).toContain('given-names-reordered')
  })

  it('scores an empty or untransliterable name 0', () => {
    expect(scorePersonName('', 'IVANOV, IVAN').score).toBe(0)
    expect(codes(scorePersonName('สมชาย', 'IVANOV, IVAN').features)).toContain('name-empty') // Thai: no transliteration
  })
})

describe('scorePerson', () => {
  it('uses the best of the listed names and says which', () => {
    const person = listed({ names: ['SMITH, John', 'AL-ZAHRANI, Mohammed Ali'] })
    const match = scorePerson(query(), person)
    expect(match.matchedName).toBe('AL-ZAHRANI, Mohammed Ali')
    expect(match.features[0]).toMatchObject({ code: 'name-alias' })
    expect(match.person).toBe(person)
  })

  it('raises a match with agreeing qualifiers and lowers it with contradicting ones', () => {
    const agreeing = scorePerson(query(), listed())
    expect(codes(agreeing.features)).toEqual(expect.arrayContaining(['birth-date-exact', 'nationality-match', 'sex-match']))
    expect(agreeing.score).toBe(1)

    const nameOnly = scorePerson(query({ surname: 'ZAHRANI', givenNames: 'MOHAMMED' }), listed(), { useQualifiers: false })
    const contradicted = scorePerson(
      query({ surname: 'ZAHRANI', givenNames: 'MOHAMMED', birthDate: '1990-01-01', nationality: 'FRA', sex: 'F' }),
      listed(),
    )
    expect(codes(contradicted.features)).toEqual(expect.arrayContaining(['birth-date-year-differs', 'nationality-mismatch', 'sex-mismatch']))
    expect(contradicted.score).toBeLessThan(nameOnly.score)
    expect(contradicted.score).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
    expect(sum(contradicted.features)).toBeCloseTo(contradicted.score, 10)
  })

  it('never lets qualifiers alone make a match', () => {
    const stranger = scorePerson(query({ surname: 'JONES', givenNames: 'PETER' }), listed())
    expect(stranger.score).toBeLessThan(QUALIFIER_NAME_FLOOR)
    expect(stranger.features.filter((f) => f.code.startsWith('birth-date') || f.code.startsWith('nationality')).every((f) => f.contribution <= 0)).toBe(true)
  })

  it('handles a person without names and a query without qualifiers', () => {
    expect(scorePerson(query(), listed({ names: [] }))).toMatchObject({ score: 0, matchedName: '' })
    const bare = scorePerson(query({ birthDate: null, nationality: null, sex: null }), listed({ birthDate: null, nationalities: [], sex: null }))
    expect(codes(bare.features)).toEqual(expect.arrayContaining(['birth-date-unknown', 'nationality-unknown', 'sex-unknown']))
  })
})

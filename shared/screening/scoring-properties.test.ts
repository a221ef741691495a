// Property-based tests (fast-check) of the scorers: they never throw on arbitrary input, stay in
// 0..1, are symmetric where they should be, and score a name against itself as a match.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseName, normalisePersonName } from './normalise-name'
import { nameScoreOf, scoreNames } from './score-name'
import { bestNameOf, DEFAULT_PERSON_THRESHOLD, MAX_QUALIFIER_GAIN, scorePerson, scorePersonAs, scorePersonName } from './score-person'
import { NAME_PAIRS } from './testing/name-pairs-fixture'
import type { ListedPerson, PersonQuery } from './types'

const NAME_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz-,\'<ÄÖÜßÉÑŞАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ']
const nameLike = fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 40 })
const anyText = fc.oneof(nameLike, fc.string({ unit: 'binary', maxLength: 40 }))

const dateLike = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: 1900, max: 2030 }).map(String),
)

const query: fc.Arbitrary<PersonQuery> = fc.record({
  surname: anyText,
  givenNames: anyText,
  birthDate: dateLike,
  nationality: fc.option(fc.string({ maxLength: 4 })),
  sex: fc.option(fc.constantFrom('M', 'F', 'X', '<', 'male', '')),
})

const person: fc.Arbitrary<ListedPerson> = fc.record({
  listId: fc.constant('l'),
  recordId: fc.constant('r'),
  names: fc.array(anyText, { maxLength: 4 }),
  birthDate: dateLike,
  nationalities: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  sex: fc.constantFrom('M' as const, 'F' as const, null),
  reason: fc.constant(''),
  noticeType: fc.constant(null),
  photoRef: fc.constant(null),
})

describe('scoring properties', () => {
  it('scorePersonName never throws, stays in 0..1 and is symmetric', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const ab = scorePersonName(a, b)
        expect(ab.score).toBeGreaterThanOrEqual(0)
        expect(ab.score).toBeLessThanOrEqual(1)
        expect(scorePersonName(b, a).score).toBe(ab.score)
        for (const f of ab.features) {
          expect(f.code).toMatch(/^[a-z-]+$/)
          expect(Number.isFinite(f.contribution)).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('scores a name against itself as a match', () => {
    fc.assert(
      fc.property(nameLike, (name) => {
        fc.pre(normaliseName(name).tokens.length > 0)
        expect(scorePersonName(name, name).score).toBeGreaterThanOrEqual(DEFAULT_PERSON_THRESHOLD)
      }),
    )
  })

  it('scorePerson never throws, stays in 0..1 and explains itself', () => {
    fc.assert(
      fc.property(query, person, (q, p) => {
        const match = scorePerson(q, p)
        expect(match.score).toBeGreaterThanOrEqual(0)
        expect(match.score).toBeLessThanOrEqual(1)
        expect(match.features.length).toBeGreaterThan(0)
        expect(match.person).toBe(p)
        if (p.names.length > 0) expect(p.names).toContain(match.matchedName)
      }),
      { numRuns: 300 },
    )
  })

  it('qualifiers alone never lift a stranger over the threshold', () => {
    fc.assert(
      fc.property(person, (p) => {
        const stranger: PersonQuery = { surname: 'QQQXWV', givenNames: 'ZZKPT', birthDate: p.birthDate, nationality: p.nationalities[0] ?? null, sex: p.sex }
        expect(scorePerson(stranger, p).score).toBeLessThan(DEFAULT_PERSON_THRESHOLD)
      }),
    )
  })
})

describe('scores compared before explanations are worded', () => {
  const pairs = NAME_PAIRS.map((p) => [p.name1, p.name2] as const)

  it('nameScoreOf gives exactly the score scoreNames explains (labelled pairs and arbitrary text)', () => {
    for (const [a, b] of pairs) expect(nameScoreOf(normaliseName(a), normaliseName(b))).toBe(scoreNames(normaliseName(a), normaliseName(b)).score)
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(nameScoreOf(normaliseName(a), normaliseName(b))).toBe(scoreNames(normaliseName(a), normaliseName(b)).score)
      }),
      { numRuns: 500 },
    )
  })

  it("a person's score never exceeds the best name score plus MAX_QUALIFIER_GAIN, so screening may skip below it", () => {
    fc.assert(
      fc.property(query, person, (q, p) => {
        const queryName = normalisePersonName(q.surname, q.givenNames)
        const best = bestNameOf(queryName, p)
        const match = scorePersonAs(queryName, q, p)
        if (best === null) expect(match.score).toBe(0)
        else expect(match.score).toBeLessThanOrEqual(best.score + MAX_QUALIFIER_GAIN + 1e-9)
      }),
      { numRuns: 500 },
    )
    // Every qualifier agreeing: the bound is reached, not exceeded.
    const listed: ListedPerson = { listId: 'l', recordId: 'r', names: ['IVANOV, Sergei Petrovich Aleksandr'], birthDate: '1980-02-03', nationalities: ['RUS'], sex: 'M', reason: '', noticeType: null, photoRef: null }
    const traveller: PersonQuery = { surname: 'IVANOV', givenNames: 'SERGEY', birthDate: '1980-02-03', nationality: 'RUS', sex: 'M' }
    const name = normalisePersonName(traveller.surname, traveller.givenNames)
    const best = bestNameOf(name, listed)!
    expect(best.score).toBeLessThan(1 - MAX_QUALIFIER_GAIN)
    expect(scorePersonAs(name, traveller, listed).score).toBeCloseTo(best.score + MAX_QUALIFIER_GAIN, 9)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_NAME_KEYS, nameIndexKeys } from './name-keys'
import { NAME_PAIRS } from './testing/name-pairs-fixture'

const shareKey = (a: string, b: string): boolean => {
  const keys = new Set(nameIndexKeys(a))
  return nameIndexKeys(b).some((k) => keys.has(k))
}

describe('nameIndexKeys', () => {
  it('gives prefixed phonetic and family keys per significant part', () => {
    expect(nameIndexKeys('AL-ZAHRANI, Mohammed Ali')).toEqual(['p:SGRN', 'p:MGMT', 'p:AL', 'p:ALSGRN', 'f:MUHAMMAD', 'f:ALI', 'f:ZAHRANI'])
    expect(nameIndexKeys('')).toEqual([])
    expect(nameIndexKeys('KENNEDY, John F')).not.toContain('p:F') // initials are not keys
  })

  it('meets across the variations the list and the document disagree on', () => {
    const pairs: Array<[string, string]> = [
      ['AL-ZAHRANI, MOHAMMED', 'ALZAHRANI, MUHAMMAD'], // particle, spelling family
      ['ZAHRANI', 'AL-ZAHRANI'], // particle only, single part
      ['SERGEI IVANOV', 'IVANOV, SERGEY'], // order
      ['IVANOV, SERGEI PETROVICH', 'IVANOV, SERGEI'], // missing patronymic
      ['Щербакова, Юлия', 'SHCHERBAKOVA, YULIYA'], // Cyrillic vs national romanisation
      ['KHRUSHCHEV', 'CHRUSCHTSCHOW'], // German romanisation, single part
      ['IBRAHIM', 'IBRAGIM'], // family key bridges what the phonetic code splits
      ['RODRIGUEZ, CARLOS', 'RODRIGUEZ, CRALOS'], // typo in one part
    ]
    for (const [a, b] of pairs) expect(shareKey(a, b), `${a} / ${b}`).toBe(true)
  })

  it('has retrieval recall 100% on the positive pairs of the labelled set', () => {
    const positives = NAME_PAIRS.filter((p) => p.isMatch)
    const missed = positives.filter((p) => !shareKey(p.name1, p.name2))
    const sizes = NAME_PAIRS.flatMap((p) => [nameIndexKeys(p.name1).length, nameIndexKeys(p.name2).length])
    const negativesSharing = NAME_PAIRS.filter((p) => !p.isMatch && shareKey(p.name1, p.name2)).length
    console.log(
      `retrieval: ${positives.length - missed.length}/${positives.length} positive pairs share a key ` +
        `(${((100 * (positives.length - missed.length)) / positives.length).toFixed(1)}%); ` +
        `keys per name: mean ${(sizes.reduce((s, n) => s + n, 0) / sizes.length).toFixed(2)}, max ${Math.max(...sizes)}; ` +
        `negative pairs sharing a key: ${negativesSharing} (they are look-alikes by design)`,
    )
    expect(missed.map((p) => `${p.name1} / ${p.name2}`)).toEqual([])
  })

  it(`never throws and gives at most ${MAX_NAME_KEYS} well-formed keys`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (name) => {
        const keys = nameIndexKeys(name)
        expect(keys.length).toBeLessThanOrEqual(MAX_NAME_KEYS)
        expect(new Set(keys).size).toBe(keys.length)
        for (const key of keys) expect(key).toMatch(/^(p:[A-Z]+|f:[A-Z]+(-I)?)$/)
      }),
    )
    const long = 'MOHAMMED BIN ABDULLAH BIN SALEH BIN HASSAN BIN IBRAHIM BIN YUSUF AL-ZAHRANI AL-QAHTANI'
    expect(nameIndexKeys(long).length).toBe(MAX_NAME_KEYS)
  })
})

import { describe, expect, it } from 'vitest'
import { evaluatePairs, parseNamePairsCsv } from './pair-evaluation'

describe('parseNamePairsCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and labels', () => {
    const text = 'name1,name2,is_match,category\r\n"IVANOV, SERGEI",SERGEI IVANOV,true,swapped-order\r\n"O""BRIEN, SEAN","OBRIEN, SEAN",0,particle\r\n\r\n'
    expect(parseNamePairsCsv(text)).toEqual([
      { name1: 'IVANOV, SERGEI', name2: 'SERGEI IVANOV', isMatch: true, category: 'swapped-order' },
      { name1: 'O"BRIEN, SEAN', name2: 'OBRIEN, SEAN', isMatch: false, category: 'particle' },
    ])
  })

  it('finds columns by header and rejects bad labels or missing columns', () => {
    expect(parseNamePairsCsv('category,is_match,name2,name1\nx,yes,B,A\n')).toEqual([{ name1: 'A', name2: 'B', isMatch: true, category: 'x' }])
    expect(() => parseNamePairsCsv('name1,name2,is_match,category\nA,B,maybe,x\n')).toThrow(/line 2/)
    expect(() => parseNamePairsCsv('name2,is_match\nB,true\n')).toThrow(/name1/)
    // Without is_match the pairs are unlabelled: scored, not evaluated.
    expect(parseNamePairsCsv('name1,name2,category\nA,B,x\n')).toEqual([{ name1: 'A', name2: 'B', isMatch: null, category: 'x' }])
  })
})

describe('evaluatePairs', () => {
  it('counts the confusion matrix and derives precision, recall and F1', () => {
    const pairs = [
      { name1: 'a', name2: 'a', isMatch: true, category: '' },
      { name1: 'a', name2: 'b', isMatch: true, category: '' },
      { name1: 'c', name2: 'c', isMatch: false, category: '' },
      { name1: 'c', name2: 'd', isMatch: false, category: '' },
    ]
    const result = evaluatePairs(pairs, 0.5, (x, y) => (x === y ? 1 : 0))
    expect(result).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1, tn: 1 })
  })

  it('reports perfect precision when nothing is predicted', () => {
    expect(evaluatePairs([{ name1: 'a', name2: 'b', isMatch: true, category: '' }], 0.5, () => 0)).toMatchObject({ precision: 1, recall: 0, f1: 0 })
  })
})

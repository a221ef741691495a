import { describe, expect, it } from 'vitest'
import { checkOccupancy } from './occupancy'

describe('occupancy check', () => {
  it('agrees when nothing contradicts the documents', () => {
    expect(checkOccupancy({ declared: null, documents: 2, markedOnScan: null }).agrees).toBe(true)
    expect(checkOccupancy({ declared: 2, documents: 2, markedOnScan: 2 }).agrees).toBe(true)
  })

  it('flags a passenger without papers: declared more than the documents scanned', () => {
    const c = checkOccupancy({ declared: 3, documents: 2, markedOnScan: null })
    expect(c.agrees).toBe(false)
    expect(c.reason).toContain('3 declared, 2 documents scanned')
  })

  it('flags people hidden in the load: more persons on the scan than documents and declared', () => {
    const c = checkOccupancy({ declared: 2, documents: 2, markedOnScan: 7 })
    expect(c.agrees).toBe(false)
    expect(c.features.map((f) => f.code)).toEqual(['scan-vs-documents', 'scan-vs-declared'])
    expect(c.reason).toContain('7 persons marked on the X-ray scan, 2 documents scanned')
  })
})

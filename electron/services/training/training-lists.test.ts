import { describe, expect, it } from 'vitest'
import { scenarioListFiles } from './training-lists'

describe('scenarioListFiles', () => {
  it('writes the list CSV formats, quoting what needs it', () => {
    const files = scenarioListFiles({
      documents: [{ id: 'D-1', number: 'AB123', type: 'P', issuer: 'SRB', reason: 'Stolen, with "care"' }],
      persons: [{ id: 'P-1', surname: 'Bajrami', givenNames: 'Luan', aliases: ['L. Bajrami', 'Lulzim'], birthDate: '1984', nationalities: ['ALB', 'MKD'], sex: 'M', reason: 'Flagged' }],
      vehicles: [],
    })
    expect(files.documents).toBe('id,number,type,issuer,reason\nD-1,AB123,P,SRB,"Stolen, with ""care"""\n')
    expect(files.persons.split('\n')[1]).toBe('P-1,Bajrami,Luan,L. Bajrami|Lulzim,1984,ALB|MKD,M,Flagged,')
    expect(files.vehicles).toBe('id,plate,country,vin,reason\n')
  })
})

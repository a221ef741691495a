import { describe, expect, it } from 'vitest'
import { evaluateDocumentRules } from './document-rules'
import type { DocumentFinding, DocumentRuleInput } from './finding'
import { documentFixture, TODAY } from './testing/document-fixture'

function specimenFinding(input: DocumentRuleInput): DocumentFinding | undefined {
  return evaluateDocumentRules(input, { today: TODAY }).find((f) => f.rule === 'specimen-document')
}

// The values parseMrz gives for the reference §1.6 vectors (surname/given names with spaces).
const TD3_UTOPIA = documentFixture({
  // P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
  // L898902C36UTO7408122F1204159ZE184226B<<<<<10
  format: 'TD3',
  documentCode: 'P',
  issuingState: 'UTO',
  surname: 'ERIKSSON',
  givenNames: 'ANNA MARIA',
  documentNumber: 'L898902C3',
  nationality: 'UTO',
  birthDate: '1974-08-12',
  expiryDate: '2012-04-15',
})

const TD1_UTOPIA_LONG_NUMBER = documentFixture({
  // I<UTOD23145890<1233<<<<<<<<<<<
  // 7408122F1204159UTO<<<<<<<<<<<2
  // ERIKSSON<<ANNA<MARIA<<<<<<<<<<
  format: 'TD1',
  documentCode: 'I',
  issuingState: 'UTO',
  surname: 'ERIKSSON',
  givenNames: 'ANNA MARIA',
  documentNumber: 'D23145890123',
  nationality: 'UTO',
  birthDate: '1974-08-12',
  expiryDate: '2012-04-15',
})

const TD3_MUSTERMANN = documentFixture({
  // P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<
  // C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4
  format: 'TD3',
  documentCode: 'P',
  issuingState: 'D',
  surname: 'MUSTERMANN',
  givenNames: 'ERIKA',
  documentNumber: 'C01X00T47',
  nationality: 'D',
  birthDate: '1964-08-12',
  expiryDate: '2027-02-28',
})

describe('specimen-document', () => {
  it('flags the ICAO TD3 Utopia specimen on issuer, name and number', () => {
    expect(specimenFinding(TD3_UTOPIA)).toEqual({
      rule: 'specimen-document',
      severity: 'alert',
      params: {
        indicators: 'stateCode,name,documentNumber',
        stateCode: 'UTO',
        name: 'ERIKSSON ANNA MARIA',
        documentNumber: 'L898902C3',
      },
    })
  })

  it('flags the TD1 specimen with the long (overflowed) number', () => {
    expect(specimenFinding(TD1_UTOPIA_LONG_NUMBER)?.params.documentNumber).toBe('D23145890123')
  })

  it('flags the German Mustermann specimen on name and number', () => {
    expect(specimenFinding(TD3_MUSTERMANN)?.params).toEqual({
      indicators: 'name,documentNumber',
      name: 'MUSTERMANN',
      documentNumber: 'C01X00T47',
    })
  })

  it.each(['D23145890', 'C11T002JM', 'ZE000509', '99003853', 'L898902C'])('flags specimen number %s', (number) => {
    expect(specimenFinding(documentFixture({ documentNumber: number }))?.params.indicators).toBe('documentNumber')
  })

  it('flags a UTO nationality on another issuer', () => {
    expect(specimenFinding(documentFixture({ nationality: 'UTO' }))?.params).toEqual({
      indicators: 'stateCode',
      stateCode: 'UTO',
    })
  })

  it.each([
    [{ surname: 'SPECIMEN', givenNames: 'JAN' }, 'SPECIMEN'],
    [{ surname: 'NOVAK', givenNames: 'VZOR' }, 'VZOR'],
    [{ surname: 'VZOR', givenNames: '' }, 'VZOR'],
  ])('flags specimen name words: %j', (names, word) => {
    expect(specimenFinding(documentFixture(names))?.params.name).toBe(word)
  })

  it('does not flag an ordinary document or a real Eriksson', () => {
    expect(specimenFinding(documentFixture())).toBeUndefined()
    expect(specimenFinding(documentFixture({ surname: 'ERIKSSON', givenNames: 'JOHAN', issuingState: 'SWE', nationality: 'SWE' }))).toBeUndefined()
    expect(specimenFinding(documentFixture({ surname: 'MUSTERMANNSSON' }))).toBeUndefined()
  })

  it('reports the Utopia specimen with its other findings (it also expired in 2012)', () => {
    const rules = evaluateDocumentRules(TD3_UTOPIA, { today: TODAY }).map((f) => f.rule)
    expect(rules).toEqual(['specimen-document', 'document-expired'])
  })
})

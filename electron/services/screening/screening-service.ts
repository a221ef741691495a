import type { Db } from '../../store/database'
import { documentNumberKey, issuerKey, nameKey } from './normalise'
import { listVersions } from './watch-lists'
import type { MatchFeature } from '../../../shared/screening/types'

export interface ScreeningSubject {
  documentNumber: string
  issuingState: string
  surname: string
  givenNames: string
  birthDate: string | null
}

export interface ScreeningMatch {
  listRecordId: string
  reason: string
  matchedOn: string[]
  record: Record<string, string>
  score: number | null
  confidence: 'exact' | 'high' | 'low' | null
  features: MatchFeature[]
}

export interface ListScreening {
  list: 'documents' | 'persons' | 'vehicles'
  listId: string
  listVersion: string
  matches: ScreeningMatch[]
}

/** Screening v0: normalised exact matching of the document (number + issuer) and the person (name + date of birth). */
export class ScreeningService {
  private readonly byDocument
  private readonly byPerson

  constructor(private readonly db: Db) {
    this.byDocument = db.prepare('SELECT id, reason, record FROM flagged_documents WHERE number_key = ? AND issuer_key = ?')
    this.byPerson = db.prepare('SELECT id, reason, record FROM flagged_persons WHERE name_key = ? AND birth_date = ?')
  }

  screen(subject: ScreeningSubject): ListScreening[] {
    const versions = new Map(listVersions(this.db).map((v) => [v.name, v.version]))
    type Row = { id: string; reason: string; record: string }
    const toMatch = (matchedOn: string[]) => (r: Row): ScreeningMatch => ({
      listRecordId: r.id,
      reason: r.reason,
      matchedOn,
      record: stringify(JSON.parse(r.record) as Record<string, unknown>),
      score: 1,
      confidence: 'exact',
      features: matchedOn.map((f) => ({ code: `${f}-exact`, contribution: 1 / matchedOn.length, detail: `${f} identical after normalisation` })),
    })
    const documents = (this.byDocument.all(documentNumberKey(subject.documentNumber), issuerKey(subject.issuingState)) as Row[]).map(
      toMatch(['documentNumber', 'issuingState']),
    )
    const persons = subject.birthDate
      ? (this.byPerson.all(nameKey(subject.surname, subject.givenNames), subject.birthDate) as Row[]).map(toMatch(['name', 'birthDate']))
      : []
    return [
      { list: 'documents', listId: 'documents', listVersion: versions.get('documents') ?? 'none', matches: documents },
      { list: 'persons', listId: 'persons', listVersion: versions.get('persons') ?? 'none', matches: persons },
    ]
  }
}

function stringify(o: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]))
}

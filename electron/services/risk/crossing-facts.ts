// The facts of one recorded crossing, read from the database: its document,
// checks, traveller and lane; the traveller's earlier decided crossings (by
// document number + issuer, and by name + birth date); and, once the vehicle
// lane provides them, vehicle and group facts. Only decided crossings count as
// history: a superseded or interrupted crossing is usually a re-read of the same
// document, and counting it would make every re-swipe a "short round trip".
import type { Db } from '../../store/database'
import type { DocumentCheck } from '../../../shared/domain/inspection'
import type { Facts } from '../../../shared/risk/fact-catalogue'
import { historyFacts, type EarlierCrossing } from '../../../shared/risk/history-facts'
import { HISTORY_HORIZON_HOURS } from '../../../shared/risk/rule-language'
import { subjectFacts } from '../../../shared/risk/subject-facts'
import { vehicleFacts } from '../../../shared/risk/vehicle-facts'
import { documentNumberKey, issuerKey, nameKey } from './identity-keys'
import { RiskStoreError } from './risk-store-error'
import type { VehicleCrossingSource } from './vehicle-crossing-source'

export interface CrossingFactsOptions {
  /** IANA time zone of the post, for lane.hour, lane.dayOfWeek, ages and days to expiry. */
  timeZone: string
  /** The vehicle lane's crossings: without them vehicle, group and journey facts are unknown. */
  vehicles?: VehicleCrossingSource | null
}

interface CrossingRow {
  id: number
  started_at: string
  lane: string
  checks: string
  surname: string
  given_names: string
  nationality: string
  birth_date: string | null
  sex: string
  document_code: string
  document_number: string
  issuing_state: string
  expiry_date: string | null
  source: 'reader' | 'manual'
  mrz_valid: number
}

interface EarlierRow {
  started_at: string
  surname: string
  given_names: string
  birth_date: string | null
  document_number: string
  issuing_state: string
  decision: 'admit' | 'refuse' | 'refer'
}

const earlierColumns = 'c.id, c.started_at, t.surname, t.given_names, t.birth_date, d.document_number, d.issuing_state, dec.decision'
const earlierWindow = 'c.id <> @id AND c.started_at < @at AND c.started_at >= @since'

export class CrossingFacts {
  private readonly crossing
  private readonly earlier

  constructor(
    db: Db,
    private readonly options: CrossingFactsOptions,
  ) {
    this.crossing = db.prepare(
      `SELECT c.id, c.started_at, c.lane, c.checks, t.surname, t.given_names, t.nationality, t.birth_date, t.sex,
              d.document_code, d.document_number, d.issuing_state, d.expiry_date, d.source, d.mrz_valid
         FROM crossings c JOIN travellers t ON t.id = c.traveller_id JOIN documents d ON d.id = c.document_id
        WHERE c.id = ?`,
    )
    // Two indexed lookups (document number, birth date) instead of one OR that would scan; exact keys are compared below.
    this.earlier = db.prepare(
      `SELECT ${earlierColumns} FROM documents d JOIN crossings c ON c.document_id = d.id JOIN travellers t ON t.id = c.traveller_id JOIN decisions dec ON dec.crossing_id = c.id
        WHERE d.document_number = @number AND ${earlierWindow}
       UNION
       SELECT ${earlierColumns} FROM travellers t JOIN crossings c ON c.traveller_id = t.id JOIN documents d ON d.id = c.document_id JOIN decisions dec ON dec.crossing_id = c.id
        WHERE t.birth_date = @birthDate AND ${earlierWindow}`,
    )
  }

  forCrossing(crossingId: number): { at: string; facts: Facts } {
    const c = this.crossing.get(crossingId) as CrossingRow | undefined
    if (!c) throw new RiskStoreError('not-found', `No crossing ${crossingId}.`)
    const subject = subjectFacts(
      {
        at: c.started_at,
        lane: c.lane,
        traveller: { nationality: c.nationality, sex: c.sex, birthDate: c.birth_date },
        document: { code: c.document_code, issuer: c.issuing_state, expiryDate: c.expiry_date, source: c.source, mrzValid: c.mrz_valid === 1 },
        checks: JSON.parse(c.checks) as DocumentCheck[],
      },
      this.options.timeZone,
    )
    return { at: c.started_at, facts: { ...subject, ...this.history(c), ...this.vehicle(c) } }
  }

  private history(c: CrossingRow): Facts {
    const since = new Date(Date.parse(c.started_at) - HISTORY_HORIZON_HOURS * 3_600_000).toISOString()
    const rows = this.earlier.all({ id: c.id, at: c.started_at, since, number: c.document_number, birthDate: c.birth_date }) as EarlierRow[]
    const documentKey = docKey(c.document_number, c.issuing_state)
    const personKey = nameKey(c.surname, c.given_names)
    const earlier: EarlierCrossing[] = rows.map((r) => ({
      at: r.started_at,
      sameDocument: docKey(r.document_number, r.issuing_state) === documentKey,
      samePerson: c.birth_date !== null && r.birth_date === c.birth_date && nameKey(r.surname, r.given_names) === personKey,
      refused: r.decision === 'refuse',
      documentKey: docKey(r.document_number, r.issuing_state),
      nameKey: nameKey(r.surname, r.given_names),
    }))
    return historyFacts({ at: c.started_at, documentKey, nameKey: personKey, birthDateKnown: c.birth_date !== null }, earlier)
  }

  private vehicle(c: CrossingRow): Facts {
    const source = this.options.vehicles
    if (!source) return {}
    const current = source.vehicleCrossingOf(c.id)
    if (!current) return {}
    const since = new Date(Date.parse(current.at) - HISTORY_HORIZON_HOURS * 3_600_000).toISOString()
    return vehicleFacts(c.id, current, source.crossingsOfVehicle(current.vehicleKey, since, current.at), this.options.timeZone)
  }
}

const docKey = (number: string, issuer: string) => `${documentNumberKey(number)}|${issuerKey(issuer)}`

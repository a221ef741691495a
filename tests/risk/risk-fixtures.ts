// A real (in-memory) SQLite store with every migration, an audit log on a
// settable clock, and crossings written through CrossingsRepository.
import { openDatabase, type Db } from '../../electron/store/database'
import { CrossingsRepository, type NewCrossing } from '../../electron/store/crossings-repository'
import { AuditLog } from '../../electron/services/audit/audit-log'
import { ProfileStore } from '../../electron/services/risk/profile-store'
import { BandStore } from '../../electron/services/risk/band-store'
import type { Supervisor } from '../../electron/services/risk/supervisor'
import type { Decision } from '../../shared/domain/inspection'

export const supervisor: Supervisor = { username: 'supervisor', roles: ['supervisor'] }
export const officer: Supervisor = { username: 'officer', roles: ['officer'] }

export function riskWorld(start = '2026-11-25T08:00:00Z') {
  const clock = { now: new Date(start) }
  const now = () => clock.now
  const db: Db = openDatabase(':memory:')
  const audit = new AuditLog(db, null, now)
  const crossings = new CrossingsRepository(db)
  const profiles = new ProfileStore(db, audit, now)
  const bands = new BandStore(db, audit, now)
  return {
    clock,
    now,
    db,
    audit,
    crossings,
    profiles,
    bands,
    /** Moves the clock to an ISO instant. */
    at(iso: string) {
      clock.now = new Date(iso)
    },
    /** Records a crossing at the clock's time (and a decision unless told otherwise), as the inspection flow would. */
    cross(overrides: Partial<Omit<NewCrossing, 'traveller' | 'document'>> & { traveller?: Partial<NewCrossing['traveller']>; document?: Partial<NewCrossing['document']> } = {}, decision: Decision | null = 'admit'): number {
      const c = newCrossing(clock.now.toISOString(), overrides)
      return audit.transaction(() => {
        const id = crossings.insertCrossing(c)
        if (decision) crossings.insertDecision(id, decision, 'officer', c.at)
        return id
      })
    },
  }
}

export function newCrossing(at: string, o: Partial<Omit<NewCrossing, 'traveller' | 'document'>> & { traveller?: Partial<NewCrossing['traveller']>; document?: Partial<NewCrossing['document']> } = {}): NewCrossing {
  return {
    at,
    lane: o.lane ?? 'lane-1',
    startedBy: o.startedBy ?? 'officer',
    overall: o.overall ?? 'clear',
    checks: o.checks ?? [{ code: 'mrz-valid', severity: 'ok', params: {} }],
    traveller: { surname: 'DOE', givenNames: 'JANE', nationality: 'QZA', birthDate: '1985-04-12', sex: 'F', ...o.traveller },
    document: {
      documentCode: 'P',
      documentNumber: 'QA1234567',
      issuingState: 'QZA',
      expiryDate: '2030-04-11',
      format: 'TD3',
      mrz: 'P<QZADOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nQA12345670QZA8504127F3004118<<<<<<<<<<<<<<06',
      mrzValid: true,
      source: 'reader',
      device: 'sim-reader',
      ...o.document,
    },
  }
}

/** A valid draft; override what the test is about. */
export function draft(id: string, o: Record<string, unknown> = {}) {
  return {
    id,
    title: `Profile ${id}`,
    rationale: 'A rationale long enough to say why the profile exists.',
    owner: 'Post commander, BCP Example-North',
    expiresAt: '2027-03-01T00:00:00Z',
    scoreWeight: 20,
    conditions: { fact: 'document.source', op: 'equals', value: 'manual' },
    ...o,
  }
}

// Everything fingerprint, built once for the workstation: the engine, the
// store, list enrolments, the 1:N search, the capture service, export and the
// simulator's controls. The composition root holds one of these and wires
// the inspection's crossing and the devices into it.
import { join } from 'node:path'
import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import type { Device, Logger } from '../../../drivers/core/driver'
import { isFingerprintPad } from '../../../drivers/fingerprint/fingerprint-events'
import type { FingerprintPadSimulator } from '../../../drivers/simulators/fingerprint/fingerprint-pad-simulator'
import type { DeviceKind } from '../../../shared/domain/devices'
import type { SimulatedFingerKind } from '../../../shared/domain/fingerprints'
import type { ListStore } from '../screening/lists'
import { createBuiltInEngine } from './engine/built-in-engine'
import type { FingerprintEngine } from './engine/fingerprint-engine'
import { FingerprintRepository } from './fingerprint-repository'
import { FingerprintError, FingerprintService, type PadAccess } from './fingerprint-service'
import { ListEnrolments } from './enrolment/list-enrolments'
import { recordIdsOfCsv, seedSimulatedEnrolments } from './enrolment/simulated-enrolments'
import { WatchlistSearch, type ListedPersons } from './search/watchlist-search'
import { exportCrossing, ExportError } from './exchange/export-crossing'
import { controlSimulatedPad, SimulatedPadError } from './simulation/simulated-pad-control'

export interface FingerprintDevices {
  readonly current: { devices: ReadonlyArray<{ id: string }> }
  kindOf(id: string): DeviceKind | null
  /** The open device, or null while it is offline. */
  device(id: string): Device | null
  simulatorsOf(kind: DeviceKind): Array<{ deviceId: string; sim: unknown }>
}

export interface FingerprintModuleConfig {
  db: Db
  audit: AuditLog
  lists: ListStore
  devices: FingerprintDevices
  log: Logger
  now: () => Date
  dataDir: string
  resourcesDir: string
  lane: string
  /** Matcher worker threads for the 1:N search (0 = in-process). */
  workers: number
  engine?: FingerprintEngine
}

/** The simulated wanted-persons list whose persons get synthetic prints (checkpoint-app seeds it). */
export const SIMULATED_PERSONS_LIST = { listId: 'sim-wanted', file: 'persons.sample.csv' }

export class FingerprintModule {
  readonly repo: FingerprintRepository
  readonly engine: FingerprintEngine
  readonly enrolments: ListEnrolments
  readonly search: WatchlistSearch
  readonly service: FingerprintService
  private simulatorSeed = 1
  private seeding: Promise<number> | null = null
  private simulatedPrints = false

  constructor(private readonly config: FingerprintModuleConfig) {
    this.repo = new FingerprintRepository(config.db)
    this.engine = config.engine ?? createBuiltInEngine()
    this.enrolments = new ListEnrolments({ audit: config.audit, repo: this.repo, engine: this.engine, now: config.now })
    this.search = new WatchlistSearch({ audit: config.audit, repo: this.repo, engine: this.engine, enrolments: this.enrolments, persons: listedPersons(config.lists), log: config.log, now: config.now, workers: config.workers })
    this.service = new FingerprintService({
      audit: config.audit,
      repo: this.repo,
      engine: this.engine,
      search: this.search,
      pads: this.padAccess(),
      log: config.log,
      now: config.now,
      warmUp: () => (this.simulatedPrints ? this.seedSimulated() : Promise.resolve(0)),
    })
  }

  /** Simulated mode: the sample wanted persons get synthetic prints, enrolled when the pad is first used. */
  useSimulatedPrints(): void {
    this.simulatedPrints = true
  }

  /** Enrols the sample wanted persons' synthetic prints (once per data folder; the same promise while it runs). */
  seedSimulated(): Promise<number> {
    this.seeding ??= (async () => {
      const ids = recordIdsOfCsv(join(this.config.resourcesDir, 'screening', SIMULATED_PERSONS_LIST.file))
      return seedSimulatedEnrolments({ enrolments: this.enrolments, repo: this.repo }, SIMULATED_PERSONS_LIST.listId, ids)
    })()
    this.seeding.catch((err: unknown) => {
      this.seeding = null // try again next time
      this.config.log.error('simulated fingerprint enrolment failed', { error: err instanceof Error ? err.message : String(err) })
    })
    return this.seeding
  }

  exportCrossing(crossingId: number, actor: string) {
    return exportCrossing({ repo: this.repo, audit: this.config.audit, dataDir: this.config.dataDir, lane: this.config.lane, now: this.config.now }, crossingId, actor)
  }

  /** The simulator panel: put a synthetic finger (or a fault) on the first simulated pad. */
  simulate(kind: SimulatedFingerKind, recordId: string | undefined): void {
    const [first] = this.config.devices.simulatorsOf('fingerprint')
    if (!first) throw new FingerprintError('unavailable', 'No simulated fingerprint pad is configured.')
    const listed = { listId: SIMULATED_PERSONS_LIST.listId, recordId: recordId ?? 'PERS-SIM-0001' }
    try {
      controlSimulatedPad(first.sim as FingerprintPadSimulator, this.service.armedStep(), kind, listed, this.simulatorSeed++)
    } catch (err) {
      if (err instanceof SimulatedPadError) throw new FingerprintError('conflict', err.message)
      throw err
    }
  }

  async stop(): Promise<void> {
    await this.search.close()
  }

  private padAccess(): PadAccess {
    const devices = this.config.devices
    return {
      pad: () => {
        const entry = devices.current.devices.find((d) => devices.kindOf(d.id) === 'fingerprint')
        if (!entry) return null
        const device = devices.device(entry.id)
        return { deviceId: entry.id, pad: device && isFingerprintPad(device) ? device : null }
      },
    }
  }
}

export { ExportError, FingerprintError }

function listedPersons(lists: ListStore): ListedPersons {
  return {
    activePersonLists: () => lists.activeListVersions().filter((l) => l.kind === 'persons').map((l) => ({ listId: l.listId, version: l.version })),
    record: (listId, recordId) => {
      const hit = lists.search(recordId).find((h) => h.listId === listId && h.kind === 'persons' && h.recordId === recordId)
      if (!hit) return null
      const p = hit.record as { names?: string[]; birthDate?: string | null; nationalities?: string[]; sex?: string | null; reason?: string; noticeType?: string | null; photoRef?: string | null }
      const entries: Array<[string, string | null | undefined]> = [
        ['name', p.names?.[0]],
        ['aliases', p.names?.slice(1).join(' | ')],
        ['birthDate', p.birthDate],
        ['nationality', p.nationalities?.join(', ')],
        ['sex', p.sex],
        ['reason', p.reason],
        ['noticeType', p.noticeType],
        ['photoRef', p.photoRef],
      ]
      return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''))
    },
  }
}

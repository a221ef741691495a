// The vehicle lane through the same Connection the hosts use: the ANPR simulator posts over HTTP
// to the listener driver, the reader simulator presents the occupants' passports, and the officer
// works the vehicle through the contract.
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, client } from './app-harness'
import { until } from '../support/wait'
import type { CheckpointApp } from '../../electron/app/checkpoint-app'
import type { SimulatedAnprCamera } from '../../drivers/simulators/anpr/simulated-anpr-camera'
import type { VehicleLaneSnapshot } from '../../shared/domain/vehicle-lane'

let app: CheckpointApp | null = null
afterEach(async () => {
  await app?.stop()
  app = null
})

async function laneWithAnpr() {
  ;({ app } = await startApp())
  const anprId = app.devices.simulatorsOf('anpr')[0]!.deviceId
  await until(() => (app!.devices.statuses().find((s) => s.id === anprId)?.state === 'online' ? true : undefined), 10_000)
  const anpr = app.devices.simulatorsOf('anpr')[0]!.sim as SimulatedAnprCamera
  const officer = await client(app, 'officer')
  const lanes: VehicleLaneSnapshot[] = []
  app.connect(() => {}) // a second, silent renderer must not disturb anything
  app.vehicleLane.on('changed', (s) => lanes.push(s))
  return { app, anpr, officer, lanes }
}

describe('vehicle lane', () => {
  it('a listed plate read by the ANPR camera opens a vehicle crossing with an explained alert; documents read meanwhile are its occupants', async () => {
    const { app, anpr, officer } = await laneWithAnpr()
    await anpr.vehicleArrives({ plate: 'B-AB 1234', country: 'DEU', confidence: 0.91 })
    const lane = await until(() => {
      const s = app.vehicleLane.snapshot()
      return s.vehicle?.alerts.length ? s : undefined
    }, 5000)
    expect(lane.vehicle).toMatchObject({ plate: 'B-AB 1234', status: 'open' })
    expect(lane.vehicle!.plateReads).toHaveLength(1)
    const alert = lane.vehicle!.alerts[0]!
    expect(alert).toMatchObject({ kind: 'plate-list', status: 'candidate', listRecordId: 'SMV-SIM-0001', reason: 'Reported stolen' })
    expect(alert.features[0]!.detail).toContain('same plate BAB1234')

    // Two travellers' documents while the vehicle is at the lane: driver then passenger.
    const sim = app.readerSimulator!.sim
    for (const id of ['clean-passport', 'clean-id-card']) {
      const before = app.inspection.current().crossingId
      sim.present(app.samples.mrzLines(id, new Date())!)
      await until(() => (app.inspection.current().crossingId !== before ? true : undefined), 5000)
      const decided = await officer.call('inspection.decide', { decision: 'admit' })
      expect(decided.ok).toBe(true)
    }
    const withOccupants = (await officer.call('vehicleLane.current')).value as VehicleLaneSnapshot
    expect(withOccupants.vehicle!.occupants.map((o) => o.role)).toEqual(['driver', 'passenger'])

    // The driver declares three people: the counts disagree, and an occupancy alert says why.
    const declared = (await officer.call('vehicleLane.setDetails', { declaredOccupants: 3, kind: 'van' })).value as VehicleLaneSnapshot
    const occupancy = declared.vehicle!.alerts.find((a) => a.kind === 'occupancy')!
    expect(occupancy.reason).toContain('3 declared, 2 documents scanned')
    expect(declared.vehicle!.occupancy).toMatchObject({ declared: 3, documents: 2, agrees: false })

    // Closing needs every alert resolved; a dismissal needs a reason.
    expect((await officer.call('vehicleLane.close')).code).toBe('conflict')
    expect((await officer.call('vehicleLane.resolveAlert', { alertId: occupancy.id, action: 'dismiss' })).code).toBe('invalid-input')
    await officer.call('vehicleLane.resolveAlert', { alertId: occupancy.id, action: 'dismiss', reason: 'third person is a baby in a car seat, no document yet' })
    await officer.call('vehicleLane.resolveAlert', { alertId: alert.id, action: 'confirm' })
    const closed = await officer.call('vehicleLane.close')
    expect(closed.ok).toBe(true)
    expect((closed.value as VehicleLaneSnapshot).vehicle).toBeNull()

    // Everything is in the audit log, and the chain verifies.
    const actions = (app.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'vehicle%' OR action LIKE 'plate.%'").pluck().all() as string[])
    expect(actions).toEqual(expect.arrayContaining(['vehicle.opened', 'plate.read', 'vehicle.screened', 'vehicle-alert.raised', 'vehicle.occupant-added', 'vehicle.details', 'vehicle-alert.dismissed', 'vehicle-alert.confirmed', 'vehicle.closed']))
    expect(app.audit.verify().ok).toBe(true)
  })

  it('an UPDATE amends the read instead of adding a vehicle; the next plate closes the previous vehicle', async () => {
    const { app, anpr } = await laneWithAnpr()
    const plateEvent = (eventId: string, state: 'new' | 'update', plate: string) => app.vehicleLane.plateEvent('anpr-1', { camera: 'axis:1', eventId, state, plate, confidence: 0.8, at: Date.now() }, 'officer')
    plateEvent('axis:1:7', 'new', 'AA769OEQ')
    const amended = plateEvent('axis:1:7', 'update', 'AA7690EQ')
    expect(amended.vehicle!.plateReads).toHaveLength(1)
    expect(amended.vehicle!.plateReads[0]).toMatchObject({ plate: 'AA7690EQ', updates: 1 })
    expect(amended.vehicle!.plate).toBe('AA7690EQ')
    const first = amended.vehicle!.id
    const next = plateEvent('axis:1:8', 'new', 'TR 775 AX')
    expect(next.vehicle!.id).not.toBe(first)
    expect(app.vehicleLane.repo.vehicleCrossing(first)!.status).toBe('closed')
    // A listed plate read with one look-alike character still alerts, saying so.
    expect(next.vehicle!.alerts[0]).toMatchObject({ listRecordId: 'SMV-SIM-0004' })
    const lookalike = plateEvent('axis:1:9', 'new', 'KA 01 MX 2Z44')
    expect(lookalike.vehicle!.alerts[0]!.features[0]).toMatchObject({ code: 'plate-confusable' })
    void anpr
  })

  it('garbage posts to the ANPR listener are refused with a reason and change nothing', async () => {
    const { app, anpr } = await laneWithAnpr()
    for (const kind of ['bad-multipart', 'malformed-xml', 'missing-plate', 'wrong-content-type'] as const) {
      const r = await anpr.postGarbage(kind)
      expect(r.status).toBeGreaterThanOrEqual(400)
    }
    expect(app.vehicleLane.snapshot().vehicle).toBeNull()
    expect(app.devices.statuses().find((s) => s.id === 'anpr-1')!.state).toBe('online')
  })
})

describe('risk facts from vehicle crossings', () => {
  it('the driver of a vehicle that crossed three times in 14 days with other passengers each time gets the starter profile, with its reason', async () => {
    ;({ app } = await startApp())
    const a = app
    const read = (sample: string) => {
      const s = a.inspection.documentRead(a.samples.mrzLines(sample, new Date())!, { source: 'manual' }, 'officer')
      a.inspection.decide('admit', 'officer')
      return s
    }
    for (const passenger of ['clean-id-card', 'expired-passport', 'reader-slip']) {
      a.vehicleLane.startVehicle('VAN 777', 'officer')
      read('clean-passport')
      read(passenger)
      a.vehicleLane.closeVehicle('officer')
    }
    a.vehicleLane.startVehicle('VAN 777', 'officer')
    const driver = read('clean-passport')
    expect(driver.risk?.fired.map((f) => f.profileId)).toContain('vehicle-repeated-different-passengers')
    // A different vehicle with the same driver does not count.
    a.vehicleLane.closeVehicle('officer')
    a.vehicleLane.startVehicle('CAR 1', 'officer')
    expect(read('clean-passport').risk?.fired.map((f) => f.profileId) ?? []).not.toContain('vehicle-repeated-different-passengers')
  })
})

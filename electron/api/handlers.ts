// What each contract request does on the main side. Inputs arrive already
// parsed and role-checked by Connection.call.
import type { InputOf, Namespace, MethodOf } from '../../shared/api/contract'
import type { CheckpointApp } from '../app/checkpoint-app'
import { InspectionError } from '../services/inspection/inspection-service'
import { ApiError, type HandlerTable, type RequestContext } from './connection'
import { driverRegistry } from '../../drivers/registry'
import { osSerialBinding } from '../../drivers/transports/os-serial'
import { DeviceConfigError, driverWiring } from '../app/device-config'
import { ManualFieldsError, mrzFromManualFields } from '../services/documents/manual-fields'
import { RiskStoreError } from '../services/risk/risk-store-error'
import { RiskProfileInvalid } from '../../shared/risk/validation'
import { factCatalogue } from '../../shared/risk/fact-catalogue'
import { VehicleLaneError } from '../services/vehicle-lane/vehicle-lane-service'
import { CalibrationError } from '../services/xray/calibration-service'
import type { SimulatedXrayScanner } from '../../drivers/simulators/xray/simulated-xray-scanner'
import { deviceRoles, lineRoles } from '../../shared/domain/roles'
import { ExportError, FingerprintError } from '../services/fingerprints/fingerprint-module'
import { trainingHandlers } from '../services/training/training-handlers'

type Input<N extends Namespace, M extends MethodOf<N>> = InputOf<N, M>

function signedInUser(ctx: RequestContext) {
  if (!ctx.user) throw new ApiError('not-signed-in', 'Sign in first.')
  return ctx.user
}

function inspectionCall<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof InspectionError) throw new ApiError(err.code, err.message)
    throw err
  }
}

/** Local-midnight ISO timestamp: "today" is the post's day, not UTC's. */
function startOfToday(now: Date): string {
  const d = new Date(now)
  d.setHours(0, 0, 0, 0)
  return d.toISOString()
}

export function buildHandlers(app: CheckpointApp): HandlerTable {
  const now = () => app.config.now?.() ?? new Date()
  const table: { [N in Namespace]: { [M in MethodOf<N>]: (input: Input<N, M>, ctx: RequestContext) => unknown } } = {
    session: {
      signIn: async ({ username, password }, ctx) => {
        const user = await app.auth.signIn(username, password)
        if (user === 'locked') throw new ApiError('forbidden', 'Too many failed attempts: wait 30 seconds, then try again.')
        if (!user) throw new ApiError('bad-credentials', 'Wrong user name or password.')
        ctx.connection.setUser(user)
        app.signedIn(user)
        return app.toSession(user)
      },
      signOut: (_input, ctx) => {
        if (ctx.user) {
          app.auth.signOut(ctx.user)
          app.signedOut(ctx.user)
        }
        ctx.connection.setUser(null)
        return null
      },
      current: (_input, ctx) => (ctx.user ? app.toSession(ctx.user) : null),
    },
    devices: {
      list: () => app.devices.statuses(),
      drivers: () =>
        Object.values(driverRegistry)
          .filter((d) => Object.hasOwn(driverWiring, d.id))
          .map((d) => ({ id: d.id, kind: d.kind, displayName: d.displayName, capabilities: [...d.capabilities], transport: driverWiring[d.id]!.transport })),
      configuration: () => app.devices.current,
      ports: async () => {
        const sim = app.readerSimulator?.sim as { path?: unknown } | undefined
        const simulated = typeof sim?.path === 'string' ? [{ path: sim.path, manufacturer: 'Checkpoint simulator', vendorId: null, productId: null, simulated: true }] : []
        const os = await osSerialBinding()
          .list()
          .catch(() => [])
        return [...simulated, ...os.map((p) => ({ path: p.path, manufacturer: p.manufacturer ?? null, vendorId: p.vendorId ?? null, productId: p.productId ?? null, simulated: false }))]
      },
      configure: async ({ devices }, ctx) => {
        try {
          const next = await app.devices.apply(devices)
          app.audit.transaction(() =>
            app.audit.append({ actor: signedInUser(ctx).username, action: 'devices.configured', subject: 'devices', details: { devices: next.devices } }),
          )
          return next
        } catch (err) {
          if (err instanceof DeviceConfigError) throw new ApiError('invalid-input', err.message)
          throw err
        }
      },
      reconnect: async ({ id }) => {
        await app.devices.reconnect(id)
        return null
      },
    },
    inspection: {
      current: () => app.inspection.current(),
      resolveAlert: ({ alertId, action, reason }, ctx) =>
        inspectionCall(() => app.inspection.resolveAlert(alertId, action, reason, signedInUser(ctx).username)),
      decide: ({ decision }, ctx) => inspectionCall(() => app.inspection.decide(decision, signedInUser(ctx).username)),
      submitManualMrz: ({ lines }, ctx) =>
        inspectionCall(() => app.inspection.documentRead(lines.map((l) => l.trim().toUpperCase()), { source: 'manual' }, signedInUser(ctx).username)),
      submitManualFields: (fields, ctx) => {
        let lines: string[]
        try {
          lines = mrzFromManualFields(fields)
        } catch (err) {
          if (err instanceof ManualFieldsError) throw new ApiError('invalid-input', err.message)
          throw err
        }
        return inspectionCall(() => app.inspection.documentRead(lines, { source: 'manual' }, signedInUser(ctx).username))
      },
      submitWedgeRead: ({ lines }, ctx) =>
        inspectionCall(() => app.inspection.documentRead(lines, { source: 'reader', device: 'keyboard-wedge' }, signedInUser(ctx).username)),
    },
    crossings: {
      today: () => app.crossingsSince(startOfToday(now())),
    },
    alerts: {
      queue: ({ status, days }) => app.hitQueue(new Date(now().getTime() - (days ?? 7) * 86_400_000).toISOString(), status ?? 'all'),
      recordOutcome: ({ alertId, outcome }, ctx) => {
        const row = app.hitQueueRow(alertId)
        if (!row) throw new ApiError('not-found', `No alert ${alertId}.`)
        if (row.alert.status !== 'referred') throw new ApiError('conflict', 'Only a hit referred to second line has an outcome.')
        app.recordAlertOutcome(alertId, outcome, signedInUser(ctx).username)
        return app.hitQueueRow(alertId)
      },
    },
    lists: {
      status: () => app.lists.status(),
      import: async (req, ctx) => {
        // Training lists come from scenarios and the simulated samples only: real lists never enter a training workstation.
        if (app.training) throw new ApiError('forbidden', 'A training workstation imports no alert lists: its lists come from the scenarios.')
        const { file, skipBadRows, ...rest } = req
        let report
        try {
          report = await app.lists.import(file, {
            ...rest,
            skipBadRows,
            actor: signedInUser(ctx).username,
            onProgress: (p) => app.broadcastListProgress({ listId: req.listId, phase: p.phase, bytesRead: p.bytesRead, totalBytes: p.totalBytes, rows: p.rows }),
          })
        } catch (err) {
          // A file that cannot be opened, an import already running: the list in force is untouched.
          throw new ApiError('invalid-input', err instanceof Error ? err.message : String(err))
        }
        const problems = report.ok ? report.skipped : report.errors
        return {
          ok: report.ok,
          listId: report.listId,
          version: report.version,
          previousVersion: report.previousVersion,
          recordCount: report.recordCount,
          rowsRead: report.rowsRead,
          problems: problems.slice(0, 50).map((p) => ({ line: p.line, message: p.message })),
          moreProblems: Math.max(0, problems.length - 50) + (report.ok ? report.moreSkipped : report.moreErrors),
          notes: report.notes,
        }
      },
      search: ({ text }) => app.lists.search(text).map(({ listId, kind, listVersion, recordId, matchedOn, summary }) => ({ listId, kind, listVersion, recordId, matchedOn, summary })),
    },
    risk: {
      profiles: () => app.riskProfiles.list(),
      history: ({ id }) => app.riskProfiles.history(id).map((v) => ({ profile: v.profile, note: v.changeNote })),
      facts: () => Object.entries(factCatalogue).map(([name, f]) => ({ name, type: f.type, description: f.description })),
      create: ({ draft, note }, ctx) => riskCall(() => app.riskProfiles.create(draft, supervisorOf(ctx), note)),
      update: ({ id, basedOnVersion, changes, note }, ctx) => riskCall(() => app.riskProfiles.update(id, basedOnVersion, changes, supervisorOf(ctx), note)),
      retire: ({ id, basedOnVersion, note }, ctx) => riskCall(() => app.riskProfiles.retire(id, basedOnVersion, supervisorOf(ctx), note)),
      bands: () => app.riskBands.current(),
    },
    simulator: {
      samples: () => app.samples.list(),
      present: ({ sampleId }) => {
        const { sim } = requireSimulator(app)
        const lines = app.samples.mrzLines(sampleId, now())
        if (!lines) throw new ApiError('not-found', `No sample traveller "${sampleId}".`)
        if (!sim.connected) throw new ApiError('unavailable', 'The simulated reader is unplugged or reconnecting: replug it first.')
        sim.present(lines)
        return null
      },
      vehicle: async ({ action, plate, country, kind, hiddenPeople }) => {
        if (!app.simulated) throw new ApiError('unavailable', 'This workstation runs real devices: the simulator is off.')
        await app.simulatedLane.act({ action, plate, country, kind: kind ?? 'van', hiddenPeople: hiddenPeople ?? 0 })
        return null
      },
      control: async ({ action }) => {
        const { deviceId, sim } = requireSimulator(app)
        const sample = app.samples.mrzLines('clean-passport', now()) ?? []
        if (action === 'noise') sim.sendNoise(Date.now() & 0xffff)
        else if (action === 'partial') sim.sendPartial(sample)
        else if (action === 'unplug') sim.unplug()
        else {
          sim.replug()
          await (sim as Partial<{ ready(): Promise<void> }>).ready?.() // a bridge simulator restarts its server
          void app.devices.reconnect(deviceId)
        }
        return null
      },
    },
    audit: {
      verify: () => app.audit.verify(),
    },
    xray: {
      calibrations: () => app.xrayCalibration.list(),
      calibrate: ({ deviceId, darkLines, airLines }, ctx) => {
        if (app.devices.kindOf(deviceId) !== 'xray') throw new ApiError('not-found', `No X-ray scanner ${deviceId}.`)
        const sim = app.devices.simulatorsOf('xray').find((s) => s.deviceId === deviceId)?.sim as SimulatedXrayScanner | undefined
        // Real scanners deliver dark/air frames their own way (vendor service mode): not connected yet.
        if (!sim) throw new ApiError('unavailable', 'Calibration frames can be captured from the simulated scanner only; a real scanner needs its vendor service mode (not connected yet).')
        try {
          return app.xrayCalibration.calibrate(deviceId, `simulated-${deviceId}`, sim, signedInUser(ctx).username, { dark: darkLines ?? 200, air: airLines ?? 200 })
        } catch (err) {
          if (err instanceof CalibrationError) throw new ApiError(err.code === 'invalid' ? 'invalid-input' : 'unavailable', err.message)
          throw err
        }
      },
    },
    vehicleLane: {
      current: () => app.vehicleLane.snapshot(),
      start: ({ plate }, ctx) => laneCall(() => app.vehicleLane.startVehicle(plate, signedInUser(ctx).username)),
      setPlate: ({ plate, country }, ctx) => laneCall(() => app.vehicleLane.setPlate(plate, country, signedInUser(ctx).username)),
      setDetails: (details, ctx) => laneCall(() => app.vehicleLane.setDetails(details, signedInUser(ctx).username)),
      close: (_input, ctx) => laneCall(() => app.vehicleLane.closeVehicle(signedInUser(ctx).username)),
      setOccupantRole: ({ crossingId, role }, ctx) => laneCall(() => app.vehicleLane.setOccupantRole(crossingId, role, signedInUser(ctx).username)),
      removeOccupant: ({ crossingId }, ctx) => laneCall(() => app.vehicleLane.removeOccupant(crossingId, signedInUser(ctx).username)),
      linkScan: ({ scanId }, ctx) => laneCall(() => app.vehicleLane.linkScan(scanId, signedInUser(ctx).username)),
      annotateScan: ({ scanId, annotations }, ctx) => {
        const user = signedInUser(ctx).username
        return laneCall(() => app.vehicleLane.annotateScan(scanId, annotations.map((a) => ({ ...a, author: a.author ?? user })), user))
      },
      decideScan: ({ scanId, decision }, ctx) => laneCall(() => app.vehicleLane.decideScan(scanId, decision, signedInUser(ctx).username)),
      resolveAlert: ({ alertId, action, reason }, ctx) => laneCall(() => app.vehicleLane.resolveAlert(alertId, action, reason, signedInUser(ctx).username)),
    },
    fingerprints: {
      current: () => app.fingerprints.service.snapshot(),
      capture: (_input, ctx) => fingerprintCall(() => app.fingerprints.service.capture(signedInUser(ctx).username)),
      retry: (_input, ctx) => fingerprintCall(() => app.fingerprints.service.retry(signedInUser(ctx).username)),
      override: ({ reason }, ctx) => fingerprintCall(() => app.fingerprints.service.override(reason, signedInUser(ctx).username)),
      setPlan: ({ plan }) => fingerprintCall(() => app.fingerprints.service.setPlan(plan)),
      search: (_input, ctx) => fingerprintCall(() => app.fingerprints.service.search(signedInUser(ctx).username)),
      resolveCandidate: ({ candidateId, action, reason }, ctx) => fingerprintCall(() => app.fingerprints.service.resolveCandidate(candidateId, action, reason, signedInUser(ctx).username)),
      export: (_input, ctx) => {
        const crossingId = app.inspection.current().crossingId
        if (crossingId === null) throw new ApiError('conflict', 'No crossing is open: read a document first.')
        return fingerprintCall(() => app.fingerprints.exportCrossing(crossingId, signedInUser(ctx).username))
      },
      testCapture: (_input, ctx) => fingerprintCall(() => app.fingerprints.service.testCapture(signedInUser(ctx).username)),
      simulate: ({ kind, recordId }) => {
        if (!app.simulated) throw new ApiError('unavailable', 'This workstation runs real devices: the simulator is off.')
        return fingerprintCall(() => {
          app.fingerprints.simulate(kind, recordId)
          return null
        })
      },
    },
    training: trainingHandlers(app),
    media: {
      ticket: (resource, ctx) => {
        const user = signedInUser(ctx)
        if (resource.kind === 'camera') {
          if (app.devices.kindOf(resource.deviceId) !== 'camera') throw new ApiError('not-found', `No camera ${resource.deviceId}.`)
          if (!user.roles.some((r) => lineRoles.includes(r) || deviceRoles.includes(r))) throw new ApiError('forbidden', 'Live views are for line officers and technicians.')
        } else {
          if (!user.roles.some((r) => lineRoles.includes(r))) throw new ApiError('forbidden', 'Scans are for line officers.')
          if (!app.vehicleLane.repo.scan(resource.scanId)) throw new ApiError('not-found', `No scan ${resource.scanId}.`)
        }
        return app.issueMediaTicket(resource, user.username)
      },
    },
  }
  return Object.fromEntries(
    Object.entries(table).flatMap(([ns, methods]) =>
      Object.entries(methods as Record<string, (i: unknown, c: RequestContext) => unknown>).map(([m, fn]) => [`${ns}.${m}`, fn]),
    ),
  )
}

/** Fingerprint errors keep their meaning across the boundary (sync or async handlers). */
function fingerprintCall<T>(fn: () => T): T {
  const translate = (err: unknown): never => {
    if (err instanceof FingerprintError) throw new ApiError(err.code, err.message)
    if (err instanceof ExportError) throw new ApiError('conflict', err.message)
    throw err
  }
  try {
    const value = fn()
    return (value instanceof Promise ? value.catch(translate) : value) as T
  } catch (err) {
    return translate(err)
  }
}

/** Vehicle-lane errors keep their meaning across the boundary. */
function laneCall<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof VehicleLaneError) throw new ApiError(err.code === 'invalid' ? 'invalid-input' : err.code, err.message)
    throw err
  }
}

function supervisorOf(ctx: RequestContext) {
  const user = signedInUser(ctx)
  return { username: user.username, roles: user.roles }
}

/** Risk store errors keep their meaning across the boundary; invalid profiles name the path. */
function riskCall<T>(fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof RiskProfileInvalid) throw new ApiError('invalid-input', err.message)
    if (err instanceof RiskStoreError) throw new ApiError(err.code, err.message)
    throw err
  }
}

function requireSimulator(app: CheckpointApp) {
  if (!app.readerSimulator || !app.simulated) throw new ApiError('unavailable', 'This workstation runs real devices: the simulator is off.')
  return app.readerSimulator
}

// The vehicle lane as the officer sees it: one vehicle at a time, tying its plate reads, the
// people in it (traveller crossings marked driver or passenger) and its X-ray scan together,
// with the alerts that need an officer: a listed plate, and occupant counts that disagree.
import { z } from 'zod'
import { alertStatuses } from './inspection'
import { annotationCategories } from '../xray/display/annotation'

export const vehicleKinds = ['car', 'van', 'truck', 'bus', 'other'] as const
export const occupantRoles = ['driver', 'passenger'] as const
export const scanDecisions = ['clear', 'refer'] as const

export const plateReadViewSchema = z.object({
  eventId: z.string(),
  device: z.string(),
  camera: z.string(),
  plate: z.string(),
  country: z.string().nullable(),
  confidence: z.number(),
  state: z.enum(['new', 'update', 'lost']),
  direction: z.string().nullable(),
  firstAt: z.string(),
  lastAt: z.string(),
  /** How many times the camera amended this read (Axis UPDATE). */
  updates: z.number().int(),
})
export type PlateReadView = z.infer<typeof plateReadViewSchema>

export const occupantViewSchema = z.object({
  crossingId: z.number().int(),
  role: z.enum(occupantRoles),
  surname: z.string(),
  givenNames: z.string(),
  documentNumber: z.string(),
  nationality: z.string(),
  birthDate: z.string().nullable(),
  overall: z.string(),
})
export type OccupantView = z.infer<typeof occupantViewSchema>

export const scanAnnotationSchema = z
  .object({
    id: z.string().min(1).max(64),
    box: z.object({ x: z.number().min(0), y: z.number().min(0), w: z.number().positive(), h: z.number().positive() }).strict(),
    category: z.enum(annotationCategories),
    note: z.string().max(500),
    author: z.string().max(64).optional(),
    createdAt: z.string().max(40),
  })
  .strict()
export type ScanAnnotation = z.infer<typeof scanAnnotationSchema>

export const scanViewSchema = z.object({
  id: z.string(),
  vehicleCrossingId: z.number().int().nullable(),
  device: z.string(),
  scanner: z.string(),
  scannedAt: z.string(),
  energyMode: z.enum(['single', 'dual']),
  width: z.number().int(),
  height: z.number().int(),
  mmPerPixel: z.object({ x: z.number(), y: z.number() }),
  plate: z.string().nullable(),
  calibrationVersion: z.number().int().nullable(),
  annotations: z.array(scanAnnotationSchema),
  decision: z.enum(scanDecisions).nullable(),
  decidedBy: z.string().nullable(),
})
export type ScanView = z.infer<typeof scanViewSchema>

export const vehicleAlertViewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['plate-list', 'occupancy']),
  status: z.enum(alertStatuses),
  reason: z.string(),
  listId: z.string().nullable(),
  listVersion: z.string().nullable(),
  listRecordId: z.string().nullable(),
  score: z.number().nullable(),
  /** What made the alert, in words: the plate comparison, or the counts that disagree. */
  features: z.array(z.object({ code: z.string(), contribution: z.number(), detail: z.string() })),
  record: z.record(z.string(), z.string()),
  dismissReason: z.string().nullable(),
})
export type VehicleAlertView = z.infer<typeof vehicleAlertViewSchema>

/** The three counts the officer compares; null where nobody has said yet. */
export const occupancyViewSchema = z.object({
  declared: z.number().int().nullable(),
  documents: z.number().int(),
  /** Persons marked on the scan by the officer or analyst; null until the scan is reviewed. */
  markedOnScan: z.number().int().nullable(),
  agrees: z.boolean(),
})

export const vehicleCrossingViewSchema = z.object({
  id: z.number().int(),
  openedAt: z.string(),
  openedBy: z.string(),
  status: z.enum(['open', 'closed', 'interrupted']),
  plate: z.string().nullable(),
  plateCountry: z.string().nullable(),
  kind: z.enum(vehicleKinds).nullable(),
  declaredOccupants: z.number().int().nullable(),
  origin: z.string().nullable(),
  route: z.string().nullable(),
  plateReads: z.array(plateReadViewSchema),
  occupants: z.array(occupantViewSchema),
  occupancy: occupancyViewSchema,
  scan: scanViewSchema.nullable(),
  alerts: z.array(vehicleAlertViewSchema),
})
export type VehicleCrossingView = z.infer<typeof vehicleCrossingViewSchema>

export const vehicleLaneSnapshotSchema = z.object({
  lane: z.string(),
  vehicle: vehicleCrossingViewSchema.nullable(),
  /** Scans received lately that no vehicle crossing claimed (no plate, or the vehicle had left). */
  unlinkedScans: z.array(scanViewSchema),
})
export type VehicleLaneSnapshot = z.infer<typeof vehicleLaneSnapshotSchema>

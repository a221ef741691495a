// A training scenario as data: the lane's timed sequence (travellers, vehicles with their
// occupants and scans, device faults), the list entries it needs, and what the trainee is
// expected to do. Pure: parsed from YAML on the main side, shown and scored anywhere.
import { z } from 'zod'

const mrzName = z.string().trim().min(1).max(39).regex(/^[A-Z][A-Z '-]*$/, 'capital letters A–Z, spaces, apostrophes or dashes')
const stateCode = z.string().regex(/^[A-Z<]{1,3}$/, 'an ICAO state code (e.g. NLD, D, UTO)')
const yymmdd = z.string().regex(/^\d{6}$/, 'YYMMDD, six digits (quote it in YAML: "880317")')

/** The printed page of a made-up document; expiry is relative to the day of the run so scenarios never go stale. */
export const scenarioDocumentSchema = z
  .object({
    format: z.enum(['TD1', 'TD3']).default('TD3'),
    documentCode: z.string().regex(/^[A-Z][A-Z<]?$/, 'one or two letters (P, ID, I…)').default('P'),
    issuingState: stateCode,
    surname: mrzName,
    givenNames: mrzName,
    documentNumber: z.string().regex(/^[A-Z0-9]{1,9}$/, 'one to nine capital letters or digits'),
    nationality: stateCode,
    birthDate: yymmdd,
    sex: z.enum(['M', 'F', 'X']),
    /** Negative: the document expired that many days ago. */
    expiresInDays: z.number().int().min(-36500).max(36500),
  })
  .strict()
export type ScenarioDocument = z.infer<typeof scenarioDocumentSchema>

export const travellerExpectations = ['admit', 'refuse', 'refer', 'confirm-hit', 'dismiss-hit', 'confirm-fingerprint-hit', 'dismiss-fingerprint-hit'] as const
export const vehicleExpectations = ['confirm-hit', 'dismiss-hit', 'mark-scan', 'refer-scan', 'clear-scan'] as const
export type ExpectedAction = (typeof travellerExpectations)[number] | (typeof vehicleExpectations)[number]

export const scenarioTravellerSchema = z
  .object({
    /** What the trainer and the report call this traveller ("Driver", "Traveller 12"). */
    label: z.string().trim().min(1).max(80).optional(),
    /** A sample traveller of resources/simulation/travellers.json … */
    sample: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** … or a made-up document … */
    document: scenarioDocumentSchema.optional(),
    /** … or the MRZ lines exactly as the reader prints them. */
    mrz: z.array(z.string().regex(/^[A-Z0-9<]{30,44}$/, 'an MRZ line: 30 to 44 of A–Z, 0–9, <')).min(2).max(3).optional(),
    /** Briefing for the trainer (never shown to the trainee). */
    note: z.string().max(500).optional(),
    /**
     * The fingers this traveller puts on the pad when the trainee captures: their own (a seeded
     * synthetic finger), or those of a listed person (an impostor on a genuine passport: the 1:N
     * search finds the listed person). Quality as placed: good, faint or smudged.
     */
    fingers: z
      .object({
        as: z.enum(['own', 'listed']),
        /** For `listed`: the person's record id on the simulated wanted list (resources/screening/persons.sample.csv). */
        record: z.string().regex(/^[A-Za-z0-9-]{1,64}$/).optional(),
        quality: z.enum(['good', 'faint', 'smudged']).default('good'),
      })
      .strict()
      .refine((f) => f.as === 'own' || f.record !== undefined, { message: 'a listed person’s fingers need the record id', path: ['record'] })
      .optional(),
    expect: z.array(z.enum(travellerExpectations)).default([]),
  })
  .strict()
  .superRefine((t, ctx) => {
    const given = [t.sample, t.document, t.mrz].filter((x) => x !== undefined).length
    if (given !== 1) ctx.addIssue({ code: 'custom', message: 'give exactly one of sample, document or mrz' })
    const decisions = t.expect.filter((e) => e === 'admit' || e === 'refuse' || e === 'refer')
    if (decisions.length > 1) ctx.addIssue({ code: 'custom', path: ['expect'], message: 'at most one decision (admit, refuse or refer)' })
    if (t.expect.includes('confirm-hit') && t.expect.includes('dismiss-hit')) ctx.addIssue({ code: 'custom', path: ['expect'], message: 'confirm-hit and dismiss-hit contradict each other' })
    if (t.expect.includes('confirm-fingerprint-hit') && t.expect.includes('dismiss-fingerprint-hit')) {
      ctx.addIssue({ code: 'custom', path: ['expect'], message: 'confirm-fingerprint-hit and dismiss-fingerprint-hit contradict each other' })
    }
    if (t.expect.some((e) => e.endsWith('fingerprint-hit')) && t.fingers === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fingers'], message: 'a fingerprint expectation needs the traveller’s fingers (fingers: { as: own | listed })' })
    }
  })
export type ScenarioTraveller = z.infer<typeof scenarioTravellerSchema>

export const scenarioVehicleSchema = z
  .object({
    label: z.string().trim().min(1).max(80).optional(),
    plate: z.string().trim().min(1).max(20),
    country: z.string().regex(/^[A-Z]{1,3}$/).optional(),
    kind: z.enum(['car', 'van', 'truck']).default('van'),
    /** Through the X-ray portal (default) or not. */
    scan: z.boolean().default(true),
    /** People concealed in the load: the scan shows them. */
    hiddenPeople: z.number().int().min(0).max(12).default(0),
    /** The people in the vehicle who show a document, in the order they hand it over. */
    occupants: z.array(scenarioTravellerSchema).max(20).default([]),
    note: z.string().max(500).optional(),
    expect: z.array(z.enum(vehicleExpectations)).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.scan && v.expect.some((e) => e.endsWith('-scan'))) ctx.addIssue({ code: 'custom', path: ['expect'], message: 'a scan expectation needs scan: true' })
    if (v.expect.includes('refer-scan') && v.expect.includes('clear-scan')) ctx.addIssue({ code: 'custom', path: ['expect'], message: 'refer-scan and clear-scan contradict each other' })
  })
export type ScenarioVehicle = z.infer<typeof scenarioVehicleSchema>

export const deviceEvents = ['unplug', 'replug', 'noise', 'partial'] as const
export type DeviceEvent = (typeof deviceEvents)[number]

export const scenarioStepSchema = z
  .object({
    /** Not before this many seconds after the start (travellers also wait for the previous traveller's decision). */
    at: z.number().min(0).max(24 * 3600).optional(),
    traveller: scenarioTravellerSchema.optional(),
    vehicle: scenarioVehicleSchema.optional(),
    /** A fault on the simulated document reader. */
    device: z.object({ event: z.enum(deviceEvents) }).strict().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const kinds = [s.traveller, s.vehicle, s.device].filter((x) => x !== undefined).length
    if (kinds !== 1) ctx.addIssue({ code: 'custom', message: 'each step is exactly one of traveller, vehicle or device' })
  })
export type ScenarioStep = z.infer<typeof scenarioStepSchema>

const listRecordId = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'letters, digits and dashes')
const listText = z.string().trim().min(1).max(200).regex(/^[^\r\n]*$/, 'one line')

export const scenarioListsSchema = z
  .object({
    documents: z.array(z.object({ id: listRecordId, number: z.string().regex(/^[A-Z0-9]{1,12}$/), type: z.string().max(2).default('P'), issuer: stateCode, reason: listText }).strict()).default([]),
    persons: z
      .array(
        z
          .object({
            id: listRecordId,
            surname: listText,
            givenNames: listText,
            aliases: z.array(listText).default([]),
            birthDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD (quote it)').optional(),
            nationalities: z.array(z.string().regex(/^[A-Z]{2,3}$/)).default([]),
            sex: z.enum(['M', 'F']).optional(),
            reason: listText,
            noticeType: listText.optional(),
          })
          .strict(),
      )
      .default([]),
    vehicles: z.array(z.object({ id: listRecordId, plate: listText, country: z.string().regex(/^[A-Z]{1,3}$/).optional(), vin: z.string().regex(/^[A-Z0-9]{17}$/).optional(), reason: listText }).strict()).default([]),
  })
  .strict()
export type ScenarioLists = z.infer<typeof scenarioListsSchema>

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'lower-case letters, digits and dashes (3 to 64)'),
    title: z.string().trim().min(3).max(120),
    summary: z.string().trim().max(1000).default(''),
    /** The lesson: what the trainee should learn (shown to the trainer and in the report). */
    objectives: z.array(z.string().trim().min(1).max(200)).default([]),
    /** Entries added to the training lists before the run starts (the simulated sample lists stay in force too). */
    lists: scenarioListsSchema.default({ documents: [], persons: [], vehicles: [] }),
    steps: z.array(scenarioStepSchema).min(1).max(500),
  })
  .strict()
  .superRefine((s, ctx) => {
    const travellers = s.steps.reduce((n, st) => n + (st.traveller ? 1 : 0) + (st.vehicle?.occupants.length ?? 0), 0)
    if (travellers === 0 && !s.steps.some((st) => st.vehicle)) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a scenario needs at least one traveller or vehicle' })
    for (const kind of ['documents', 'persons', 'vehicles'] as const) {
      const ids = s.lists[kind].map((r) => r.id)
      const dup = ids.find((id, i) => ids.indexOf(id) !== i)
      if (dup) ctx.addIssue({ code: 'custom', path: ['lists', kind], message: `list entry id ${dup} appears twice` })
    }
  })
export type Scenario = z.infer<typeof scenarioSchema>

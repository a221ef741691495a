// FollowTheMoney entities, one JSON object per line, as OpenSanctions exports them
// (entities.ftm.json): {"id", "schema", "properties": {prop: [values]}, "caption"?, ...}.
//
//   persons   ← Person: name, alias, previousName (names; weakAlias kept in details only),
//               firstName/lastName when there is no name, birthDate (first; the others in
//               details), nationality + citizenship (alpha-2 → alpha-3), gender, topics
//               (→ noticeType), notes; the reason comes from the Sanction entities pointing at
//               the person (program, authority, reason), else from the topics.
//   documents ← Passport / Identification: number, country, type; holder → Person (its name
//               and topics make the reason).
//   vehicles  ← Vehicle: registrationNumber, vinCode, country, model, type, topics; owner and
//               Sanction entities make the reason.
// Entities of other schemas are counted and ignored. Links may point forwards or backwards in
// the file: they are staged in temp tables and applied once every line has been read.
import { countryCode } from './country-codes'
import { personRow, documentRow, vehicleRow, partialDate, type Fields } from './records'
import { CORRUPT_TEXT, tooLongMessage, type SourceResult, type SourceSink } from './source'
import { readLines } from './text-lines'

interface Entity {
  id: string
  schema: string
  caption?: string
  properties: Record<string, unknown>
}

const TOPIC_LABELS: Record<string, string> = {
  sanction: 'Sanctioned',
  'sanction.linked': 'Linked to a sanctioned entity',
  'sanction.counter': 'Counter-sanctioned',
  debarment: 'Debarred',
  crime: 'Crime',
  'crime.fraud': 'Fraud',
  'crime.cyber': 'Cybercrime',
  'crime.fin': 'Financial crime',
  'crime.env': 'Environmental crime',
  'crime.theft': 'Theft',
  'crime.war': 'War crimes',
  'crime.boss': 'Criminal leadership',
  'crime.terror': 'Terrorism',
  'crime.traffick': 'Trafficking',
  'crime.traffick.drug': 'Drug trafficking',
  'crime.traffick.human': 'Human trafficking',
  wanted: 'Wanted',
  'role.pep': 'Politically exposed person',
  'role.rca': 'Close associate of a politically exposed person',
  'role.oligarch': 'Oligarch',
  poi: 'Person of interest',
  'reg.action': 'Regulatory action',
  'reg.warn': 'Regulatory warning',
  'export.control': 'Export controls',
}

const strings = (e: Entity, prop: string): string[] => {
  const v = e.properties[prop]
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : []
}
const firstOf = (e: Entity, prop: string): string => strings(e, prop)[0] ?? ''

function topicText(topics: readonly string[]): string {
  return topics.map((t) => TOPIC_LABELS[t] ?? t).join(', ')
}

function parseEntity(text: string): { entity: Entity } | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' }
  const o = value as Record<string, unknown>
  if (typeof o.id !== 'string' || o.id === '') return { error: 'entity without an "id"' }
  if (typeof o.schema !== 'string' || o.schema === '') return { error: `entity ${o.id} without a "schema"` }
  if (typeof o.properties !== 'object' || o.properties === null || Array.isArray(o.properties)) return { error: `entity ${o.id} without "properties"` }
  return { entity: { id: o.id, schema: o.schema, caption: typeof o.caption === 'string' ? o.caption : undefined, properties: o.properties as Record<string, unknown> } }
}

function personName(e: Entity): string {
  return e.caption || firstOf(e, 'name') || [firstOf(e, 'firstName'), firstOf(e, 'lastName')].filter(Boolean).join(' ') || e.id
}

function sanctionText(e: Entity): string {
  const program = firstOf(e, 'program') || firstOf(e, 'programId')
  const authority = firstOf(e, 'authority')
  const reason = firstOf(e, 'reason') || firstOf(e, 'summary')
  const head = ['Sanctioned', program && `under ${program}`, authority && `(${authority})`].filter(Boolean).join(' ')
  return reason ? `${head}: ${reason}` : head
}

export async function importFtm(path: string, sink: SourceSink): Promise<SourceResult> {
  const db = sink.builder.db
  db.exec(`
    CREATE TEMP TABLE ftm_sanctions (entity TEXT NOT NULL, text TEXT NOT NULL);
    CREATE TEMP TABLE ftm_parties (id TEXT PRIMARY KEY, caption TEXT NOT NULL, topics TEXT NOT NULL);
    CREATE TEMP TABLE ftm_links (rowid_ INTEGER NOT NULL, party TEXT NOT NULL);
  `)
  const stageSanction = db.prepare('INSERT INTO ftm_sanctions (entity, text) VALUES (?, ?)')
  const stageParty = db.prepare('INSERT OR IGNORE INTO ftm_parties (id, caption, topics) VALUES (?, ?, ?)')
  const stageLink = db.prepare('INSERT INTO ftm_links (rowid_, party) VALUES (?, ?)')
  const ignored = new Map<string, number>()
  const dropped = new Map<string, number>()
  const drop = (why: string) => dropped.set(why, (dropped.get(why) ?? 0) + 1)
  const ignore = (schema: string) => ignored.set(schema, (ignored.get(schema) ?? 0) + 1)
  const fallbackReason = `Listed by ${sink.sourceName}`
  const knownCountry = (c: string) => {
    if (c === '' || countryCode(c) !== null) return c
    drop('country codes that are not countries')
    return ''
  }

  const onEntity = (e: Entity, line: number) => {
    const topics = strings(e, 'topics')
    if (e.schema === 'Sanction') {
      for (const target of strings(e, 'entity')) stageSanction.run(target, sanctionText(e))
      return
    }
    if (sink.kind === 'persons') {
      if (e.schema !== 'Person') return ignore(e.schema)
      sink.row()
      const names = [...strings(e, 'name'), ...strings(e, 'alias'), ...strings(e, 'previousName')]
      if (names.length === 0) {
        const composed = [firstOf(e, 'firstName'), firstOf(e, 'middleName'), firstOf(e, 'lastName')].filter(Boolean).join(' ')
        if (composed) names.push(composed)
      }
      const births = strings(e, 'birthDate')
        .map((d) => partialDate(d))
        .flatMap((d) => (d.ok && d.date ? [d.date] : []))
      const notes = firstOf(e, 'notes') || firstOf(e, 'summary')
      const fields: Fields = {
        id: e.id,
        name: names[0] ?? '',
        aliases: names.slice(1),
        birth_date: births[0] ?? '',
        nationalities: [...strings(e, 'nationality'), ...strings(e, 'citizenship')],
        sex: firstOf(e, 'gender'),
        reason: topics.length ? `${topicText(topics)}${notes ? `: ${notes.slice(0, 500)}` : ''}` : notes.slice(0, 500) || fallbackReason,
        notice_type: topics.join(',') || undefined,
      }
      const extra = {
        otherBirthDates: births.slice(1),
        weakAliases: strings(e, 'weakAlias'),
        topics,
        birthPlace: strings(e, 'birthPlace'),
        datasets: Array.isArray((e as unknown as { datasets?: unknown }).datasets) ? (e as unknown as { datasets: unknown[] }).datasets : undefined,
      }
      // FtM country lists include codes that are no state (zz "global"): drop those, do not fail.
      const allCountries = fields.nationalities as string[]
      fields.nationalities = allCountries.filter((c) => countryCode(c) !== null)
      if (fields.nationalities.length < allCountries.length) drop('nationality codes that are not countries')
      const result = personRow(fields, extra)
      if (!result.ok) return sink.bad({ line, message: result.message, recordId: result.recordId })
      sink.add(result.row, line)
      return
    }
    if (sink.kind === 'documents') {
      if (e.schema === 'Person' || e.schema === 'LegalEntity') return void stageParty.run(e.id, personName(e), topicText(topics))
      if (e.schema !== 'Passport' && e.schema !== 'Identification') return ignore(e.schema)
      sink.row()
      const number = firstOf(e, 'number') || firstOf(e, 'passportNumber')
      if (!number) return drop(`${e.schema} without a number`)
      const holder = firstOf(e, 'holder')
      const result = documentRow({
        id: e.id,
        number,
        issuer: knownCountry(firstOf(e, 'country')),
        type: firstOf(e, 'type') || (e.schema === 'Passport' ? 'passport' : ''),
        reason: holder ? `Document of a listed person (${holder})` : fallbackReason,
      })
      if (!result.ok) return sink.bad({ line, message: result.message, recordId: result.recordId })
      const rowid = sink.builder.count + 1
      sink.add(result.row, line)
      if (holder) stageLink.run(rowid, holder)
      return
    }
    // vehicles
    if (e.schema === 'Person' || e.schema === 'Company' || e.schema === 'Organization' || e.schema === 'LegalEntity') {
      return void stageParty.run(e.id, personName(e), topicText(topics))
    }
    if (e.schema !== 'Vehicle') return ignore(e.schema)
    sink.row()
    const owner = firstOf(e, 'owner') || firstOf(e, 'operator')
    const result = vehicleRow(
      {
        id: e.id,
        plate: firstOf(e, 'registrationNumber'),
        vin: firstOf(e, 'vinCode'),
        country: knownCountry(firstOf(e, 'country')),
        model: firstOf(e, 'model'),
        reason: topics.length ? topicText(topics) : owner ? `Vehicle of a listed party (${owner})` : fallbackReason,
      },
      { name: strings(e, 'name'), type: strings(e, 'type'), topics },
    )
    if (!result.ok) return sink.bad({ line, message: result.message, recordId: result.recordId })
    const rowid = sink.builder.count + 1
    sink.add(result.row, line)
    if (owner) stageLink.run(rowid, owner)
  }

  const file = await readLines(
    path,
    (event) => {
      if (event.kind === 'too-long') {
        sink.row()
        return sink.bad({ line: event.no, message: tooLongMessage(event.bytes, sink.maxLineBytes) })
      }
      const text = event.text.trim()
      if (text === '') return
      if (CORRUPT_TEXT.test(text)) {
        sink.row()
        return sink.bad({ line: event.no, message: 'holds control characters or undecodable bytes (corrupted?)' })
      }
      const parsed = parseEntity(text)
      if ('error' in parsed) {
        sink.row()
        return sink.bad({ line: event.no, message: parsed.error })
      }
      onEntity(parsed.entity, event.no)
    },
    { maxLineBytes: sink.maxLineBytes, onBytes: (r, t) => sink.bytes(r, t), shouldStop: () => sink.stop() },
  )
  if (ignored.size) sink.note(`entities of other schemas ignored: ${[...ignored].map(([s, n]) => `${s} ${n}`).join(', ')}`)
  if (dropped.size) sink.note(`entities left out: ${[...dropped].map(([s, n]) => `${s} ${n}`).join(', ')}`)

  const table = sink.kind
  const finish = () => {
    // Sanctions name the programme: the best reason a record can have.
    db.exec(`
      UPDATE ${table} SET reason = s.text
        FROM (SELECT entity, group_concat(text, '; ') AS text FROM ftm_sanctions GROUP BY entity) AS s
        WHERE ${table}.record_id = s.entity;
    `)
    if (table === 'documents') {
      db.exec(`
        UPDATE documents SET reason = 'Document of listed person ' || p.caption || CASE WHEN p.topics <> '' THEN ' (' || p.topics || ')' ELSE '' END,
            details = json_object('holder', l.party, 'holderName', p.caption)
          FROM ftm_links AS l JOIN ftm_parties AS p ON p.id = l.party
          WHERE documents.rowid = l.rowid_;
        -- A holder that is sanctioned: its sanction is the document's reason.
        UPDATE documents SET reason = reason || '; ' || s.text
          FROM ftm_links AS l JOIN (SELECT entity, group_concat(text, '; ') AS text FROM ftm_sanctions GROUP BY entity) AS s ON s.entity = l.party
          WHERE documents.rowid = l.rowid_;
      `)
    }
    if (table === 'vehicles') {
      db.exec(`
        UPDATE vehicles SET reason = reason || '; owner: ' || p.caption || CASE WHEN p.topics <> '' THEN ' (' || p.topics || ')' ELSE '' END
          FROM ftm_links AS l JOIN ftm_parties AS p ON p.id = l.party
          WHERE vehicles.rowid = l.rowid_;
      `)
    }
    db.exec('DROP TABLE ftm_sanctions; DROP TABLE ftm_parties; DROP TABLE ftm_links;')
  }
  return { file, finish }
}

// Person lists from CSV, OpenSanctions FollowTheMoney entities and INTERPOL notices; candidate
// retrieval by name keys.
import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { nameIndexKeys } from '../../shared/screening/name-keys'
import type { ListedPerson } from '../../shared/screening/types'
import { openTestStore, samplesDir, type TestStore } from './helpers'

let t: TestStore
afterEach(() => t?.dispose())

const keysOf = (...names: string[]) => [...new Set(names.flatMap(nameIndexKeys))]

describe('persons from CSV', () => {
  it('keeps names and aliases, partial birth dates, nationalities as alpha-3 and retrieves by name keys', async () => {
    t = openTestStore()
    const r = await t.import(join(samplesDir, 'persons.sample.csv'), { listId: 'wanted', kind: 'persons', format: 'csv', version: 'v1' })
    expect(r).toMatchObject({ ok: true, recordCount: 4 })
    const [hoxha] = t.store.findPersonCandidates(keysOf('HOXHA, ARBEN'), 10)
    // A PersonCandidate is a ListedPerson: it goes to the scorer as is.
    const listed: ListedPerson = hoxha!
    expect(listed).toMatchObject({
      listId: 'wanted',
      recordId: 'PERS-SIM-0001',
      names: ['Hoxha, Arben', 'Arben Hoxa', 'Benny Hoxha'],
      birthDate: '1982-02-19',
      nationalities: ['ALB'],
      sex: 'M',
      noticeType: 'national wanted',
      photoRef: null,
    })
    expect(hoxha).toMatchObject({ listVersion: 'v1', details: { surname: 'Hoxha', givenNames: 'Arben' } })
    expect(hoxha!.sharedKeys.length).toBeGreaterThan(0)
    const petrova = t.store.findPersonCandidates(keysOf('Jelena Petrovic'), 10).find((p) => p.recordId === 'PERS-SIM-0004')!
    expect(petrova).toMatchObject({ birthDate: '1990-06-30', nationalities: ['RUS', 'BLR'], sex: 'F' })
    const kovacevic = t.store.findPersonCandidates(keysOf('KOVACEVIC DRAGAN'), 10)[0]!
    expect(kovacevic).toMatchObject({ recordId: 'PERS-SIM-0002', birthDate: '1975-10', nationalities: ['SRB', 'BIH'] })
    expect(t.store.findPersonCandidates(keysOf('Zahrani'), 10).map((p) => [p.recordId, p.birthDate])).toEqual([['PERS-SIM-0003', '1979']])
  })

  it('returns each person once per list, ranked by the keys shared, at most `limit`', async () => {
    t = openTestStore()
    const rows = ['id,name,aliases,reason', 'A,Ivan Petrov,Ivan Petroff|Petrov Ivan,x', 'B,Ivan Sidorov,,x', 'C,Olga Petrova,,x', 'D,Boris Johnson,,x']
    await t.import(t.file('p.csv', rows.join('\n')), { listId: 'p', kind: 'persons', format: 'csv' })
    const found = t.store.findPersonCandidates(keysOf('PETROV, IVAN'), 10)
    expect(found.map((p) => p.recordId)[0]).toBe('A')
    expect(new Set(found.map((p) => p.recordId)).size).toBe(found.length)
    expect(found.map((p) => p.recordId)).not.toContain('D')
    expect(t.store.findPersonCandidates(keysOf('PETROV, IVAN'), 1)).toHaveLength(1)
    expect(t.store.findPersonCandidates([], 10)).toEqual([])
  })

  it('rejects impossible dates, unknown sexes and codes that are no country', async () => {
    t = openTestStore()
    const rows = ['id,name,birth_date,sex,nationalities,reason', 'A,X Y,1980-02-30,M,DEU,x', 'B,X Y,1980-02,Q,DEU,x', 'C,X Y,19800,M,DEU,x', 'D,X Y,1980-00-00,M,XY,x', 'E,X Y,1980-00-00,,D,x']
    const r = await t.import(t.file('p.csv', rows.join('\n')), { listId: 'p', kind: 'persons', format: 'csv', skipBadRows: true })
    expect(r.skipped.map((s) => [s.line, s.message])).toEqual([
      [2, 'birth date "1980-02-30": no day 30 in that month'],
      [3, 'sex "Q" is not M, F or empty'],
      [4, 'birth date "19800" is not YYYY, YYYY-MM or YYYY-MM-DD'],
      [5, 'nationality "XY" is not a country code'],
    ])
    expect(t.store.search('E')[0]!.record).toMatchObject({ birthDate: '1980', nationalities: ['DEU'], sex: null })
  })
})

describe('persons from OpenSanctions (FollowTheMoney)', () => {
  it('maps Person entities, takes the reason from the Sanction pointing at them and ignores other schemas', async () => {
    t = openTestStore()
    const r = await t.import(join(samplesDir, 'opensanctions.sample.ftm.jsonl'), { listId: 'os', kind: 'persons', format: 'ftm', source: 'OpenSanctions' })
    expect(r).toMatchObject({ ok: true, recordCount: 2 })
    expect(r.notes).toContain('entities of other schemas ignored: Passport 1, Identification 1, Company 1, Vehicle 1')
    const [simulov] = t.store.findPersonCandidates(keysOf('SIMULOV, VIKTOR'), 5)
    expect(simulov).toMatchObject({
      recordId: 'sim-ftm-person-1',
      names: ['Viktor SIMULOV', 'Viktor Simulow', 'Віктор Симулов'],
      birthDate: '1968-04-02',
      nationalities: ['RUS', 'CYP'],
      sex: 'M',
      noticeType: 'sanction',
      reason: 'Sanctioned under SIM-2026 Arms embargo (Simulated Council): Supplying components for prohibited weapons',
      details: expect.objectContaining({ weakAliases: ['The Engineer'], otherBirthDates: ['1968'], topics: ['sanction'] }),
    })
    const [belkadi] = t.store.findPersonCandidates(keysOf('Amina Belkadi'), 5)
    expect(belkadi).toMatchObject({ birthDate: '1985-09', nationalities: ['DZA', 'FRA'], sex: 'F', reason: 'Human trafficking, Wanted', noticeType: 'crime.traffick.human,wanted' })
  })

  it('reports lines that are not entities and keeps going under skipBadRows', async () => {
    t = openTestStore()
    const lines = [
      '{"id":"p1","schema":"Person","properties":{"name":["Good Person"]}}',
      '{"id":"p2","schema":"Person","properties":{"name":["Cut Sho',
      '[1,2]',
      '{"schema":"Person","properties":{}}',
      '{"id":"p5","schema":"Person","properties":{"name":["Bad Date"],"birthDate":["1970-13-01"]}}',
      '{"id":"p6","schema":"Person","properties":{"name":["Odd Country"],"nationality":["zz","de"]}}',
    ]
    const r = await t.import(t.file('e.jsonl', lines.join('\n')), { listId: 'os', kind: 'persons', format: 'ftm', skipBadRows: true })
    expect(r).toMatchObject({ ok: true, recordCount: 3 })
    expect(r.skipped.map((s) => [s.line, s.message.replace(/\(.*\)/, '(…)')])).toEqual([
      [2, 'not valid JSON (…)'],
      [3, 'not a JSON object'],
      [4, 'entity without an "id"'],
    ])
    // An unparseable date among FtM's many is dropped, not fatal; so is the "zz" pseudo-country.
    expect(t.store.search('p5')[0]!.record).toMatchObject({ birthDate: null })
    expect(t.store.search('p6')[0]!.record).toMatchObject({ nationalities: ['DEU'] })
    expect(r.notes).toContain('entities left out: nationality codes that are not countries 1')
  })
})

describe('persons from INTERPOL notices', () => {
  it('maps the public Notices API page: names, YYYY/MM/DD dates, alpha-2 nationalities, sex, warrants, notice colour, photo', async () => {
    t = openTestStore()
    const r = await t.import(join(samplesDir, 'interpol-red.sample.json'), { listId: 'interpol-red', kind: 'persons', format: 'interpol' })
    expect(r).toMatchObject({ ok: true, recordCount: 3 })
    const [simulic] = t.store.findPersonCandidates(keysOf('SIMULIC, DARKO'), 5)
    expect(simulic).toMatchObject({
      recordId: '2026/90001',
      names: ['SIMULIC, DARKO'],
      birthDate: '1981-07-14',
      nationalities: ['HRV', 'BIH'],
      sex: 'M',
      noticeType: 'INTERPOL red notice',
      reason: 'Wanted (INTERPOL red notice): HR: Trafficking in human beings; organised crime',
      photoRef: 'https://ws-public.interpol.int/notices/v1/red/2026-90001/images/1',
      details: expect.objectContaining({ placeOfBirth: 'Simulated town', height: 1.82, countryOfBirth: 'HR' }),
    })
    expect(t.store.search('2026/90003')[0]!.record).toMatchObject({ birthDate: '1974-03', sex: null, reason: expect.stringContaining('charges not published') })
  })

  it('takes arrays of pages, single notices and JSON Lines; a cut-off file fails with the line it ends on', async () => {
    t = openTestStore()
    const notice = (id: string, name: string) => ({ entity_id: id, name, forename: 'A', nationalities: ['FR'], _links: { self: { href: `https://ws-public.interpol.int/notices/v1/yellow/${id.replace('/', '-')}` } } })
    const pages = [{ _embedded: { notices: [notice('2026/1', 'ONE')] } }, { _embedded: { notices: [notice('2026/2', 'TWO')] } }]
    expect(await t.import(t.file('pages.json', JSON.stringify(pages)), { listId: 'y', kind: 'persons', format: 'interpol' })).toMatchObject({ ok: true, recordCount: 2 })
    expect(t.store.search('2026/1')[0]!.record).toMatchObject({ noticeType: 'INTERPOL yellow notice', reason: 'Missing person (INTERPOL yellow notice)' })
    const jsonl = [JSON.stringify(notice('2026/3', 'THREE')), JSON.stringify(pages[0]), '{"broken":']
    const r = await t.import(t.file('n.jsonl', jsonl.join('\n')), { listId: 'y2', kind: 'persons', format: 'interpol' })
    expect(r).toMatchObject({ ok: false, errors: [{ line: 3, message: expect.stringContaining('not valid JSON') }] })

    const text = JSON.stringify({ _embedded: { notices: [notice('2026/4', 'FOUR'), notice('2026/5', 'FIVE')] } }, null, 2)
    const cut = await t.import(t.file('cut.json', text.slice(0, text.length - 60)), { listId: 'y3', kind: 'persons', format: 'interpol', skipBadRows: true })
    expect(cut.ok).toBe(false)
    expect(cut.errors[0]!.message).toContain('cut short')
    expect(cut.errors[0]!.line).toBe(text.slice(0, text.length - 60).split('\n').length)
    const noId = await t.import(t.file('noid.json', text.replace('"2026/5"', '""')), { listId: 'y4', kind: 'persons', format: 'interpol' })
    expect(noId).toMatchObject({ ok: false, errors: [{ message: 'notice #2 has no entity_id' }] })
    expect(noId.errors[0]!.line).toBeGreaterThan(1)
  })

  it('refuses INTERPOL notices for a kind other than persons', async () => {
    t = openTestStore()
    await expect(t.import(join(samplesDir, 'interpol-red.sample.json'), { listId: 'x', kind: 'documents', format: 'interpol' })).rejects.toThrow(/persons/)
  })
})

describe('a common name with many namesakes', () => {
  it('puts the namesake born in the traveller’s year among the candidates, however many namesakes precede it', async () => {
    t = openTestStore()
    const rows = ['id,surname,given_names,aliases,birth_date,nationalities,sex,reason,notice_type,photo_ref']
    for (let i = 0; i < 120; i++) rows.push(`NS-${i},Ali,Mohammed,,${1950 + (i % 30)}-01-0${1 + (i % 9)},SYR,M,Namesake ${i},national,`)
    rows.push('WANTED-1,Ali,Mohammed,,1993-05-14,SYR,M,Wanted: smuggling ring organiser,national wanted,')
    const r = await t.import(t.file('namesakes.csv', `${rows.join('\n')}\n`), { listId: 'wanted', kind: 'persons', format: 'csv' })
    expect(r).toMatchObject({ ok: true, recordCount: 121 })
    const keys = nameIndexKeys('ALI, Mohammed')
    // Without the birth date the wanted person (last row) is beyond the 50 tied namesakes.
    expect(t.store.findPersonCandidates(keys, 50).map((c) => c.recordId)).not.toContain('WANTED-1')
    // With it, it is scored.
    expect(t.store.findPersonCandidates(keys, 50, '1993-05-14').map((c) => c.recordId)).toContain('WANTED-1')
  })
})

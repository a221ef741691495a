// Name-screening throughput: scorePerson calls and nameIndexKeys per second on generated names
// (Latin and Cyrillic, with aliases, particles and birth dates), as the list store would run
// them: keys for every listed name at import, scoring for each retrieved candidate at a crossing.
// Not registered in bench/run.ts; run with: npx tsx -e "import('./bench/name-bench.ts').then(m => console.log(m.nameBench()))"
import { nameIndexKeys } from '../shared/screening/name-keys'
import { scorePerson } from '../shared/screening/score-person'
import type { ListedPerson, PersonQuery } from '../shared/screening/types'

type Results = Record<string, { value: number; unit: string }>

const PERSONS = 2_000
const WARM_UP_ROUNDS = 2
const TIMED_ROUNDS = 5
const SEED = 9303

const SURNAMES = ['AL-ZAHRANI', 'IVANOV', 'MÜLLER', 'GARCIA LOPEZ', 'VAN DER BERG', 'KHAN', 'NGUYEN', 'OKAFOR', 'HOSSEINI', 'SHCHERBAKOV', 'Щербаков', 'Коваленко', 'ABDUL RAHMAN', 'DA SILVA', 'SCHMIDT', 'KOWALSKA', 'YILMAZ', 'BIN LADEN', 'PETROVIĆ', "O'BRIEN"]
const GIVEN = ['MOHAMMED', 'Sergei', 'Jürgen', 'MARIA ELENA', 'Jan', 'IMRAN', 'VAN THANH', 'CHUKWUEMEKA', 'ALI REZA', 'YURI', 'Юлия', 'Олександр', 'KHALID', 'LUIZ INACIO', 'HANS PETER', 'AGNIESZKA', 'HÜSEYIN', 'OSAMA', 'MILAN', 'SEAN']

/** Mulberry32: a tiny seeded generator so every run benches the same names. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function corpus(): { persons: ListedPerson[]; queries: PersonQuery[] } {
  const next = random(SEED)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const typo = (name: string): string => {
    const at = 1 + Math.floor(next() * Math.max(1, name.length - 2))
    return name.slice(0, at) + name.slice(at + 1)
  }
  const persons: ListedPerson[] = []
  const queries: PersonQuery[] = []
  for (let i = 0; i < PERSONS; i++) {
    const surname = pick(SURNAMES)
    const given = pick(GIVEN)
    const year = 1950 + Math.floor(next() * 55)
    const names = [`${surname}, ${given}`, ...(next() < 0.5 ? [`${given} ${pick(SURNAMES)}`] : []), ...(next() < 0.2 ? [`${pick(SURNAMES)}, ${pick(GIVEN)}`] : [])]
    persons.push({
      listId: 'bench',
      recordId: String(i),
      names,
      birthDate: next() < 0.3 ? String(year) : `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      nationalities: [pick(['SAU', 'RUS', 'DEU', 'ESP', 'NLD', 'PAK', 'VNM', 'NGA'])],
      sex: next() < 0.5 ? 'M' : 'F',
      reason: 'bench',
      noticeType: null,
      photoRef: null,
    })
    queries.push({
      surname: next() < 0.3 ? typo(surname) : surname,
      givenNames: given,
      birthDate: `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      nationality: pick(['SAU', 'RUS', 'DEU', 'D', 'ESP']),
      sex: next() < 0.5 ? 'M' : 'F',
    })
  }
  return { persons, queries }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Operations per second of `run` (which returns how many it did), median of the timed rounds. */
function rate(run: () => number): number {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) run()
  const rates: number[] = []
  for (let i = 0; i < TIMED_ROUNDS; i++) {
    const started = performance.now()
    const done = run()
    rates.push(done / ((performance.now() - started) / 1000))
  }
  return median(rates)
}

export function nameBench(): Results {
  const { persons, queries } = corpus()
  const names = persons.flatMap((p) => p.names)
  let sink = 0 // keeps the work observable so it cannot be optimised away
  const scoreRate = rate(() => {
    for (let i = 0; i < persons.length; i++) sink += scorePerson(queries[i] as PersonQuery, persons[i] as ListedPerson).score
    return persons.length
  })
  const keyRate = rate(() => {
    for (const name of names) sink += nameIndexKeys(name).length
    return names.length
  })
  if (!Number.isFinite(sink)) throw new Error('bench produced no result')
  return {
    name_score_person_per_second: { value: Math.round(scoreRate), unit: 'calls/s' },
    name_index_keys_per_second: { value: Math.round(keyRate), unit: 'names/s' },
    name_bench_listed_persons: { value: persons.length, unit: 'persons' },
    name_bench_listed_names: { value: names.length, unit: 'names' },
  }
}

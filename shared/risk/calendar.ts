// Calendar arithmetic for facts: the post's local clock (time zone explicit,
// never the machine's by accident), ages and day counts on ISO dates.
const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type DayOfWeek = (typeof days)[number]

export interface PostClock {
  /** yyyy-mm-dd at the post. */
  date: string
  hour: number
  dayOfWeek: DayOfWeek
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The local date, hour and weekday at the post for an instant. */
export function postClock(at: Date, timeZone: string): PostClock {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const date = `${part('year')}-${part('month')}-${part('day')}`
  return { date, hour: Number(part('hour')), dayOfWeek: days[new Date(`${date}T00:00:00Z`).getUTCDay()]! }
}

/** Full years on `on` (yyyy-mm-dd); null unless the birth date is a full ISO date. */
export function ageOn(birthDate: string | null, on: string): number | null {
  const b = birthDate ? ISO_DATE.exec(birthDate) : null
  const d = ISO_DATE.exec(on)
  if (!b || !d) return null
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])]
  const [y, m, dd] = [Number(d[1]), Number(d[2]), Number(d[3])]
  const age = y - by - (m < bm || (m === bm && dd < bd) ? 1 : 0)
  return age >= 0 ? age : null
}

/** Whole days from `from` to `to` (both yyyy-mm-dd); null unless both are full ISO dates. */
export function daysBetween(from: string, to: string | null): number | null {
  if (!to || !ISO_DATE.test(from) || !ISO_DATE.test(to)) return null
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** Hours from `earlier` to `later`, both ISO instants. */
export function hoursBetween(earlier: string, later: string): number {
  return (Date.parse(later) - Date.parse(earlier)) / 3_600_000
}

// Today's year for the birth-date century pivot when the caller gives no `today`.
// `new Date().getFullYear()` (clock read plus time-zone lookup) was the largest single cost of a
// parse, so the year is kept with the instants where it is known to hold and recomputed past them.
// Exact, not a time-based cache: the first parse after local New Year's midnight sees the new year.

let cachedYear = Number.NaN
let validFrom = Number.POSITIVE_INFINITY
let validUntil = Number.NEGATIVE_INFINITY

export function currentLocalYear(): number {
  const now = Date.now()
  if (now >= validFrom && now < validUntil) return cachedYear
  const year = new Date(now).getFullYear()
  cachedYear = year
  validFrom = new Date(year, 0, 1).getTime()
  validUntil = new Date(year + 1, 0, 1).getTime()
  return year
}

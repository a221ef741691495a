/** One forward-only schema step. Never edit a released one: add the next. */
export interface Migration {
  version: number
  name: string
  sql: string
}

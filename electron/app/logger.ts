import type { Logger } from '../../drivers/core/driver'

/** Plain stderr logger. Never pass request inputs to it: they may hold passwords. */
export function consoleLogger(scope: string, quiet = false): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    if (quiet && level === 'info') return
    process.stderr.write(`${new Date().toISOString()} ${level} [${scope}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`)
  }
  return { info: write('info'), warn: write('warn'), error: write('error') }
}

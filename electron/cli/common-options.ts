// Options every `checkpoint` command understands, and the command-line parsing they share.
import { parseArgs, type ParseArgsConfig } from 'node:util'

export const commonOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const

/**
 * The command line with the common options and the command's own; a usage error is written with
 * the command's usage text and answers null (the caller exits with 2).
 */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, usage: string, err: NodeJS.WritableStream) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { ...commonOptions, ...options } })
  } catch (e) {
    err.write(`${(e as Error).message}\n\n${usage}`)
    return null
  }
}

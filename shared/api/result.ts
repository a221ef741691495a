// Requests never throw across the renderer↔main boundary: they return a Result.
// (Electron keeps only `message` of an error thrown by ipcMain.handle.)
import { z } from 'zod'

export const errorCodes = [
  'invalid-input',
  'not-signed-in',
  'forbidden',
  'bad-credentials',
  'not-found',
  'conflict',
  'unavailable',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, code, message })

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), code: z.enum(errorCodes), message: z.string() }),
  ])
}

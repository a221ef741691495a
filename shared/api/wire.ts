// The web host's WebSocket framing (Electron uses IPC channels instead).
import { z } from 'zod'

export const clientMessageSchema = z.object({
  t: z.literal('req'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(64),
  input: z.unknown(),
})
export type ClientMessage = z.infer<typeof clientMessageSchema>

export type ServerMessage =
  | { t: 'res'; id: number; result: unknown }
  | { t: 'evt'; event: string; payload: unknown }

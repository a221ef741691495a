import { z } from 'zod'

export const listKinds = ['documents', 'persons', 'vehicles'] as const
export const listFormats = ['csv', 'ftm', 'interpol', 'delta'] as const

export const listStatusSchema = z.object({
  listId: z.string(),
  kind: z.enum(listKinds),
  name: z.string(),
  version: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  recordCount: z.number().int(),
  matchThreshold: z.number().nullable(),
  source: z.string(),
  format: z.enum(listFormats),
  staleKeys: z.boolean(),
})
export type ListStatusView = z.infer<typeof listStatusSchema>

export const listImportRequestSchema = z
  .object({
    /** A file on the workstation (absolute path): lists arrive on removable media or a share. */
    file: z.string().min(2).max(1024).startsWith('/'),
    listId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes'),
    kind: z.enum(listKinds),
    format: z.enum(listFormats),
    name: z.string().max(200).optional(),
    source: z.string().max(200).optional(),
    version: z.string().max(64).optional(),
    skipBadRows: z.boolean().default(false),
  })
  .strict()

export const listImportReportSchema = z.object({
  ok: z.boolean(),
  listId: z.string(),
  version: z.string(),
  previousVersion: z.string().nullable(),
  recordCount: z.number().int(),
  rowsRead: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
  moreProblems: z.number().int(),
  notes: z.array(z.string()),
})
export type ListImportReport = z.infer<typeof listImportReportSchema>

export const listImportProgressSchema = z.object({
  listId: z.string(),
  phase: z.string(),
  bytesRead: z.number(),
  totalBytes: z.number(),
  rows: z.number().int(),
})
export type ListImportProgress = z.infer<typeof listImportProgressSchema>

export const listSearchHitSchema = z.object({ listId: z.string(), kind: z.enum(listKinds), listVersion: z.string(), recordId: z.string(), matchedOn: z.string(), summary: z.string() })

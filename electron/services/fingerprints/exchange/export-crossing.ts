// Writes a crossing's stored captures as an ANSI/NIST-ITL 1-2011 file
// (Type-1 + one Type-14 per finger, images as the stored PNG) into the data
// folder's exports/, audited. The file is written whole then renamed, so a
// half-written transaction is never left under its final name.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AuditLog } from '../../audit/audit-log'
import type { FingerprintRepository } from '../fingerprint-repository'
import { encodeTransaction } from './ansi-nist-transaction'

export interface ExportSettings {
  /** 1.008 ORI and 14.004 SRC: this post's agency identifier. */
  originatingAgency: string
  /** 1.007 DAI: who the file is for. */
  destinationAgency: string
  /** 1.004 TOT. */
  transactionType: string
}

export const defaultExportSettings: ExportSettings = { originatingAgency: 'CHECKPOINT', destinationAgency: 'NONE', transactionType: 'CHK' }

export class ExportError extends Error {
  override readonly name = 'ExportError'
}

export function exportCrossing(
  deps: { repo: FingerprintRepository; audit: AuditLog; dataDir: string; lane: string; now: () => Date },
  crossingId: number,
  actor: string,
  settings: ExportSettings = defaultExportSettings,
): { file: string; bytes: number; records: number } {
  const rows = deps.repo.capturesFor(crossingId)
  if (rows.length === 0) throw new ExportError(`Crossing ${crossingId} has no fingerprints to export.`)
  const at = deps.now()
  const bytes = encodeTransaction(
    { type: settings.transactionType, destinationAgency: settings.destinationAgency, originatingAgency: settings.originatingAgency, controlNumber: `${deps.lane}-${crossingId}`, at, domain: { name: 'CHECKPOINT', version: '1.0' } },
    rows.map((r) => ({ position: r.position, width: r.width, height: r.height, ppi: r.ppi, compression: 'PNG' as const, data: r.image_png, quality: r.quality, sourceAgency: settings.originatingAgency, capturedAt: new Date(r.captured_at) })),
  )
  const dir = join(deps.dataDir, 'exports')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `crossing-${crossingId}-${at.toISOString().replace(/[:.]/g, '-')}.an2`)
  deps.audit.transaction(() => {
    writeFileSync(`${file}.tmp`, bytes)
    renameSync(`${file}.tmp`, file)
    deps.audit.append({ actor, action: 'fingerprint.exported', subject: `crossing:${crossingId}`, details: { file, bytes: bytes.length, fingers: rows.map((r) => r.position), format: 'ANSI/NIST-ITL 1-2011' } })
  })
  return { file, bytes: bytes.length, records: rows.length + 1 }
}

// Scan planes on disk: one file per scan under <data>/scans/, the high plane then the low plane
// as uint16 little-endian, written to a temporary name, fsynced and renamed: the file is either
// whole or absent (a stray .tmp at worst). The lane writes it in the background (the row says
// 'writing' until then) so the officer's first look does not wait for the disk.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileDurablyAsync } from '../../store/durable-file'

export const scansDir = (dataDir: string) => join(dataDir, 'scans')

/** A file name from a scanner's scan id that can never leave the scans folder. */
export function scanFileName(scanId: string): string {
  return `${scanId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}-${Date.now().toString(36)}.u16`
}

export function readScanPlanes(dataDir: string, fileName: string): Buffer {
  return readFileSync(join(scansDir(dataDir), fileName))
}

/** Writes the planes file off the main loop; resolves once it is durable. */
export async function writeScanPlanesAsync(dataDir: string, fileName: string, planes: Uint8Array): Promise<void> {
  await writeFileDurablyAsync(join(scansDir(dataDir), fileName), planes)
}

/** The planes of both energies as one buffer: high then low. */
export function joinPlanes(high: Uint16Array, low: Uint16Array | undefined): Uint8Array {
  const out = new Uint8Array(high.byteLength + (low?.byteLength ?? 0))
  out.set(new Uint8Array(high.buffer, high.byteOffset, high.byteLength), 0)
  if (low) out.set(new Uint8Array(low.buffer, low.byteOffset, low.byteLength), high.byteLength)
  return out
}

/** Size of a stored planes file, or null when it is missing. */
export function scanFileSize(dataDir: string, fileName: string): number | null {
  try {
    return statSync(join(scansDir(dataDir), fileName)).size
  } catch {
    return null
  }
}

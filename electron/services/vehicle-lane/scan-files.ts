// Scan planes on disk: one file per scan under <data>/scans/, the high plane then the low plane
// as uint16 little-endian, written to a temporary name, fsynced and renamed: the file is either
// whole or absent (a stray .tmp at worst). The lane writes it in the background (the row says
// 'writing' until then) so the officer's first look does not wait for the disk.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs'
import { open as openAsync, mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'

export const scansDir = (dataDir: string) => join(dataDir, 'scans')

/** A file name from a scanner's scan id that can never leave the scans folder. */
export function scanFileName(scanId: string): string {
  return `${scanId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}-${Date.now().toString(36)}.u16`
}

export function writeScanPlanes(dataDir: string, fileName: string, high: Uint16Array, low: Uint16Array | undefined): void {
  const dir = scansDir(dataDir)
  mkdirSync(dir, { recursive: true })
  const tmp = join(dir, `${fileName}.tmp`)
  const fd = openSync(tmp, 'w')
  try {
    for (const plane of low ? [high, low] : [high]) {
      const bytes = Buffer.from(plane.buffer, plane.byteOffset, plane.byteLength)
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off)
    }
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, join(dir, fileName))
  const dirFd = openSync(dir, 'r')
  try {
    fsyncSync(dirFd)
  } finally {
    closeSync(dirFd)
  }
}

export function readScanPlanes(dataDir: string, fileName: string): Buffer {
  return readFileSync(join(scansDir(dataDir), fileName))
}

/** The same, off the main loop; resolves once the file is durable. */
export async function writeScanPlanesAsync(dataDir: string, fileName: string, planes: Uint8Array): Promise<void> {
  const dir = scansDir(dataDir)
  await mkdir(dir, { recursive: true })
  const tmp = join(dir, `${fileName}.tmp`)
  const file = await openAsync(tmp, 'w')
  try {
    await file.writeFile(planes)
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(tmp, join(dir, fileName))
  const d = await openAsync(dir, 'r')
  try {
    await d.sync()
  } finally {
    await d.close()
  }
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

// Scan planes on disk: one file per scan under <data>/scans/, the high plane then the low plane
// as uint16 little-endian, written to a temporary name, fsynced and renamed before the scan's
// row is inserted, so a crash leaves either no scan or a whole one (a stray .tmp at worst).
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
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

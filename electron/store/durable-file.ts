// Files that must be whole or absent after a crash or a power cut: written under a temporary
// name, fsynced, renamed over the final name, and the folder fsynced so the rename itself
// survives. One place for it: the list files, scan planes and detector calibrations use it.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs'
import { mkdir, open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

export function fsyncFileAndDir(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  fsyncDir(dirname(path))
}

export function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals its metadata anyway.
  }
}

/** Writes `data` to `path` durably (temporary name, fsync, rename, folder fsync). */
export function writeFileDurably(path: string, data: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.tmp`
  writeFileSync(tmp, data)
  fsyncFileAndDir(tmp)
  renameSync(tmp, path)
  fsyncDir(dirname(path))
}

/** The same off the main loop (large files: scan planes); resolves once the file is durable. */
export async function writeFileDurablyAsync(path: string, data: Uint8Array): Promise<void> {
  const dir = dirname(path)
  await mkdir(dir, { recursive: true })
  const tmp = `${path}.tmp`
  const file = await open(tmp, 'w')
  try {
    await file.writeFile(data)
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(tmp, path)
  try {
    const d = await open(dir, 'r')
    try {
      await d.sync()
    } finally {
      await d.close()
    }
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals its metadata anyway.
  }
}

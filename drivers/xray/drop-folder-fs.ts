// The drop-folder driver's transport: the few file-system calls it makes,
// injected like the other drivers' transports, so tests can make a folder
// unwritable or a rename fail even when they run as root.
import { constants, watch as fsWatch } from 'node:fs'
import { access, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'

export interface DropFolderEntryStat {
  isFile(): boolean
  isDirectory(): boolean
  size: number
  mtimeMs: number
}

export interface FolderWatcher {
  close(): void
}

export interface DropFolderFs {
  stat(path: string): Promise<DropFolderEntryStat>
  /** Rejects (EACCES, EROFS…) when the process cannot create and move files in `path`. */
  assertWritable(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  readFile(path: string): Promise<Buffer>
  writeFile(path: string, data: string): Promise<void>
  /** Creates the folder and its parents; fine if it exists. */
  mkdir(path: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  /** Calls `onChange` when something in the folder changes (a hint: the driver rescans). */
  watch(path: string, onChange: () => void, onError: (error: Error) => void): FolderWatcher
}

export const nodeDropFolderFs: DropFolderFs = {
  stat: (path) => stat(path),
  assertWritable: (path) => access(path, constants.W_OK | constants.X_OK),
  readdir: (path) => readdir(path),
  readFile: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true })
  },
  rename: (from, to) => rename(from, to),
  watch: (path, onChange, onError) => {
    const watcher = fsWatch(path, { persistent: false }, () => onChange())
    watcher.on('error', onError)
    return watcher
  },
}

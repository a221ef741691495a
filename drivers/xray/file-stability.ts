// Is a file in the drop folder finished? A scanner that writes in place gives
// no signal, so a file counts as complete once its size and modification time
// stayed the same across two checks at least `stableMs` apart. (Scanners that
// write `*.part` and rename need no such wait, but get the same treatment.)

export interface ListedFile {
  name: string
  size: number
  mtimeMs: number
}

interface Observation {
  size: number
  mtimeMs: number
  firstSeen: number
  /** When size or mtime last changed (our clock). */
  changedAt: number
  checks: number
}

export class FileStability {
  private readonly seen = new Map<string, Observation>()

  constructor(private readonly stableMs: number) {}

  /** Records one listing of the folder; files no longer listed are forgotten. */
  observe(files: readonly ListedFile[], now: number): void {
    const listed = new Set<string>()
    for (const f of files) {
      listed.add(f.name)
      const o = this.seen.get(f.name)
      if (!o) {
        this.seen.set(f.name, { size: f.size, mtimeMs: f.mtimeMs, firstSeen: now, changedAt: now, checks: 1 })
      } else if (o.size !== f.size || o.mtimeMs !== f.mtimeMs) {
        Object.assign(o, { size: f.size, mtimeMs: f.mtimeMs, changedAt: now, checks: 1 })
      } else {
        o.checks++
      }
    }
    for (const name of this.seen.keys()) if (!listed.has(name)) this.seen.delete(name)
  }

  isStable(name: string, now: number): boolean {
    const o = this.seen.get(name)
    return !!o && o.checks >= 2 && now - o.changedAt >= this.stableMs
  }

  has(name: string): boolean {
    return this.seen.has(name)
  }

  size(name: string): number | undefined {
    return this.seen.get(name)?.size
  }

  /** How long the file has gone unchanged (0 if unknown). */
  unchangedFor(name: string, now: number): number {
    const o = this.seen.get(name)
    return o ? now - o.changedAt : 0
  }

  /** How long the file has been in the folder, as far as we know (0 if unknown). */
  presentFor(name: string, now: number): number {
    const o = this.seen.get(name)
    return o ? now - o.firstSeen : 0
  }

  forget(name: string): void {
    this.seen.delete(name)
  }
}

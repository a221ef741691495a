// Bytes arriving in chunks, consumed from the front: appended into spare
// capacity that doubles when needed, so a multi-megabyte part arriving in
// 16 KiB chunks costs linear copying instead of re-concatenating the whole
// buffer on every chunk.

export class ByteAccumulator {
  private store: Buffer
  private start = 0
  private end = 0

  constructor(initialCapacity = 64 * 1024) {
    this.store = Buffer.allocUnsafe(initialCapacity)
  }

  get length(): number {
    return this.end - this.start
  }

  /** The unconsumed bytes. A view: valid until the next append. */
  view(): Buffer {
    return this.store.subarray(this.start, this.end)
  }

  append(chunk: Uint8Array): void {
    const used = this.end - this.start
    if (this.end + chunk.length > this.store.length) {
      if (used + chunk.length <= this.store.length >> 1) {
        this.store.copy(this.store, 0, this.start, this.end) // compact in place
      } else {
        const bigger = Buffer.allocUnsafe(Math.max(this.store.length * 2, used + chunk.length))
        this.store.copy(bigger, 0, this.start, this.end)
        this.store = bigger
      }
      this.start = 0
      this.end = used
    }
    this.store.set(chunk, this.end)
    this.end += chunk.length
  }

  consume(n: number): void {
    this.start = Math.min(this.end, this.start + n)
    if (this.start === this.end) this.start = this.end = 0
  }

  /** Keeps only the last `n` bytes. */
  keepLast(n: number): void {
    if (this.length > n) this.start = this.end - n
  }

  clear(): void {
    this.start = this.end = 0
  }
}

// Bytes a framed reader sends between frames. Idle padding alone is not
// noise; anything else is reported once as noise. The rest of a frame that was
// already rejected (reported as bad-frame) is skipped, not reported twice.
export class OutsideFrameBytes {
  private bytes: number[] = []
  /** Set while the tail of a rejected frame is being skipped. */
  skippingRejected = false

  constructor(private readonly isIdle: (b: number) => boolean) {}

  /** The first `n` of `bytes` (all by default), unless they belong to a rejected frame. */
  add(bytes: ArrayLike<number>, n = bytes.length): void {
    if (this.skippingRejected) return
    for (let i = 0; i < n; i++) this.bytes.push(bytes[i]!)
  }

  get size(): number {
    return this.bytes.length
  }

  get hasNoise(): boolean {
    return this.bytes.some((b) => !this.isIdle(b))
  }

  /** The noise collected so far, or null if only idle bytes came; either way the collection starts over. */
  take(): Uint8Array | null {
    const raw = this.hasNoise ? Uint8Array.from(this.bytes) : null
    this.bytes = []
    return raw
  }

  reset(): void {
    this.bytes = []
    this.skippingRejected = false
  }
}

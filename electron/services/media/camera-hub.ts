// The latest frames of each camera, for live views: the camera driver feeds JPEG frames in,
// each viewer gets every new frame (a slow viewer skips to the newest instead of queueing),
// and the camera connection itself is shared however many views are open.
export interface CameraFrame {
  jpeg: Uint8Array
  at: number
  seq: number
}

type Viewer = (frame: CameraFrame) => void

export class CameraHub {
  private readonly latest = new Map<string, CameraFrame>()
  private readonly viewers = new Map<string, Set<Viewer>>()

  frame(deviceId: string, frame: CameraFrame): void {
    this.latest.set(deviceId, frame)
    for (const v of this.viewers.get(deviceId) ?? []) v(frame)
  }

  latestFrame(deviceId: string): CameraFrame | null {
    return this.latest.get(deviceId) ?? null
  }

  /** Calls `viewer` with the latest frame now (if any) and every new one; returns the unsubscribe. */
  watch(deviceId: string, viewer: Viewer): () => void {
    let set = this.viewers.get(deviceId)
    if (!set) this.viewers.set(deviceId, (set = new Set()))
    set.add(viewer)
    const last = this.latest.get(deviceId)
    if (last) viewer(last)
    return () => set.delete(viewer)
  }

  viewerCount(deviceId: string): number {
    return this.viewers.get(deviceId)?.size ?? 0
  }
}

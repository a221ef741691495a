// What a camera driver reports. Frames go out on `reading` at the camera's
// frame rate; consumers that only want a still call `snapshot()`.

export interface CameraFrame {
  type: 'frame'
  /** One complete JPEG (SOI … EOI). */
  jpeg: Uint8Array
  /** When the driver had the whole frame (ms since epoch, the driver's clock). */
  at: number
  /** Frames delivered by this device since it was created, from 1. */
  seq: number
  width?: number
  height?: number
  /**
   * The camera's own capture time if it sends one (an `X-Timestamp` part
   * header, ms since epoch), for latency measurement; cameras' clocks drift.
   */
  sourceTimestamp?: number
}

export interface CameraSnapshot {
  type: 'snapshot'
  jpeg: Uint8Array
  at: number
  width?: number
  height?: number
  /** `snapshot-url`: fetched from the camera's still-image URL; `stream`: the latest streamed frame. */
  source: 'snapshot-url' | 'stream'
}

export type CameraReading = CameraFrame

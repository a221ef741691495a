// MJPEG camera: the simulated camera renders 1280×720 at 25 fps (sharp, one
// JPEG encode per frame) and serves it on 127.0.0.1; the MJPEG driver frames
// it. Measures frames received per second, latency from the camera's capture
// timestamp (X-Timestamp, taken before the encode) to the parsed frame, and
// frames dropped (at the camera: render not done by the next tick or a slow
// client; on the way: sent but never parsed). Simulator and driver share this
// process, so the CPU figure is both together.
import { silentLogger } from '../drivers/core/driver'
import type { CameraFrame } from '../drivers/camera/camera-reading'
import { nodeHttpConnector } from '../drivers/camera/http-connector'
import { MjpegCamera, mjpegCameraConfigSchema } from '../drivers/camera/mjpeg-camera'
import { captureTime, SimulatedCamera } from '../drivers/simulators/camera/simulated-camera'

const SECONDS = Number(process.env.CAMERA_BENCH_SECONDS ?? 10)
const WARM_UP_MS = 1000

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

const round = (n: number) => Math.round(n * 100) / 100

export async function cameraBench(): Promise<Record<string, { value: number; unit: string }>> {
  const sim = new SimulatedCamera({ width: 1280, height: 720, fps: 25, scene: { plate: 'AB 123 CD', vehicle: 'van', country: 'F' } })
  await sim.start()
  const camera = new MjpegCamera(mjpegCameraConfigSchema.parse({ url: sim.url }), nodeHttpConnector(), silentLogger, Date.now)
  // Frames are attributed to the window by their capture time, so frames still
  // in flight when it closes are neither counted as received nor as dropped.
  const captured: number[] = []
  const received: Array<{ capturedAt: number; latency: number; bytes: number }> = []
  sim.onFrameCaptured = (_index, capturedAt) => captured.push(capturedAt)
  camera.on('reading', (f: CameraFrame) => {
    const at = captureTime()
    if (f.sourceTimestamp !== undefined) received.push({ capturedAt: f.sourceTimestamp, latency: at - f.sourceTimestamp, bytes: f.jpeg.length })
  })
  let problems = 0
  camera.on('problem', () => problems++)
  await camera.open()
  await new Promise((r) => setTimeout(r, WARM_UP_MS))
  const dropped0 = sim.stats.framesDropped
  const cpu0 = process.cpuUsage()
  const t0 = captureTime()
  await new Promise((r) => setTimeout(r, SECONDS * 1000))
  const t1 = captureTime()
  const cpu = process.cpuUsage(cpu0)
  const skippedAtCamera = sim.stats.framesDropped - dropped0
  await new Promise((r) => setTimeout(r, 500)) // let the window's last frames arrive
  await camera.close()
  await sim.stop()
  const elapsed = (t1 - t0) / 1000
  const inWindow = received.filter((f) => f.capturedAt >= t0 && f.capturedAt < t1)
  const capturedInWindow = captured.filter((t) => t >= t0 && t < t1).length
  const frames = inWindow.length
  const bytes = inWindow.reduce((n, f) => n + f.bytes, 0)
  const latencies = inWindow.map((f) => f.latency)
  latencies.sort((a, b) => a - b)
  return {
    camera_mjpeg_frames_per_second: { value: round(frames / elapsed), unit: 'frames/s (goal 25)' },
    camera_mjpeg_latency_p50: { value: round(percentile(latencies, 50)), unit: 'ms' },
    camera_mjpeg_latency_p99: { value: round(percentile(latencies, 99)), unit: 'ms (goal < 150)' },
    camera_mjpeg_latency_max: { value: round(latencies.at(-1) ?? NaN), unit: 'ms' },
    camera_mjpeg_frames_dropped: { value: skippedAtCamera + (capturedInWindow - frames), unit: 'frames' },
    camera_mjpeg_frames_received: { value: frames, unit: `frames (of ${capturedInWindow} captured, ${Math.round(elapsed * 25)} scheduled)` },
    camera_mjpeg_bad_parts: { value: camera.stats.badParts + problems, unit: 'parts' },
    camera_mjpeg_frame_size: { value: round(bytes / Math.max(1, frames) / 1024), unit: 'KiB/frame' },
    camera_mjpeg_cpu: { value: round(((cpu.user + cpu.system) / 1000 / (elapsed * 1000)) * 100), unit: '% of one core (camera + driver)' },
  }
}

// `npx tsx bench/camera-bench.ts` runs it alone.
if (process.argv[1]?.endsWith('camera-bench.ts')) {
  cameraBench().then((r) => console.table(r), (err) => {
    console.error(err)
    process.exitCode = 1
  })
}

// The ffmpeg path is optional: the framing is tested with a stand-in process
// writing what ffmpeg's mpjpeg muxer writes; the real transcode only where
// ffmpeg exists (not on these machines) and an RTSP source is given.
import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import type { ChildProcess } from 'node:child_process'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../core/driver'
import type { DeviceError } from '../core/device-error'
import type { CameraFrame } from './camera-reading'
import { ffmpegArgs, findFfmpeg, RtspMjpegTranscoder, rtspMjpegConfigSchema, type ProcessSpawner } from './rtsp-mjpeg-transcoder'

function fakeFfmpeg() {
  const calls: Array<{ command: string; args: string[] }> = []
  let child: (EventEmitter & { stdout: PassThrough; stderr: PassThrough; kill: () => boolean }) | null = null
  const spawner: ProcessSpawner = (command, args) => {
    calls.push({ command, args })
    child = Object.assign(new EventEmitter(), { stdout: new PassThrough(), stderr: new PassThrough(), kill: () => true })
    return child as unknown as ChildProcess
  }
  return { spawner, calls, child: () => child! }
}

describe('RTSP through ffmpeg (optional)', () => {
  it('frames ffmpeg mpjpeg output, keeps credentials out of the config URL and logs, reports exit as a problem', async () => {
    const fake = fakeFfmpeg()
    const config = rtspMjpegConfigSchema.parse({ url: 'rtsp://10.0.0.9:554/Streaming/Channels/101', username: 'admin', password: 'p@ss', ffmpegPath: process.execPath })
    const cam = new RtspMjpegTranscoder(config, fake.spawner, silentLogger, Date.now)
    const frames: CameraFrame[] = []
    const problems: DeviceError[] = []
    cam.on('reading', (f) => frames.push(f))
    cam.on('problem', (e) => problems.push(e))
    await cam.open()
    expect(fake.calls[0]!.args).toContain('rtsp://admin:p%40ss@10.0.0.9:554/Streaming/Channels/101')
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#123456' } }).jpeg().toBuffer()
    const part = Buffer.concat([Buffer.from(`--ffmpeg\r\nContent-type: image/jpeg\r\nContent-length: ${jpeg.length}\r\n\r\n`), jpeg, Buffer.from('\r\n')])
    fake.child().stdout.write(Buffer.concat([part, part]))
    await new Promise((r) => setTimeout(r, 10))
    expect(frames.map((f) => [f.seq, f.width, f.height])).toEqual([
      [1, 64, 48],
      [2, 64, 48],
    ])
    fake.child().stderr.write('method DESCRIBE failed: 401 Unauthorized')
    await new Promise((r) => setTimeout(r, 5))
    fake.child().emit('exit', 1)
    expect(problems[0]).toMatchObject({ kind: 'fatal', code: 'camera-auth-failed' })
    expect(problems[0]!.message).not.toContain('p@ss')
  })

  it('refuses to start without ffmpeg, and builds the documented command line', async () => {
    expect(findFfmpeg(undefined, { PATH: '/nonexistent' })).toBeNull()
    const cam = new RtspMjpegTranscoder(rtspMjpegConfigSchema.parse({ url: 'rtsp://10.0.0.9/live', ffmpegPath: '/nonexistent/ffmpeg' }), fakeFfmpeg().spawner, silentLogger, Date.now)
    await expect(cam.open()).rejects.toMatchObject({ kind: 'fatal', code: 'ffmpeg-missing' })
    expect(ffmpegArgs('rtsp://x/y', 10, 5)).toEqual(['-hide_banner', '-loglevel', 'error', '-nostdin', '-rtsp_transport', 'tcp', '-i', 'rtsp://x/y', '-an', '-vf', 'fps=10', '-q:v', '5', '-f', 'mpjpeg', 'pipe:1'])
  })

  it.skipIf(!findFfmpeg() || !process.env.CHECKPOINT_TEST_RTSP_URL)('transcodes a real RTSP source with ffmpeg', async () => {
    const { nodeSpawner } = await import('./rtsp-mjpeg-transcoder')
    const cam = new RtspMjpegTranscoder(rtspMjpegConfigSchema.parse({ url: process.env.CHECKPOINT_TEST_RTSP_URL }), nodeSpawner, silentLogger, Date.now)
    const first = new Promise<CameraFrame>((resolve) => cam.on('reading', resolve))
    await cam.open()
    expect((await first).jpeg[0]).toBe(0xff)
    await cam.close()
  })
})

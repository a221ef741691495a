// Renders the simulated camera's frames with sharp. Rasterising SVG costs
// tens of milliseconds, so the scene is rasterised a few times (base frames)
// when it changes; each frame then copies a base frame, stamps the capture
// time and frame counter from pre-rendered glyph bitmaps (plain memory
// copies), and encodes one JPEG (~5 ms at 1280×720). 25 fps stays well under
// one core.
import sharp from 'sharp'
import { laneSceneSvg, type LaneScene } from './lane-scene'

const GLYPHS = '0123456789-:. #TZ'
const BASE_FRAMES = 4

interface Raster {
  data: Buffer
  width: number
  height: number
}

export class FrameRenderer {
  private bases: Raster[] = []
  private glyphs = new Map<string, Raster>()
  private glyphW = 0
  private glyphH = 0

  private constructor(
    readonly width: number,
    readonly height: number,
    private readonly quality: number,
  ) {}

  static async create(width: number, height: number, scene: LaneScene, quality = 75): Promise<FrameRenderer> {
    const r = new FrameRenderer(width, height, quality)
    await Promise.all([r.setScene(scene), r.renderGlyphs()])
    return r
  }

  async setScene(scene: LaneScene): Promise<void> {
    const bases: Raster[] = []
    for (let v = 0; v < BASE_FRAMES; v++) bases.push(await rasterise(laneSceneSvg(scene, this.width, this.height, v)))
    this.bases = bases
  }

  /** One JPEG: base frame `index mod 4`, stamped with `capturedAt` (ms since epoch) and the frame number. */
  async frame(index: number, capturedAt: number): Promise<Buffer> {
    const base = this.bases[index % this.bases.length]!
    const data = Buffer.from(base.data)
    const text = `${new Date(capturedAt).toISOString().replace('T', ' ').replace('Z', '')} #${String(index).padStart(7, '0')}`
    this.stamp(data, text, 12, 12)
    return sharp(data, { raw: { width: this.width, height: this.height, channels: 3 } })
      .jpeg({ quality: this.quality, chromaSubsampling: '4:2:0' })
      .toBuffer()
  }

  /** A JPEG of the current scene without the overlay (snapshot endpoints, ANPR scene images). */
  async still(): Promise<Buffer> {
    const base = this.bases[0]!
    return sharp(base.data, { raw: { width: this.width, height: this.height, channels: 3 } }).jpeg({ quality: this.quality }).toBuffer()
  }

  private stamp(target: Buffer, text: string, left: number, top: number): void {
    const rowBytes = this.width * 3
    let x = left
    for (const ch of text) {
      const g = this.glyphs.get(ch) ?? this.glyphs.get(' ')!
      if (x + g.width > this.width || top + g.height > this.height) break
      for (let y = 0; y < g.height; y++) {
        g.data.copy(target, (top + y) * rowBytes + x * 3, y * g.width * 3, (y + 1) * g.width * 3)
      }
      x += g.width
    }
  }

  private async renderGlyphs(): Promise<void> {
    // Cell size scales with the frame so the stamp stays legible at any resolution.
    this.glyphH = Math.max(14, Math.round(this.height / 28))
    this.glyphW = Math.round(this.glyphH * 0.62)
    const size = Math.round(this.glyphH * 0.8)
    const entries = await Promise.all(
      [...GLYPHS].map(async (ch) => {
        const svg =
          `<svg xmlns="http://www.w3.org/2000/svg" width="${this.glyphW}" height="${this.glyphH}">` +
          `<rect width="100%" height="100%" fill="#000"/>` +
          `<text x="${this.glyphW / 2}" y="${this.glyphH * 0.8}" font-family="DejaVu Sans Mono, monospace" font-size="${size}" text-anchor="middle" fill="#fff">${ch === ' ' ? '' : ch}</text></svg>`
        return [ch, await rasterise(svg)] as const
      }),
    )
    this.glyphs = new Map(entries)
  }
}

async function rasterise(svg: string): Promise<Raster> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** A JPEG of any SVG (ANPR plate crops and scenes). */
export async function svgToJpeg(svg: string, quality = 80): Promise<Buffer> {
  return sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality }).toBuffer()
}

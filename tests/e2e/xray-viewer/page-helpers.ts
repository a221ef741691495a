// Reading the viewer from the page: where an image point is on screen, and the
// stage's pixels (a screenshot decoded with sharp) for before/after comparisons.
import type { Locator, Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import sharp from 'sharp'

export interface StageView {
  left: number
  top: number
  originX: number
  originY: number
  zoom: number
  dpr: number
}

export async function stageView(page: Page): Promise<StageView> {
  const stage = page.getByTestId('xray-stage')
  const box = (await stage.boundingBox())!
  const attr = async (name: string) => Number(await stage.getAttribute(name))
  return { left: box.x, top: box.y, originX: await attr('data-origin-x'), originY: await attr('data-origin-y'), zoom: await attr('data-zoom'), dpr: await attr('data-dpr') }
}

/** Page coordinates of an image point. */
export function imageToPage(v: StageView, p: { x: number; y: number }): { x: number; y: number } {
  return { x: v.left + ((p.x - v.originX) * v.zoom) / v.dpr, y: v.top + ((p.y - v.originY) * v.zoom) / v.dpr }
}

/** The image point under a page coordinate, with the viewer's own mapping. */
export function pageToImage(v: StageView, p: { x: number; y: number }): { x: number; y: number } {
  return { x: v.originX + ((p.x - v.left) * v.dpr) / v.zoom, y: v.originY + ((p.y - v.top) * v.dpr) / v.zoom }
}

export interface Pixels {
  data: Buffer
  width: number
  height: number
  channels: number
}

export async function stagePixels(stage: Locator): Promise<Pixels> {
  const png = await stage.screenshot({ animations: 'disabled' })
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, channels: info.channels }
}

export function meanLuminance(p: Pixels): number {
  let sum = 0
  for (let i = 0; i < p.data.length; i += p.channels) sum += 0.299 * p.data[i]! + 0.587 * p.data[i + 1]! + 0.114 * p.data[i + 2]!
  return sum / (p.data.length / p.channels)
}

/** Mean absolute difference per channel, 0..255. */
export function meanDifference(a: Pixels, b: Pixels): number {
  const n = Math.min(a.data.length, b.data.length)
  let sum = 0
  for (let i = 0; i < n; i++) sum += Math.abs(a.data[i]! - b.data[i]!)
  return sum / n
}

/** Average colour of a small square around a point given in stage-local CSS pixels. */
export function colourAt(p: Pixels, x: number, y: number, radius = 3): [number, number, number] {
  const acc = [0, 0, 0]
  let n = 0
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const px = Math.round(x + dx)
      const py = Math.round(y + dy)
      if (px < 0 || py < 0 || px >= p.width || py >= p.height) continue
      const i = (py * p.width + px) * p.channels
      acc[0]! += p.data[i]!
      acc[1]! += p.data[i + 1]!
      acc[2]! += p.data[i + 2]!
      n++
    }
  }
  return [acc[0]! / n, acc[1]! / n, acc[2]! / n]
}

export async function snapViewer(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true })
  await page.screenshot({ path: `test-results/screenshots/xray-viewer-${name}.png`, fullPage: true })
}

/** How many frames the viewer has drawn so far (poll it to wait for a redraw). */
export async function framesDrawn(page: Page): Promise<number> {
  return Number((await page.getByTestId('xray-stage').getAttribute('data-frames')) ?? 0)
}

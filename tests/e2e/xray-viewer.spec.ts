// The X-ray viewer in Chromium, on both render paths, against a harness page
// that builds a synthetic 6,000 × 2,000 dual-energy lorry scan in the page.
// WebGL2 runs on SwiftShader (`--enable-unsafe-swiftshader`); the CPU path is
// forced by the prop, and reached on its own when WebGL2 is taken away.
import { test, expect, type Page } from '@playwright/test'
import { chromiumArgs } from '../../playwright.config'
import { buildAndServeHarness, type HarnessServer } from './xray-viewer/serve-harness'
import { colourAt, framesDrawn, imageToPage, meanDifference, meanLuminance, pageToImage, snapViewer, stagePixels, stageView } from './xray-viewer/page-helpers'

// Chromium 156 still gives headless pages WebGL2 on SwiftShader with --disable-gpu, but the
// automatic fallback is deprecated: ask for it explicitly, and drop --disable-gpu so a real GPU is used where present.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs.filter((a) => a !== '--disable-gpu'), '--enable-unsafe-swiftshader'],
  },
})

let harness: HarnessServer
test.beforeAll(async () => {
  test.setTimeout(120_000)
  harness = await buildAndServeHarness()
})
test.afterAll(async () => {
  await harness?.close()
})

interface Block {
  name: string
  expected: string
  x: number
  y: number
  w: number
  h: number
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${harness.url}?${query}`)
  // Any language: the status line says which renderer runs once the viewer is up.
  await expect(page.getByTestId('xray-renderer')).toHaveText(/\S/)
  await expect.poll(() => framesDrawn(page)).toBeGreaterThan(0)
  await page.getByTestId('xray-stage').focus()
}

/** Presses a key on the focused viewer and waits for the redraw. */
async function press(page: Page, key: string): Promise<void> {
  const before = await framesDrawn(page)
  await page.keyboard.press(key)
  await expect.poll(() => framesDrawn(page)).toBeGreaterThan(before)
}

const blocks = (page: Page) => page.evaluate(() => window.xrayHarness.blocks as Block[])

/** Stage-local CSS pixel of a block's centre. */
async function blockCentre(page: Page, name: string): Promise<{ x: number; y: number }> {
  const b = (await blocks(page)).find((x) => x.name === name)!
  const v = await stageView(page)
  const p = imageToPage(v, { x: b.x + b.w / 2, y: b.y + b.h / 2 })
  return { x: p.x - v.left, y: p.y - v.top }
}

const isOrange = ([r, g, b]: number[]) => r! > g! + 20 && g! > b! + 20
const isBlue = ([r, g, b]: number[]) => b! > r! + 40 && b! > g! + 20
const isGreen = ([r, g, b]: number[]) => g! > r! + 40 && g! > b! + 40

async function checkMaterialColours(page: Page): Promise<void> {
  await press(page, 'm')
  await expect(page.getByRole('button', { name: /Material colour: on/ })).toBeVisible()
  const pixels = await stagePixels(page.getByTestId('xray-stage'))
  expect(isOrange(colourAt(pixels, ...Object.values(await blockCentre(page, 'organic-pallet')) as [number, number])), 'organic pallet is orange').toBe(true)
  expect(isGreen(colourAt(pixels, ...Object.values(await blockCentre(page, 'inorganic-crate')) as [number, number])), 'inorganic crate is green').toBe(true)
  expect(isBlue(colourAt(pixels, ...Object.values(await blockCentre(page, 'metal-block')) as [number, number])), 'metal block is blue').toBe(true)
  await expect(page.getByTestId('xray-legend')).toContainText('Orange — Organic')
}

test('GPU path: WebGL2 draws the scan; presets, invert and material colour change it', async ({ page }) => {
  await open(page, 'renderer=webgl2')
  await expect(page.getByTestId('xray-renderer')).toContainText('GPU (WebGL2)')
  await expect(page.getByTestId('xray-stage')).toHaveAttribute('data-renderer', 'webgl2')
  const stage = page.getByTestId('xray-stage')
  const auto = await stagePixels(stage)
  await snapViewer(page, 'gpu-auto')

  await press(page, '4') // high penetration: only the darkest tenth of the range is spread out
  await expect(page.getByRole('button', { name: /High penetration/ })).toHaveAttribute('aria-pressed', 'true')
  const high = await stagePixels(stage)
  expect(meanDifference(auto, high)).toBeGreaterThan(5)
  expect(meanLuminance(high)).toBeGreaterThan(meanLuminance(auto))

  await press(page, 'i')
  const inverted = await stagePixels(stage)
  expect(meanLuminance(inverted)).toBeLessThan(meanLuminance(high))

  await press(page, 'i')
  await press(page, 'a')
  await checkMaterialColours(page)
  await snapViewer(page, 'gpu-material')
  await press(page, 'e')
  await snapViewer(page, 'gpu-material-edges')
})

test('auto picks WebGL2 on a GPU and the CPU when WebGL2 only runs in software', async ({ page }) => {
  await open(page, 'renderer=auto')
  const probe = await page.evaluate(() => window.xrayHarness.probe())
  console.log(`WebGL2 here: ${probe.renderer} (software: ${probe.software}, MAX_TEXTURE_SIZE ${probe.maxTextureSize})`)
  expect(probe.available).toBe(true)
  if (probe.software) await expect(page.getByTestId('xray-renderer')).toContainText('CPU fallback (WebGL2 runs in software here; the CPU path is faster)')
  else await expect(page.getByTestId('xray-renderer')).toContainText('GPU (WebGL2)')
})

test('GPU path in texture stripes matches the single-texture picture', async ({ page }) => {
  await open(page, 'renderer=webgl2')
  await press(page, 'm')
  const single = await stagePixels(page.getByTestId('xray-stage'))
  await open(page, 'renderer=webgl2&maxTexture=2048')
  await expect(page.getByTestId('xray-renderer')).toContainText('textures: 3, up to 2048 px each')
  await press(page, 'm')
  const striped = await stagePixels(page.getByTestId('xray-stage'))
  const difference = meanDifference(single, striped)
  console.log(`single texture vs 3 stripes: mean difference ${difference.toFixed(3)} / 255`)
  expect(difference).toBeLessThan(1)
})

test('GPU and CPU paths draw the same picture', async ({ page }) => {
  const picture = async (renderer: string) => {
    await open(page, `renderer=${renderer}`)
    await press(page, 'm')
    await press(page, 'e')
    return stagePixels(page.getByTestId('xray-stage'))
  }
  const gpu = await picture('webgl2')
  const cpu = await picture('cpu')
  const difference = meanDifference(gpu, cpu)
  console.log(`GPU vs CPU (material colour and edges): mean difference ${difference.toFixed(3)} / 255`)
  expect(difference).toBeLessThan(2)
})

test('CPU fallback, forced: window/level by right-drag and keys changes the pixels', async ({ page }) => {
  await open(page, 'renderer=cpu')
  await expect(page.getByTestId('xray-renderer')).toContainText('CPU fallback (chosen in settings)')
  const stage = page.getByTestId('xray-stage')
  const before = await stagePixels(stage)
  const windowText = await page.getByTestId('xray-window').textContent()

  // Right-drag down: a higher level, so a darker image.
  const box = (await stage.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down({ button: 'right' })
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 120, { steps: 6 })
  await page.mouse.up({ button: 'right' })
  await expect(page.getByTestId('xray-window')).not.toHaveText(windowText!)
  await expect.poll(async () => meanLuminance(await stagePixels(stage))).toBeLessThan(meanLuminance(before) - 5)
  await snapViewer(page, 'cpu-window-dragged')

  await press(page, '1') // full range
  const full = await stagePixels(stage)
  expect(meanDifference(before, full)).toBeGreaterThan(3)
  await press(page, 'Shift+ArrowLeft') // narrower window: more contrast
  expect(meanDifference(full, await stagePixels(stage))).toBeGreaterThan(0.5)
  await press(page, 'a')
  await checkMaterialColours(page)
  await snapViewer(page, 'cpu-material')
})

test('CPU fallback when WebGL2 is not available', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl2') return null
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof original
  })
  await open(page, 'renderer=auto')
  await expect(page.getByTestId('xray-renderer')).toContainText('CPU fallback (WebGL2 is not available)')
  const stage = page.getByTestId('xray-stage')
  const before = await stagePixels(stage)
  await press(page, 'i')
  expect(meanDifference(before, await stagePixels(stage))).toBeGreaterThan(20)
  await snapViewer(page, 'cpu-no-webgl2-inverted')
})

test('a lost GPU context falls back to the CPU on a fresh canvas', async ({ page }) => {
  await open(page, 'renderer=webgl2')
  await expect(page.getByTestId('xray-renderer')).toContainText('GPU (WebGL2)')
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="xray-canvas"]')!
    canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext()
  })
  await expect(page.getByTestId('xray-renderer')).toContainText('CPU fallback (the GPU context was lost)')
  const stage = page.getByTestId('xray-stage')
  const before = await stagePixels(stage)
  await press(page, 'i')
  expect(meanDifference(before, await stagePixels(stage))).toBeGreaterThan(20)
})

test('a single-energy scan has no material colour, and says so', async ({ page }) => {
  await open(page, 'renderer=auto&single=1')
  await expect(page.getByRole('button', { name: /Material colour: off/ })).toBeDisabled()
  await expect(page.getByTestId('xray-legend')).toContainText('Single-energy scan: no material colour.')
  const stage = page.getByTestId('xray-stage')
  const before = await stagePixels(stage)
  await page.keyboard.press('m')
  await page.keyboard.press('e') // something that does redraw, to be sure M did nothing
  await expect.poll(async () => meanDifference(before, await stagePixels(stage))).toBeGreaterThan(0)
  await expect(page.getByRole('button', { name: /Material colour: off/ })).toBeVisible()
})

for (const renderer of ['webgl2', 'cpu']) {
  test(`measurement shows the distance in mm with anisotropic pixels (${renderer})`, async ({ page }) => {
    await open(page, `renderer=${renderer}`)
    await press(page, '+')
    await press(page, '+')
    await page.keyboard.press('d')
    await expect(page.getByText('Click two points to measure.')).toBeVisible()
    const v = await stageView(page)
    const { mmPerPixel } = await page.evaluate(() => window.xrayHarness)
    // Two known image points near the middle of the view, 600 px across and 300 px down.
    const centre = pageToImage(v, { x: v.left + 300, y: v.top + 200 })
    const a = { x: Math.round(centre.x), y: Math.round(centre.y) }
    const b = { x: a.x + 600, y: a.y + 300 }
    const pa = imageToPage(v, a)
    const pb = imageToPage(v, b)
    await page.mouse.click(pa.x, pa.y)
    await expect(page.getByText('First point set. Click the second point.')).toBeVisible()
    await page.mouse.click(pb.x, pb.y)
    // Playwright clicks at fractional CSS pixels, so the two clicks land on the two image points.
    const nominal = Math.hypot(600 * mmPerPixel.x, 300 * mmPerPixel.y) // 1,200 mm across and 1,350 mm down: 1,806 mm
    const label = page.getByTestId('xray-distance-label')
    await expect(label).toContainText('mm')
    const shown = Number((await label.textContent())!.replace(/[^\d.]/g, ''))
    expect(Math.abs(shown - nominal)).toBeLessThanOrEqual(1)
    await expect(page.getByTestId('xray-distance')).toContainText(`Distance: ${(await label.textContent())!.trim()}`)
    await snapViewer(page, `measure-${renderer}`)
  })
}

test('an area is marked with a category and a note, by mouse and by keyboard; keys never leak', async ({ page }) => {
  await open(page, 'renderer=auto')
  await page.keyboard.press('n')
  await expect(page.getByText('Drag a box around the area')).toBeVisible()
  const v = await stageView(page)
  const person = (await blocks(page)).find((b) => b.name === 'person')!
  const from = imageToPage(v, { x: person.x - 20, y: person.y - 20 })
  const to = imageToPage(v, { x: person.x + person.w + 20, y: person.y + person.h + 20 })
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 8 })
  await page.mouse.up()

  const editor = page.getByTestId('xray-annotation-editor')
  await expect(editor).toBeVisible()
  await editor.getByLabel('Person').check()
  await editor.getByLabel('Note').fill('Shape of a person behind the crates')
  await snapViewer(page, 'annotate-editor')
  await editor.getByLabel('Note').press('Enter')
  await expect(editor).toBeHidden()

  const item = page.getByTestId('xray-annotation-item')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('Person')
  await expect(item).toContainText('Shape of a person behind the crates')
  await expect(item).toContainText('by Demo officer')
  const saved = await page.evaluate(() => window.xrayHarness.annotations)
  expect(saved).toHaveLength(1)
  expect(saved[0]).toMatchObject({ category: 'person', note: 'Shape of a person behind the crates', author: 'Demo officer' })
  // The box is in image pixels around the person, whatever the zoom.
  const box = saved[0]!.box
  expect(Math.abs(box.x - (person.x - 20))).toBeLessThan(12)
  expect(Math.abs(box.x + box.w - (person.x + person.w + 20))).toBeLessThan(12)
  expect(Date.parse(saved[0]!.createdAt)).not.toBeNaN()
  await expect(page.getByTestId('xray-annotation-box')).toContainText('Person: Shape of a person')

  // Keyboard only: N, Enter marks the middle of the view; arrows pick the category.
  await page.getByTestId('xray-stage').focus()
  await page.keyboard.press('n')
  await page.keyboard.press('Enter')
  await expect(editor).toBeVisible()
  await expect(editor.getByLabel('Person')).toBeFocused()
  await page.keyboard.press('ArrowDown') // drugs
  await page.keyboard.press('ArrowDown') // weapon
  await page.keyboard.press('Tab')
  await page.keyboard.type('Long metal object in the floor')
  await page.keyboard.press('Enter')
  await expect(item).toHaveCount(2)
  await expect(item.nth(1)).toContainText('Weapon')
  const both = await page.evaluate(() => window.xrayHarness.annotations)
  expect(both[1]).toMatchObject({ category: 'weapon', note: 'Long metal object in the floor' })
  await snapViewer(page, 'annotated')

  // Delete removes the selected (newest) area.
  await page.getByTestId('xray-stage').focus()
  await page.keyboard.press('Delete')
  await expect(item).toHaveCount(1)

  // None of the viewer's keys reached window-wide listeners (the primary line's A, M, R…).
  const leaked = await page.evaluate(() => window.xrayHarness.leakedKeys)
  expect(leaked.filter((k) => !['Tab', 'Shift', 'ArrowDown'].includes(k))).toEqual([])
})

test('zoom, pan and the overview map move the view', async ({ page }) => {
  await open(page, 'renderer=auto')
  const zoomText = await page.getByTestId('xray-zoom').textContent()
  await press(page, '+')
  await press(page, '+')
  await press(page, '+')
  await expect(page.getByTestId('xray-zoom')).not.toHaveText(zoomText!)
  const before = await stageView(page)
  await press(page, 'ArrowRight')
  expect((await stageView(page)).originX).toBeGreaterThan(before.originX)
  // A click on the overview's right end centres the view there.
  const overview = page.getByTestId('xray-overview')
  const ob = (await overview.boundingBox())!
  await overview.click({ position: { x: ob.width - 5, y: ob.height / 2 } })
  const after = await stageView(page)
  expect(after.originX).toBeGreaterThan(before.originX + 1000)
  const rect = (await page.getByTestId('xray-overview-rect').boundingBox())!
  expect(rect.x + rect.width).toBeGreaterThan(ob.x + ob.width - 20)
  await snapViewer(page, 'zoomed-overview')
  // Wheel zooms at the pointer.
  const stage = (await page.getByTestId('xray-stage').boundingBox())!
  await page.mouse.move(stage.x + 200, stage.y + 200)
  const z = (await stageView(page)).zoom
  await page.mouse.wheel(0, 400)
  await expect.poll(async () => (await stageView(page)).zoom).toBeLessThan(z)
})

test('right-to-left page: the viewer mirrors its panels, not the image', async ({ page }) => {
  await open(page, 'renderer=auto&lang=ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByTestId('xray-stage')).toHaveAttribute('dir', 'ltr')
  await snapViewer(page, 'rtl')
})

// Timings, not a check: about 1.5 minutes on SwiftShader, so only on request:
// XRAY_VIEWER_BENCH=1 npx playwright test tests/e2e/xray-viewer.spec.ts -g timings
test('GPU and CPU timings in the browser (printed, not asserted)', async ({ page }) => {
  test.skip(!process.env.XRAY_VIEWER_BENCH, 'set XRAY_VIEWER_BENCH=1 to measure')
  test.setTimeout(300_000)
  await open(page, 'renderer=cpu&w=8000&h=2000')
  const timings = await page.evaluate(() => window.xrayHarness.bench(10))
  const generated = await page.evaluate(() => window.xrayHarness.generatedMs)
  console.log(`X-ray viewer timings, 8000 × 2000 synthetic scan (generated in ${generated.toFixed(0)} ms):`)
  for (const [k, value] of Object.entries(timings)) console.log(`  ${k.padEnd(48)} ${value}`)
  expect(Object.keys(timings).length).toBeGreaterThan(0)
})

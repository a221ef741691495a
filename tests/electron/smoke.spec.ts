// Electron smoke test: runs where an Electron binary exists (a desktop with
// network, or ELECTRON_OVERRIDE_DIST_PATH), and reports itself skipped where
// it does not. It never triggers the binary download itself.
import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function electronBinary(): string | null {
  const pkg = join('node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist')
  const full = join(base, relative)
  return existsSync(full) ? full : null
}

test('the Electron workstation starts sandboxed, with window.checkpoint and no Node in the page', async () => {
  const binary = electronBinary()
  test.skip(!binary, 'No Electron binary here: Electron 42+ downloads it on first launch and this machine cannot reach its host.')
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, CHECKPOINT_DATA_DIR: mkdtempSync(join(tmpdir(), 'checkpoint-electron-')) },
  })
  const page = await app.firstWindow()
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
  expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined')
  expect(await page.evaluate(() => Object.isFrozen((window as unknown as { checkpoint: object }).checkpoint))).toBe(true)
  await page.getByLabel('User name').fill('officer')
  await page.getByLabel('Password').fill('officer-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('waiting')).toBeVisible()
  await app.close()
})

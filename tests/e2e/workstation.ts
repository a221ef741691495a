// Starts `npm run web` (the built web host) on a fresh data folder for each
// test and gives the test its URL; screenshots go to test-results/screenshots.
import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Workstation {
  url: string
  dataDir: string
}

export const test = base.extend<{ workstation: Workstation; training: boolean }>({
  /** `test.use({ training: true })`: the training workstation (npm run web -- --training). */
  training: [false, { option: true }],
  workstation: async ({ training }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-e2e-'))
    const child: ChildProcess = spawn(process.execPath, ['out/main/web.js', '--data-dir', dataDir, ...(training ? ['--training'] : [])], {
      env: { ...process.env, CHECKPOINT_QUIET: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const url = await new Promise<string>((resolve, reject) => {
      let buffer = ''
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        const m = /^Checkpoint web: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(buffer)
        if (m) resolve(m[1]!)
      })
      child.once('exit', (code) => reject(new Error(`web host exited early (${code})`)))
      setTimeout(() => reject(new Error('web host did not print its URL')), 20_000)
    })
    await use({ url, dataDir })
    child.kill('SIGTERM')
  },
})

export { expect }

export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url)
  await page.getByLabel('User name').fill(username)
  await page.getByLabel('Password').fill(`${username}-demo`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('signed-in-user')).toContainText(`Demo ${username}`)
}

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true })
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

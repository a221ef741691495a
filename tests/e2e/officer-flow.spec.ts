// The foundation's end-to-end flow in Chromium against `npm run web`:
// an officer and a trainer on the same workstation (two browser tabs).
import { execFileSync } from 'node:child_process'
import { test, expect, signIn, snap } from './workstation'

test('listed passport → alert → confirm → refer; then a clean traveller → admit; audit chain verifies', async ({ browser, workstation }) => {
  const officer = await (await browser.newContext()).newPage()
  const trainer = await (await browser.newContext()).newPage()
  await signIn(officer, workstation.url, 'officer')
  await signIn(trainer, workstation.url, 'trainer')

  await expect(officer.getByTestId('waiting')).toBeVisible()
  await expect(officer.getByTestId('device-document-reader-1')).toHaveAttribute('data-state', 'online')
  await expect(officer.getByTestId('simulator-panel')).toHaveCount(0) // officers have no simulator
  await snap(officer, '01-officer-waiting')

  // The trainer presents a passport listed as stolen on the simulated reader.
  await trainer.locator('[data-sample="listed-document"]').click()

  const modal = officer.getByTestId('alert-modal')
  await expect(modal).toBeVisible()
  await expect(modal).toContainText('Document on an alert list')
  await expect(modal).toContainText('Reported stolen')
  await expect(modal).toContainText('SLTD-SIM-0001')
  await expect(officer.getByTestId('overall-result')).toHaveAttribute('data-overall', 'hit')
  await snap(officer, '02-alert')

  // Deciding is impossible while the alert is unacknowledged.
  await officer.keyboard.press('a')
  await expect(modal).toBeVisible()

  await officer.keyboard.press('c') // confirm the match
  await expect(modal).toBeHidden()
  await expect(officer.getByTestId('alert-summary')).toContainText('Confirmed hit')
  await officer.keyboard.press('s') // refer to second line
  await expect(officer.getByTestId('decision-recorded')).toContainText('Refer to second line')
  await expect(officer.getByTestId('alert-summary')).toContainText('Referred to second line')
  await expect(officer.getByTestId('crossing-row')).toHaveCount(1)
  await expect(officer.getByTestId('crossing-row').first()).toContainText('PETROV')
  await expect(officer.getByTestId('crossing-row').first()).toContainText('Refer to second line')
  await snap(officer, '03-referred')

  // A clean traveller: CLEAR, admitted with one key.
  await trainer.locator('[data-sample="clean-passport"]').click()
  await expect(officer.getByTestId('overall-result')).toHaveAttribute('data-overall', 'clear')
  await expect(officer.getByTestId('overall-result')).toContainText('CLEAR')
  await expect(officer.getByTestId('field-documentNumber')).toHaveAttribute('data-valid', 'true')
  await officer.keyboard.press('a')
  await expect(officer.getByTestId('decision-recorded')).toContainText('Admit')
  await expect(officer.getByTestId('crossing-row')).toHaveCount(2)
  await snap(officer, '04-admitted')

  // The audit chain verifies from the command line a technician would use.
  const out = execFileSync(process.execPath, ['bin/checkpoint.js', 'audit', 'verify', '--data-dir', workstation.dataDir, '--json']).toString()
  const verification = JSON.parse(out) as { ok: boolean; entries: number }
  expect(verification.ok).toBe(true)
  expect(verification.entries).toBeGreaterThan(10)
})

test('a dismissed match needs a reason and is recorded with it', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'trainer') // trainers work the line in class
  await page.locator('[data-sample="listed-person"]').click()
  const modal = page.getByTestId('alert-modal')
  await expect(modal).toContainText('Person on an alert list')
  await page.keyboard.press('d')
  await page.getByRole('button', { name: 'Dismiss match' }).click()
  await expect(modal).toContainText('at least 3 characters')
  await page.getByLabel(/Why is this not/).fill('Different date of birth on the printed page')
  await page.getByRole('button', { name: 'Dismiss match' }).click()
  await expect(modal).toBeHidden()
  await expect(page.getByTestId('alert-summary')).toContainText('Different date of birth on the printed page')
  await expect(page.getByTestId('overall-result')).toHaveAttribute('data-overall', 'clear')
})

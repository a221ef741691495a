// Training in the browser host: the TRAINING banner on every screen (sign-in included), a trainer
// starts a scenario for a trainee, the trainee plays it in another tab, and the report's score
// matches the actions taken; the report exports as PDF.
import { readFileSync } from 'node:fs'
import { test, expect, signIn, snap } from './workstation'

test.use({ training: true })

test('a trainee plays "Passport listed as stolen"; the report scores exactly what was done', async ({ browser, workstation }) => {
  const trainer = await (await browser.newContext()).newPage()
  const officer = await (await browser.newContext()).newPage()

  await officer.goto(workstation.url)
  await expect(officer.getByTestId('training-banner')).toContainText('TRAINING')
  await snap(officer, 'training-01-sign-in')
  await signIn(officer, workstation.url, 'officer')
  await signIn(trainer, workstation.url, 'trainer')
  await expect(officer.getByTestId('training-banner')).toBeVisible()
  await expect(trainer.getByTestId('training-banner')).toBeVisible()
  await expect(officer.getByRole('tab', { name: 'Training' })).toHaveCount(0) // officers have no console

  await trainer.getByRole('tab', { name: 'Training' }).click()
  await trainer.getByTestId('pick-scenario').selectOption('stolen-passport')
  await trainer.getByTestId('pick-trainee').selectOption('officer')
  await trainer.getByTestId('start-scenario').click()
  await expect(trainer.getByTestId('training-run')).toHaveAttribute('data-state', 'running')
  await expect(trainer.getByTestId('expectation')).toHaveCount(5)

  // Traveller 1: the stolen passport → confirm the hit, refer to second line.
  const modal = officer.getByTestId('alert-modal')
  await expect(modal).toContainText('SLTD-SIM-0001')
  await officer.keyboard.press('c')
  await expect(modal).toBeHidden()
  await officer.keyboard.press('s')
  await expect(officer.getByTestId('decision-recorded')).toContainText('Refer to second line')
  await expect(trainer.locator('[data-id="traveller-1:refer"]')).toHaveAttribute('data-status', 'caught')

  // Traveller 2: clean → admit.
  await expect(officer.getByTestId('overall-result')).toHaveAttribute('data-overall', 'clear')
  await officer.keyboard.press('a')

  // Traveller 3: the scenario's own stolen-list entry → confirm, then (wrongly) refuse instead of refer.
  await expect(modal).toContainText('TRN-SLTD-0001')
  await snap(officer, 'training-02-trainee-alert')
  await officer.keyboard.press('c')
  await expect(modal).toBeHidden()
  await officer.keyboard.press('r')
  await expect(officer.getByTestId('decision-recorded')).toContainText('Refuse entry')

  await expect(trainer.getByTestId('training-run')).toHaveAttribute('data-state', 'finished')
  await expect(trainer.locator('[data-id="traveller-3:refer"]')).toHaveAttribute('data-status', 'wrong')
  await expect(trainer.getByTestId('live-score')).toContainText('Score 80/100: 4 caught, 0 missed, 1 wrong')
  await snap(trainer, 'training-03-console-finished')

  await trainer.getByTestId('open-report').click()
  await expect(trainer.getByTestId('report-score')).toHaveAttribute('data-score', '80')
  await expect(trainer.getByTestId('history-row')).toHaveCount(1)
  await expect(trainer.getByTestId('history-row')).toContainText('Demo officer')
  const downloading = trainer.waitForEvent('download')
  await trainer.getByTestId('export-pdf').click()
  const pdf = readFileSync((await (await downloading).path())!).toString('latin1')
  expect(pdf.startsWith('%PDF-')).toBe(true)
  expect(pdf).toContain('Demo officer')
  expect(pdf).toContain('score 80/100')
  await snap(trainer, 'training-04-report')
})

test('a trainer duplicates a scenario and sees its YAML problems at line and column', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'trainer')
  await page.getByRole('tab', { name: 'Training' }).click()
  await page.getByRole('tab', { name: 'Scenarios' }).click()
  await page.locator('[data-testid="scenario-row"][data-id="expired-and-child"]').getByTestId('duplicate-scenario').click()
  await expect(page.getByTestId('scenario-editor')).toContainText('Editing expired-and-child-copy')
  const editor = page.getByTestId('scenario-yaml')
  const yaml = await editor.inputValue()
  const broken = yaml.replace('expect: [refuse]', 'expect: [refuse, shrug]')
  await editor.fill(broken)
  await page.getByTestId('validate-scenario').click()
  const line = broken.split('\n').findIndex((l) => l.includes('shrug')) + 1
  const column = broken.split('\n')[line - 1]!.indexOf('shrug') + 1
  await expect(page.getByTestId('scenario-problem')).toHaveCount(1)
  await expect(page.getByTestId('scenario-problem')).toContainText(`line ${line}:${column}`)
  await snap(page, 'training-05-authoring-problem')
  await editor.fill(yaml.replace('expect: [refuse]', 'expect: [refer]'))
  await page.getByTestId('save-scenario').click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved as expired-and-child-copy' })).toBeVisible()
})

// A supervisor works the line, then reviews the hit queue and manages risk profiles.
import { test, expect, signIn, snap } from './workstation'

test('supervisor: the referred hit appears in the queue with its reasons; the outcome is recorded', async ({ browser, workstation }) => {
  const trainer = await (await browser.newContext()).newPage()
  const supervisor = await (await browser.newContext()).newPage()
  await signIn(trainer, workstation.url, 'trainer')
  await signIn(supervisor, workstation.url, 'supervisor')

  await trainer.locator('[data-sample="listed-person"]').click()
  await expect(supervisor.getByTestId('alert-modal')).toBeVisible() // the supervisor is on the line too
  await expect(supervisor.getByTestId('match-explanation')).toContainText('Exact match')
  await supervisor.keyboard.press('c')
  await expect(supervisor.getByTestId('alert-modal')).toBeHidden()
  await supervisor.keyboard.press('s')
  await expect(supervisor.getByTestId('decision-recorded')).toBeVisible()

  await supervisor.getByRole('tab', { name: 'Hits review' }).click()
  const row = supervisor.getByTestId('hit-row').first()
  await expect(row).toHaveAttribute('data-status', 'referred')
  await expect(row).toContainText('HOXHA')
  await row.getByRole('combobox').selectOption('identity-confirmed-detained')
  await expect(row.getByRole('combobox')).toHaveValue('identity-confirmed-detained')
  await row.getByRole('button', { name: /HOXHA/ }).click()
  await expect(supervisor.getByTestId('match-explanation')).toBeVisible()
  await snap(supervisor, '50-hits-queue')
})

test('supervisor: risk profiles are listed with owner and expiry; a bad definition names its path', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'supervisor')
  await page.getByRole('tab', { name: 'Risk profiles' }).click()
  await expect(page.getByTestId('risk-profile-row')).not.toHaveCount(0)
  await page.getByRole('button', { name: 'New profile' }).first().click()
  const json = page.getByTestId('profile-json')
  const draft = JSON.parse(await json.inputValue()) as Record<string, unknown>
  await json.fill(JSON.stringify({ ...draft, id: 'e2e-profile', conditions: { fact: 'traveller.height', op: 'gte', value: 2 } }, null, 2))
  await page.getByTestId('profile-note').fill('testing in class')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByTestId('profile-error')).toContainText('conditions')
  await json.fill(JSON.stringify({ ...draft, id: 'e2e-profile' }, null, 2))
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByText('(version 1)')).toBeVisible()
  await snap(page, '51-risk-profiles')
})

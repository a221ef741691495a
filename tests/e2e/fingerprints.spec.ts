// The fingerprint step in Chromium against `npm run web`: a trainer (who works
// the line and drives the simulators) reads a document, captures two index
// fingers from the simulated pad, sees the quality of each, and with the
// listed person's finger gets a fingerprint candidate alert to confirm.
// Simulated mode enrols the sample wanted persons' synthetic prints when the
// pad is first used; the search waits for them. A technician tests the pad.
// Screenshots: test-results/screenshots/fingerprints-*.png
import { test, expect, signIn, snap } from './workstation'

test('two index fingers with quality, then the listed person’s finger raises a fingerprint candidate', async ({ page, workstation }) => {
  // Rendering synthetic prints and enrolling the wanted persons' takes seconds of CPU on a busy machine.
  test.setTimeout(120_000)
  const slow = { timeout: 30_000 }
  await signIn(page, workstation.url, 'trainer')
  await page.locator('[data-sample="clean-passport"]').click()
  await expect(page.getByTestId('overall-result')).toHaveAttribute('data-overall', 'clear')

  const panel = page.getByTestId('fingerprint-panel')
  await expect(panel).toBeVisible()
  await expect(page.getByTestId('fp-pad-state')).toContainText('Pad ready')
  await expect(page.getByTestId('fp-next')).toContainText('Next: right index finger')

  await page.keyboard.press('f')
  await expect(page.getByTestId('fp-next')).toContainText('Place the right index finger on the pad now.')
  await expect(page.locator('[data-finger="2"][data-state="next"]')).toBeVisible()

  // A faint touch: a prompt in words, nothing stored, retried with F.
  await page.locator('[data-finger-kind="faint"]').click()
  await expect(page.getByTestId('fp-prompt')).toHaveAttribute('data-code', 'quality-failed', slow)
  await expect(page.getByTestId('fp-prompt')).toContainText('press harder')
  await expect(page.getByTestId('fp-attempt')).toContainText('Poor')
  await snap(page, 'fingerprints-01-quality-prompt')
  await page.keyboard.press('f')
  await expect(page.getByTestId('fp-attempt')).toHaveCount(0)

  await page.locator('[data-finger-kind="good"]').click()
  await expect(page.getByTestId('fp-captures').locator('[data-finger="2"]')).toHaveAttribute('data-tone', 'good', slow)
  await expect(page.getByTestId('fp-captures')).toContainText('Good')
  await expect(page.getByTestId('fp-next')).toContainText('Place the left index finger on the pad now.')
  await expect(page.getByTestId('fp-image')).toBeVisible()
  await snap(page, 'fingerprints-02-first-finger')

  await page.locator('[data-finger-kind="listed"]').click()
  const modal = page.getByTestId('fp-candidate-modal')
  await expect(modal).toBeVisible({ timeout: 60_000 })
  await expect(modal).toContainText('Fingerprint candidate on an alert list')
  await expect(modal).toContainText('Hoxha')
  await expect(page.getByTestId('fp-explain')).toContainText('Fused score')
  await expect(page.getByTestId('fp-finger-scores')).toContainText('left index finger')
  await expect(page.getByTestId('fp-finger-scores')).toContainText('matches')
  await snap(page, 'fingerprints-03-candidate')

  await page.keyboard.press('c')
  await expect(modal).toBeHidden()
  await expect(page.getByTestId('fp-candidates')).toContainText('Confirmed hit')
  // A CLEAR document result does not hide the fingerprint hit.
  await expect(page.getByTestId('fp-banner')).toHaveAttribute('data-state', 'confirmed')
  await expect(page.getByTestId('fp-banner')).toContainText('FINGERPRINT HIT CONFIRMED')
  await expect(page.getByTestId('fp-search')).toHaveAttribute('data-status', 'done')
  await expect(page.getByTestId('fp-captures').locator('[data-finger]')).toHaveCount(2)
  await snap(page, 'fingerprints-04-confirmed')
})

test('a technician tests the pad and sees the quality measures', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'technician')
  // A technician's only screen is Devices.
  const testPanel = page.getByTestId('fp-pad-test')
  await expect(testPanel).toContainText('fingerprint-pad-1')
  await testPanel.getByRole('button', { name: 'Test capture' }).click()
  await expect(testPanel.getByRole('button', { name: 'Waiting for a finger…' })).toBeVisible()
  await page.locator('[data-finger-kind="good"]').click()
  const result = page.getByTestId('fp-test-result')
  await expect(result).toHaveAttribute('data-outcome', 'capture', { timeout: 30_000 })
  await expect(result).toContainText('Good')
  await expect(result.locator('.fp-measures tr').first()).toBeVisible()
  await snap(page, 'fingerprints-05-pad-test')
})

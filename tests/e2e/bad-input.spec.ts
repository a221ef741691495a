// Bad input at the reader: the app keeps running, tells the officer what to do, records nothing false.
import { test, expect, signIn, snap } from './workstation'

test('noise, partial reads, a bad check digit and an unplugged reader', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'trainer')
  const notice = page.getByTestId('read-notice')

  await page.locator('[data-action="noise"]').click()
  await expect(notice).toHaveAttribute('data-code', 'read-unreadable')
  await expect(notice).toContainText('Re-swipe the document')

  await page.locator('[data-action="partial"]').click()
  await expect(notice).toHaveAttribute('data-code', 'read-incomplete')
  await expect(page.getByTestId('waiting')).toBeVisible() // no traveller was invented
  await expect(page.getByText('No crossings yet today.')).toBeVisible()

  await page.locator('[data-sample="bad-check-digit"]').click()
  await expect(page.getByTestId('overall-result')).toHaveAttribute('data-overall', 'invalid')
  await expect(page.getByTestId('field-documentNumber')).toHaveAttribute('data-valid', 'false')
  await expect(page.getByTestId('field-documentNumber')).toContainText('check digit wrong')
  await expect(page.getByTestId('mrz-lines').locator('mark')).not.toHaveCount(0)
  await snap(page, '10-bad-check-digit')

  await page.locator('[data-action="unplug"]').click()
  const reader = page.getByTestId('device-document-reader-1')
  await expect(reader).toHaveAttribute('data-state', /offline|connecting/)
  await expect(reader).toContainText('plug it back in')
  await expect(notice).toHaveAttribute('data-code', 'reader-disconnected')
  await snap(page, '11-reader-unplugged')
  await page.locator('[data-action="replug"]').click()
  await expect(reader).toHaveAttribute('data-state', 'online')

  await page.locator('[data-sample="expired-passport"]').click()
  await expect(page.getByTestId('overall-result')).toHaveAttribute('data-overall', 'warning')
  await expect(page.getByTestId('check-document-expired')).toBeVisible()
})

test('manual MRZ entry goes through the same checks and is marked as entered by hand', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'officer')
  await page.keyboard.press('m')
  await page.getByRole('dialog').locator('textarea').fill('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10')
  await page.getByRole('button', { name: 'Check this MRZ' }).click()
  await expect(page.getByText('Entered by hand')).toBeVisible()
  await expect(page.getByTestId('field-documentNumber')).toHaveAttribute('data-valid', 'true')
})

test('roles: a technician sees devices and the simulator but not the primary line', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'technician')
  await expect(page.getByTestId('simulator-panel')).toBeVisible()
  await expect(page.getByTestId('waiting')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Devices' })).toBeVisible()
})

test('roles: an administrator without line access is told so', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'admin')
  await expect(page.getByTestId('waiting')).toHaveCount(0)
  await expect(page.getByText('Audit log')).toBeVisible()
})

test('with an unreadable MRZ the officer types the key fields: screened like a read, marked as manual', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'officer')
  await page.keyboard.press('m')
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('tab', { name: 'Key fields (MRZ unreadable)' }).click()
  await dialog.getByLabel('Issuing state (3 letters)').fill('ALB')
  await dialog.getByLabel('Document number').fill('BK4417902')
  await dialog.getByLabel('Surname').fill('Hoxha')
  await dialog.getByLabel('Given names').fill('Arben')
  await dialog.getByLabel('Nationality (3 letters)').fill('ALB')
  await dialog.getByLabel('Date of birth').fill('1982-02-19')
  await dialog.getByLabel('Expiry date').fill('2030-05-01')
  await dialog.getByRole('button', { name: 'Check this MRZ' }).click()
  await expect(page.getByTestId('alert-modal')).toContainText('Person on an alert list')
  await expect(page.getByText('Entered by hand')).toBeVisible()
})

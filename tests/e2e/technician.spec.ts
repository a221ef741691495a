// A technician sets the reader's serial settings and checks them with a test read.
import { test, expect, signIn, snap } from './workstation'

test('technician: a wrong baud rate shows as noise in the test read, the right one decodes the MRZ', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'technician')
  const form = page.getByRole('form', { name: 'Configure document-reader-1' })
  await expect(form).toBeVisible()
  await form.getByLabel('Baud rate').selectOption('19200')
  await form.getByRole('button', { name: 'Save and restart the device' }).click()
  await expect(page.getByTestId('devices-message')).toContainText('Saved')
  await expect(page.getByTestId('device-document-reader-1')).toHaveAttribute('data-state', 'online')

  await page.locator('[data-sample="clean-passport"]').click()
  const testRead = page.getByTestId('test-read')
  await expect(testRead.getByTestId('decoded-type')).toContainText('Incomplete read')
  await expect(testRead.getByTestId('decoded-type')).toContainText('noise')
  await snap(page, '30-technician-wrong-baud')

  await form.getByLabel('Baud rate').selectOption('9600')
  await form.getByRole('button', { name: 'Save and restart the device' }).click()
  await expect(page.getByTestId('device-document-reader-1')).toHaveAttribute('data-state', 'online')
  await page.locator('[data-sample="clean-passport"]').click()
  await expect(testRead.getByTestId('decoded-type')).toContainText('Document read')
  await expect(testRead).toContainText('every check digit passes')
  await expect(testRead.getByTestId('raw-bytes')).toContainText('P<NLDDE<VRIES')
  await snap(page, '31-technician-test-read')
})

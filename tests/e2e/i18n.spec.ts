import { test, expect, signIn, snap } from './workstation'

test('the Arabic UI is right-to-left while MRZ lines stay left-to-right', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'trainer')
  await page.getByLabel('Language').selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await page.locator('[data-sample="clean-passport"]').click()
  const mrz = page.getByTestId('mrz-lines')
  await expect(mrz).toBeVisible()
  expect(await mrz.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
  await expect(page.getByRole('button', { name: 'السماح بالدخول' })).toBeVisible()
  await snap(page, '20-arabic')
  await page.getByLabel('اللغة').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
})

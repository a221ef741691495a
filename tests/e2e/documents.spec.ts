// Document rules and the printed-name comparison, as the officer sees them.
import { test, expect, signIn, snap } from './workstation'

test('a specimen passport is flagged; the printed name is compared with the MRZ by ICAO transliteration', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'trainer')
  await page.locator('[data-sample="specimen-passport"]').click()
  await expect(page.getByTestId('overall-result')).toHaveAttribute('data-overall', 'warning')
  await expect(page.getByTestId('check-specimen-document')).toContainText('SPECIMEN')

  await page.getByTestId('printed-name').fill('Eriksson, Anna Maria')
  await expect(page.getByTestId('name-verdict')).toHaveAttribute('data-verdict', 'exact')
  await page.getByTestId('printed-name').fill('Eriksson, Anna Marie')
  await expect(page.getByTestId('name-verdict')).toHaveAttribute('data-verdict', 'different')
  await snap(page, '40-specimen')
})

// A keyboard-wedge reader "types" the MRZ: the burst becomes a document read,
// and not one character lands in the form field that had focus.
import { test, expect, signIn } from './workstation'

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']

test('a scanner burst is read as a document and never types into the focused field', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'officer')
  await page.keyboard.press('m') // open manual entry: a focused text field
  const field = page.getByRole('dialog').locator('textarea')
  await expect(field).toBeFocused()
  await page.keyboard.type(`${TD3[0]}\n${TD3[1]}\n`, { delay: 3 })
  await expect(page.getByText('keyboard-wedge reader')).toBeVisible()
  await expect(page.getByTestId('field-documentNumber')).toContainText('L898902C3')
  await expect(field).toHaveValue('')

  // A person typing at human speed still types into the field.
  await field.type('P<UTO', { delay: 120 })
  await expect(field).toHaveValue('P<UTO')
})

// An administrator imports a list version from a file on the workstation and finds a record in it.
import { resolve } from 'node:path'
import { test, expect, signIn, snap } from './workstation'

test('admin: import with progress and report, the list is in force, search finds the record', async ({ page, workstation }) => {
  await signIn(page, workstation.url, 'admin')
  await page.getByRole('tab', { name: 'Alert lists' }).click()
  await expect(page.getByTestId('list-row')).toHaveCount(3) // the simulated lists
  const form = page.getByRole('form', { name: 'Import a list version' })
  await form.getByLabel('File on this workstation').fill(resolve('resources/screening/persons.sample.csv'))
  await form.getByLabel('List id').fill('national-wanted')
  await form.getByLabel('Kind').selectOption('persons')
  await form.getByLabel('List name').fill('National wanted persons')
  await form.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByTestId('import-report')).toContainText('Imported version')
  await expect(page.getByTestId('list-row')).toHaveCount(4)

  await form.getByLabel('File on this workstation').fill(resolve('resources/screening/FORMATS.md'))
  await form.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByTestId('import-report')).toContainText('Import failed')

  await page.getByTestId('list-search').fill('Hoxha')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByTestId('list-search-hits')).toContainText('national-wanted')
  await snap(page, '60-lists')
})

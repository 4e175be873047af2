import { expect, goTo, test } from './fixtures'
import { restoreSample } from './sample-data'

// One resource picker wherever a resource is chosen: type words of the title, take it.

test('the expense form links a resource chosen by typing, and the ledger names it', async ({
  page,
}) => {
  await restoreSample(page)
  await goTo(page, 'Costs')
  const form = page.getByRole('form', { name: 'Add expense' })
  await form.getByLabel('Description').fill('Workshop ticket')
  await form.getByLabel('Amount').fill('120')
  const linked = form.getByRole('combobox', { name: 'Linked to' })
  await expect(linked).toHaveValue('Nothing')

  await linked.fill('machine exploring')
  await expect(form.getByRole('listbox', { name: 'Linked to' }).getByRole('option')).toHaveText([
    'Exploring Adversarial Machine Learning',
  ])
  await linked.press('Enter')
  await expect(linked).toHaveValue('Exploring Adversarial Machine Learning')
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(form.getByLabel('Description')).toHaveValue('')
  await expect(linked).toHaveValue('Nothing')

  const row = page
    .getByRole('table', { name: /Ledger/ })
    .getByRole('row')
    .filter({ hasText: 'Workshop ticket' })
  await expect(row).toContainText('Exploring Adversarial Machine Learning')

  // Editing starts from the link as stored, shown under its full title.
  await row.getByRole('button', { name: /^Edit/ }).click()
  const edit = page.getByRole('form', { name: 'Edit expense' })
  await expect(edit.getByRole('combobox', { name: 'Linked to' })).toHaveValue(
    'Exploring Adversarial Machine Learning',
  )
})

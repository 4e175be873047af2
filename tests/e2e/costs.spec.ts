import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { chooseResource, expect, goTo, test } from './fixtures'

async function addExpense(
  page: Page,
  values: {
    description: string
    amount: string
    currency?: string
    paid?: boolean
    category?: string
    link?: string
  },
) {
  const form = page.getByRole('form', { name: 'Add expense' })
  await form.getByLabel('Description').fill(values.description)
  if (values.category) await form.getByLabel('Category').selectOption({ label: values.category })
  await form.getByLabel('Amount').fill(values.amount)
  await form.getByLabel('Currency').fill(values.currency ?? 'USD')
  await form.getByRole('radio', { name: values.paid ? 'Paid' : 'Planned' }).check()
  if (values.link) await chooseResource(form, 'Linked to', values.link)
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(form.getByLabel('Description')).toHaveValue('')
}

test('bad input gets a clear message and loses nothing', async ({ app }) => {
  // Long user journeys on a shared, loaded machine: three times the default timeout.
  test.slow()
  await goTo(app, 'Costs')
  const form = app.getByRole('form', { name: 'Add expense' })
  await form.getByLabel('Amount').fill('-5')
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(form.getByText('Describe the expense')).toBeVisible()
  await expect(form.getByText('An amount cannot be negative.')).toBeVisible()

  await form.getByLabel('Description').fill('SEC401 course')
  await form.getByLabel('Amount').fill('5000000')
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(form.getByText(/more than 1,000,000 USD/)).toBeVisible()

  await form.getByLabel('Amount').fill('90')
  await form.getByLabel('Currency').fill('ZZZ')
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(form.getByText(/"ZZZ" is not a currency code/)).toBeVisible()
  await expect(form.getByLabel('Description')).toHaveValue('SEC401 course')
  await expect(app.getByRole('table', { name: /Ledger/ })).toHaveCount(0)
})

test('expenses over budget raise a warning per currency, never mixing currencies', async ({
  app,
}) => {
  // Long user journeys on a shared, loaded machine: three times the default timeout.
  test.slow()
  await goTo(app, 'Costs')
  await app.getByLabel('Budget currency').fill('USD')
  await app.getByLabel('Budget amount').fill('1000')
  await app.getByRole('button', { name: 'Set budget' }).click()
  await expect(app.getByRole('list', { name: 'Budgets' })).toContainText('USD: $1,000.00')

  await addExpense(app, {
    description: 'GSEC attempt',
    amount: '999',
    paid: true,
    category: 'Exam attempt',
  })
  await addExpense(app, {
    description: 'Adversarial ML book',
    amount: '45',
    currency: 'EUR',
    paid: true,
    category: 'Book',
  })
  const usd = app.getByRole('region', { name: 'USD', exact: true })
  await expect(usd.getByRole('alert')).toHaveCount(0)

  await addExpense(app, {
    description: 'Practice test pack',
    amount: '159',
    paid: true,
    category: 'Practice test',
  })
  await expect(usd.getByRole('alert')).toHaveText(
    'Over budget in USD: spent $1,158.00 against a budget of $1,000.00, $158.00 over.',
  )
  const eur = app.getByRole('region', { name: 'EUR', exact: true })
  await expect(eur.getByRole('alert')).toHaveCount(0)
  await expect(eur.getByRole('definition').first()).toHaveText('€45.00')
  await expect(usd.getByRole('table', { name: 'By category, USD' })).toContainText('Practice test')
  await expect(
    usd.getByRole('figure', { name: /Planned against spent by month, USD/ }),
  ).toBeVisible()

  // Deleting brings spending back within budget, and the warning goes.
  await app.getByRole('button', { name: 'Delete Practice test pack' }).click()
  await expect(usd.getByRole('alert')).toHaveCount(0)
})

test('export the ledger as CSV with formulas neutralised and links named', async ({ app }) => {
  // Long user journeys on a shared, loaded machine: three times the default timeout.
  test.slow()
  await goTo(app, 'Costs')
  await addExpense(app, {
    description: 'AI Security course',
    amount: '90',
    category: 'Course',
    link: 'Exploring Adversarial Machine Learning',
  })
  await addExpense(app, {
    description: '=HYPERLINK("http://evil")',
    amount: '12.50',
    paid: true,
    category: 'Other',
  })
  await expect(
    app.getByRole('link', { name: 'Exploring Adversarial Machine Learning' }),
  ).toBeVisible()

  const downloading = app.waitForEvent('download')
  await app.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('bastion-expenses.csv')
  const csv = await readFile((await download.path())!, 'utf8')
  const lines = csv.trimEnd().split('\r\n')
  // One exporter for the ledger (Costs and Settings alike): a BOM, labels, an id column.
  expect(lines[0]).toBe(
    '\uFEFFDate,Description,Category,Amount,Currency,Status,Linked resource,Linked attempt,Expense id',
  )
  expect(lines).toHaveLength(3)
  expect(csv).toContain(
    ',AI Security course,Course,90.00,USD,Planned,Exploring Adversarial Machine Learning,,',
  )
  expect(csv).toContain(`,"'=HYPERLINK(""http://evil"")",Other,12.50,USD,Paid,,,`)
  await expect(app.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    'Exported 2 expenses.',
  )
})

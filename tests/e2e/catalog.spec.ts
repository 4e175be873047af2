import { expect, goTo, openResource, test } from './fixtures'

test('the catalog shows all eleven resources with corrections visible', async ({ app }) => {
  await goTo(app, 'Catalog')
  await expect(app.getByRole('status').filter({ hasText: 'resources' })).toHaveText(
    '11 of 11 resources',
  )
  const list = app.getByRole('list', { name: 'Resources' })
  await expect(list.getByRole('heading', { name: 'GIAC Security Essentials (GSEC)' })).toBeVisible()
  await list.getByRole('link', { name: 'Adversarial Machine Learning', exact: true }).click()
  await expect(
    app.getByRole('heading', { level: 1, name: 'Adversarial Machine Learning' }),
  ).toBeVisible()
  await expect(app.getByRole('region', { name: 'Corrections to the source list' })).toContainText(
    'Joseph Gardiner',
  )
  await expect(app.getByText('Anthony D. Joseph, Blaine Nelson')).toBeVisible()
})

test('the catalog shows the OWASP LLM Top 10 2026 as current, with its checked sources', async ({
  app,
}) => {
  await goTo(app, 'Catalog')
  const card = app
    .getByRole('list', { name: 'Resources' })
    .getByRole('listitem')
    .filter({ has: app.getByRole('heading', { name: 'OWASP Top 10 for LLM Applications' }) })
  await expect(card.getByRole('list', { name: 'Topics' })).toContainText('LLM03:2026')
  await expect(card.getByRole('list', { name: 'Topics' })).not.toContainText('2025')
  await card.getByRole('link', { name: 'OWASP Top 10 for LLM Applications' }).click()
  await expect(app.getByText('Web and PDF, 2026 edition (published 2026-08-04')).toBeVisible()
  const corrections = app.getByRole('region', { name: 'Corrections to the source list' })
  await expect(corrections).toContainText(
    'LLM03 is Supply Chain in 2025 but Excessive Agency in 2026',
  )
  await expect(corrections).toContainText(/Source: OWASP GenAI Security Project.*, as of /)
})

test('search and filters narrow the catalog', async ({ app }) => {
  await goTo(app, 'Catalog')
  const status = app.getByRole('status').filter({ hasText: 'resources' })
  await app.getByRole('searchbox', { name: 'Search catalog' }).fill('anderson')
  await expect(status).toHaveText('2 of 11 resources')
  await app.getByRole('searchbox', { name: 'Search catalog' }).fill('')
  await app.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Books' })
  await expect(status).toHaveText('3 of 11 resources')
  await app.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'All kinds' })
  await app.getByRole('combobox', { name: 'Topic' }).selectOption('LLM01:2026')
  await expect(status).toHaveText('3 of 11 resources')
  await app.getByRole('searchbox', { name: 'Search catalog' }).fill('no such thing anywhere')
  await expect(app.getByRole('heading', { name: 'No resources match' })).toBeVisible()
})

test('add, edit and delete a custom resource, with clear messages for bad input', async ({
  app,
}) => {
  await goTo(app, 'Catalog')
  await app.getByRole('link', { name: 'Add resource' }).click()
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(app.getByRole('alert').first()).toContainText('need')
  await expect(app.getByText('A title is required.')).toBeVisible()

  await app.getByRole('textbox', { name: 'Title', exact: true }).fill('LLM Security Handbook')
  await app.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Book' })
  await app.getByRole('textbox', { name: 'Pages' }).fill('250')
  await app.getByRole('textbox', { name: 'Price' }).fill('-5')
  await app.getByRole('textbox', { name: 'Link' }).fill('javascript:alert(1)')
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(app.getByText('An amount cannot be negative.')).toBeVisible()
  await expect(app.getByText(/full http or https address/)).toBeVisible()

  await app.getByRole('textbox', { name: 'Price' }).fill('39.99')
  await app.getByRole('textbox', { name: 'Link' }).fill('https://example.com/handbook')
  await app.getByRole('textbox', { name: 'Topics' }).fill('LLM01, prompt injection')
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'LLM Security Handbook' })).toBeVisible()
  await expect(app.getByText('$39.99')).toBeVisible()

  await app.getByRole('link', { name: 'Edit' }).click()
  await app
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('LLM Security Handbook, 2nd ed.')
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(
    app.getByRole('heading', { level: 1, name: 'LLM Security Handbook, 2nd ed.' }),
  ).toBeVisible()

  await goTo(app, 'Catalog')
  await expect(app.getByRole('status').filter({ hasText: 'resources' })).toHaveText(
    '12 of 12 resources',
  )
  await app.getByRole('link', { name: 'LLM Security Handbook, 2nd ed.' }).click()
  await app.getByRole('button', { name: 'Delete resource' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'resources' })).toHaveText(
    '11 of 11 resources',
  )
})

test('editing a catalog entry keeps an override that Restore catalog values undoes', async ({
  app,
}) => {
  await openResource(app, 'MITRE ATLAS')
  await app.getByRole('link', { name: 'Edit' }).click()
  await app.getByRole('textbox', { name: 'Estimated hours' }).fill('14')
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(app.getByText('14 h')).toBeVisible()
  await expect(app.getByText(/You edited: hours/)).toBeVisible()
  await app.getByRole('button', { name: 'Restore catalog values' }).click()
  await expect(app.getByText('10 h (estimate, unverified)')).toBeVisible()
  await expect(app.getByRole('button', { name: 'Restore catalog values' })).toHaveCount(0)
})

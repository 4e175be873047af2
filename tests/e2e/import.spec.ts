import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, goTo, openResource, test } from './fixtures'

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/import', name))

async function importFile(app: Page, name: string) {
  await goTo(app, 'Settings')
  const section = app.getByRole('region', { name: 'Import', exact: true })
  await section.getByRole('button', { name: 'Import', exact: true }).click()
  const panel = app.getByRole('region', { name: 'Import a file' })
  await panel.getByLabel('File to import').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'text/plain',
    buffer: fixture(name),
  })
  await expect(panel.getByRole('heading', { name: `Preview of ${name}` })).toBeVisible()
  return panel
}

test('Kindle clippings: preview, quotes under the book with locations, report, undo', async ({
  app,
}) => {
  const panel = await importFile(app, 'clippings-en.txt')
  await expect(panel).toContainText('4 highlights · 1 note · 1 bookmark')
  await expect(panel).toContainText('3 new · 1 duplicate · 1 not imported · 1 error')
  const preview = panel.getByRole('table')
  await expect(
    preview.getByRole('row', {
      name: /Replaced by the highlight edited on the Kindle \(line 21\)/,
    }),
  ).toBeVisible()
  await app.screenshot({ path: 'screenshots/import-preview.png', fullPage: true })

  await panel.getByRole('button', { name: 'Import 3 entries' }).click()
  const report = panel.getByRole('article', { name: 'Import of clippings-en.txt' })
  await expect(report).toContainText('3 added · 1 duplicate · 1 not imported · 1 error')
  await expect(report).toContainText('1 entry could not be imported')
  await expect(report).toContainText('Line 26: The Kindle left out this highlight’s text')
  await app.screenshot({ path: 'screenshots/import-report.png', fullPage: true })

  const download = app.waitForEvent('download')
  await report.getByRole('button', { name: 'Download report' }).click()
  const file = await download
  const csv = readFileSync(await file.path(), 'utf8')
  expect(csv.split('\r\n')[0]).toBe('\uFEFFLine,Kind,Entry,Fate,Detail')
  expect(csv).toContain('26,highlight,Security Engineering,Error,')
  expect(csv.trim().split('\r\n')).toHaveLength(7)

  await openResource(app, 'Threat Modeling: Designing for Security')
  const quotes = app.getByRole('region', { name: 'Notes on this resource' })
  await expect(
    quotes.getByRole('listitem').filter({ hasText: 'The goal of threat modeling' }),
  ).toContainText('p. 12 · loc. 170–172')
  await openResource(app, 'Security Engineering')
  await expect(
    app.getByRole('listitem').filter({ hasText: 'Security engineering is about building' }),
  ).toContainText('loc. 1401–1409')

  await goTo(app, 'Settings')
  const history = app.getByRole('list', { name: 'Import history' })
  await history.getByRole('button', { name: 'Undo this import' }).click()
  await expect(history).toContainText('Import undone: 3 removed')
  await openResource(app, 'Security Engineering')
  await expect(app.getByText('Security engineering is about building')).toHaveCount(0)
  await goTo(app, 'Catalog')
  await expect(
    app
      .getByRole('list', { name: 'Resources' })
      .getByRole('link', { name: 'Threat Modeling: Designing for Security' }),
  ).toHaveCount(0)
})

test('a Goodreads export: books in the catalog with their status', async ({ app }) => {
  const panel = await importFile(app, 'goodreads_library_export.csv')
  await expect(panel).toContainText('3 new · 1 error')
  await panel.getByRole('button', { name: 'Import 3 entries' }).click()
  await expect(panel.getByRole('article')).toContainText('3 added · 1 error')

  await openResource(app, 'Countdown to Zero Day')
  await expect(app.getByLabel('Status')).toHaveValue('in-progress')
  await openResource(
    app,
    "The Web Application Hacker's Handbook: Finding and Exploiting Security Flaws",
  )
  await expect(app.getByLabel('Status')).toHaveValue('done')
})

test('a file Bastion does not read gets a plain message and changes nothing', async ({ app }) => {
  await goTo(app, 'Settings')
  await app.getByRole('button', { name: 'Import', exact: true }).click()
  const panel = app.getByRole('region', { name: 'Import a file' })
  await panel.getByLabel('File to import').setInputFiles({
    name: 'photo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  })
  await expect(panel.getByRole('alert')).toContainText('Bastion does not recognise photo.txt')
  await expect(app.getByText('Nothing imported yet.')).toBeVisible()
})

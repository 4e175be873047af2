import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Download, Page } from '@playwright/test'
import { expect, expectAccessible, goTo, openApp, test } from './fixtures'

async function addResource(page: Page, title: string) {
  await openApp(page, '/catalog/new')
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title)
  await page.getByRole('textbox', { name: 'Estimated hours' }).fill('3')
  await page.getByRole('button', { name: 'Save resource' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

async function download(page: Page, button: string): Promise<{ file: Download; text: string }> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const file = await downloading
  const path = await file.path()
  return { file, text: readFileSync(path, 'utf8') }
}

async function restore(page: Page, path: string) {
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore backup' }).click()
  await (await choosing).setFiles(path)
}

// Each test walks several pages and files on a shared, busy machine: give them room.
test.describe.configure({ timeout: 180_000 })

/** Format 2's checksum: SHA-256 of the tables' JSON as written (JSON.stringify). */
function checksumOf(tables: unknown): string {
  return createHash('sha256').update(JSON.stringify(tables)).digest('hex')
}

test('export, clear the profile, restore, and the data is back', async ({ app, browser }, info) => {
  await addResource(app, 'Backed-up course')
  await goTo(app, 'Settings')
  const { file, text } = await download(app, 'Export backup')
  expect(file.suggestedFilename()).toMatch(/^bastion-backup-\d{4}-\d{2}-\d{2}-\d{6}\.json$/)
  expect(JSON.parse(text)).toMatchObject({
    format: 'bastion-backup',
    formatVersion: 2,
    schemaVersion: 11,
  })
  await expect(app.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible()
  const saved = info.outputPath(file.suggestedFilename())
  writeFileSync(saved, text)

  // A fresh profile: an empty database, as on a new computer.
  const fresh = await browser.newContext()
  const page = await fresh.newPage()
  await openApp(page, '/catalog')
  await expect(page.getByRole('link', { name: 'Backed-up course' })).toHaveCount(0)
  await goTo(page, 'Settings')
  await expect(page.getByText('Automatic backups need the desktop app')).toBeVisible()

  await restore(page, saved)
  const review = page.getByRole('region', { name: /Restore “bastion-backup-/ })
  await expect(review).toBeVisible()
  const resources = review.getByRole('row', { name: /Resources/ })
  await expect(resources.getByRole('cell').first()).toHaveText('12')
  await expectAccessible(page)
  await review.getByRole('button', { name: 'Replace my data' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup restored (replaced)' }),
  ).toBeVisible()

  await goTo(page, 'Catalog')
  await expect(page.getByRole('link', { name: 'Backed-up course' })).toBeVisible()
  await fresh.close()
})

test('a damaged backup is refused, says where, and nothing changes', async ({ app }, info) => {
  await addResource(app, 'Kept course')
  await goTo(app, 'Settings')
  const { text } = await download(app, 'Export backup')
  const backup = JSON.parse(text)
  backup.tables.resources[0].title = 'edited by hand'
  const damaged = info.outputPath('damaged.json')
  writeFileSync(damaged, JSON.stringify(backup))

  await restore(app, damaged)
  const alert = app.getByRole('alert').filter({ hasText: 'This backup cannot be restored' })
  await expect(alert).toContainText('Nothing was changed')
  await expect(alert).toContainText('field “checksum”')
  await expectAccessible(app)

  // Re-signed but with a session pointing nowhere: the message names table, record and field.
  backup.tables.sessions = [
    { id: 's-1', date: '2026-11-02', minutes: 'forty', resourceId: 'gone', covered: '' },
  ]
  backup.checksum = checksumOf(backup.tables)
  writeFileSync(damaged, JSON.stringify(backup))
  await restore(app, damaged)
  await expect(alert).toContainText('Table “sessions”, record 1 (id “s-1”), field “minutes”')

  await goTo(app, 'Catalog')
  await expect(app.getByRole('link', { name: 'Kept course' })).toBeVisible()
})

test('merge adds sessions without duplicates, and the CSV export defuses formulas', async ({
  app,
}, info) => {
  await addResource(app, 'CSV course')
  await goTo(app, 'Settings')
  const { text } = await download(app, 'Export backup')
  const backup = JSON.parse(text)
  const course = backup.tables.resources.find(
    (row: { base: { title: string } }) => row.base.title === 'CSV course',
  )
  const at = Date.UTC(2026, 10, 2, 19)
  backup.tables.sessions = [
    {
      id: 's-1',
      date: '2026-11-02',
      minutes: 40,
      resourceId: course.id,
      covered: '=HYPERLINK("http://evil.example"), then "quotes"',
      createdAt: at,
      updatedAt: at,
    },
  ]
  backup.checksum = checksumOf(backup.tables)
  const withSession = info.outputPath('with-session.json')
  writeFileSync(withSession, JSON.stringify(backup))

  for (let round = 0; round < 2; round += 1) {
    await restore(app, withSession)
    await app.getByRole('button', { name: 'Merge into my data' }).click()
    await expect(
      app.getByRole('status').filter({ hasText: 'Backup restored (merged)' }),
    ).toBeVisible()
  }

  const csv = await download(app, 'Export study sessions as CSV')
  expect(csv.file.suggestedFilename()).toMatch(/^bastion-sessions-\d{4}-\d{2}-\d{2}\.csv$/)
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
  expect(lines).toEqual([
    'Date,Minutes,Resource,Covered,Units advanced,Session id',
    `2026-11-02,40,CSV course,"'=HYPERLINK(""http://evil.example""), then ""quotes""",,s-1`,
  ])
})

import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openApp, storeContents, test } from './fixtures'

// Two pages of one browser context share IndexedDB and localStorage: two windows of Bastion.
test.describe.configure({ timeout: 120_000 })

const editorOf = (page: Page) => page.getByRole('region', { name: 'Note editor' })
const bodyOf = (page: Page) => editorOf(page).getByRole('textbox', { name: 'Note (Markdown)' })
const savedIn = (page: Page) =>
  expect(editorOf(page).getByRole('status').first()).toHaveText('Saved')
const conflictIn = (page: Page) =>
  page.getByRole('region', { name: 'This note changed in another window' })

/** Creates a note with this text, saved; returns its route. */
async function newNote(page: Page, body: string): Promise<string> {
  await openApp(page, '/notes')
  await page.getByRole('button', { name: 'New note' }).click()
  await bodyOf(page).fill(body)
  await savedIn(page)
  return new URL(page.url()).hash.slice(1)
}

async function openSecondWindow(page: Page, route: string): Promise<Page> {
  const second = await page.context().newPage()
  await openApp(second, route)
  return second
}

async function exportBackup(page: Page, path: string): Promise<string> {
  await openApp(page, '/settings')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export backup' }).click()
  const file = await downloading
  await file.saveAs(path)
  return readFileSync(path, 'utf8')
}

async function restoreReplacing(page: Page, path: string) {
  await openApp(page, '/settings')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore backup' }).click()
  await (await choosing).setFiles(path)
  await page
    .getByRole('region', { name: /Restore “/ })
    .getByRole('button', { name: 'Replace my data' })
    .click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup restored (replaced)' }),
  ).toBeVisible()
}

test('Back then Forward reopens the note as stored: no typed words are lost', async ({ app }) => {
  const route = await newNote(app, 'first words')
  await bodyOf(app).press('End')
  await bodyOf(app).pressSequentially(' step')
  await app.goBack()
  await app.goForward()
  await expect(bodyOf(app)).toHaveValue('first words step')
  await bodyOf(app).press('End')
  await bodyOf(app).pressSequentially('!')
  await savedIn(app)
  await openApp(app, route)
  await expect(bodyOf(app)).toHaveValue('first words step!')
})

test('two windows editing one note: a conflict is shown and both texts are kept', async ({
  app,
}) => {
  const route = await newNote(app, 'shared note')
  const other = await openSecondWindow(app, route)
  await expect(bodyOf(other)).toHaveValue('shared note')

  // Window A types first; window B types before A's save lands, on the same stored revision.
  await bodyOf(app).fill('shared note + paragraph from A')
  await bodyOf(other).fill('shared note + line from B')
  await savedIn(app)

  const conflict = conflictIn(other)
  await expect(conflict).toBeVisible()
  await expect(conflict.getByRole('textbox', { name: 'Your unsaved text' })).toHaveValue(
    'shared note + line from B',
  )
  await expect(conflict.getByRole('textbox', { name: 'Saved version' })).toHaveValue(
    'shared note + paragraph from A',
  )
  await expect(bodyOf(other)).toHaveValue('shared note + paragraph from A')
  if (process.env.SCREENSHOTS) await other.screenshot({ path: 'screenshots/note-conflict.png' })
  await conflict.getByRole('button', { name: 'Keep both' }).click()
  await expect(conflict).toHaveCount(0)

  await openApp(app, '/notes')
  const list = app.getByRole('complementary', { name: 'Your notes and quotes' })
  await list.getByRole('button', { name: /your copy/ }).click()
  await expect(bodyOf(app)).toHaveValue('shared note + line from B')
  await openApp(app, route)
  await expect(bodyOf(app)).toHaveValue('shared note + paragraph from A')
  await other.close()
})

test('a restore in one window reloads the editor open in another', async ({ app }, info) => {
  const route = await newNote(app, 'text in the backup')
  const other = await openSecondWindow(app, '/settings')
  const path = info.outputPath('backup.json')
  await exportBackup(other, path)

  await bodyOf(app).fill('text written after the backup')
  await savedIn(app)
  await restoreReplacing(other, path)

  await expect(bodyOf(app)).toHaveValue('text in the backup')
  await bodyOf(app).press('End')
  await bodyOf(app).pressSequentially('!')
  await savedIn(app)
  await openApp(other, route)
  await expect(bodyOf(other)).toHaveValue('text in the backup!')
  await other.close()
})

test('a crash inside the debounce, then a restore: the restored note wins, the draft is offered', async ({
  app,
}, info) => {
  const route = await newNote(app, 'restored text')
  const path = info.outputPath('backup.json')
  await exportBackup(app, path)
  await openApp(app, route)

  // A renderer that dies inside the debounce: its scripts stop (no timer, no pagehide save runs
  // again), then it closes. (Page.crash would take the other page of this context down too.)
  const cdp = await app.context().newCDPSession(app)
  await bodyOf(app).press('End')
  await bodyOf(app).pressSequentially(' typed before the crash')
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
  await app.close({ runBeforeUnload: false })

  const other = await app.context().newPage()
  await restoreReplacing(other, path)
  await openApp(other, route)
  await expect(bodyOf(other)).toHaveValue('restored text')
  const conflict = conflictIn(other)
  await expect(conflict.getByRole('textbox', { name: 'Your unsaved text' })).toHaveValue(
    'restored text typed before the crash',
  )
  // Offered, not applied: the stored note is still the restored one after a reload.
  await openApp(other, route)
  await expect(bodyOf(other)).toHaveValue('restored text')
  await expect(conflictIn(other)).toBeVisible()
  await conflictIn(other).getByRole('button', { name: 'Keep mine' }).click()
  await savedIn(other)
  await openApp(other, route)
  await expect(bodyOf(other)).toHaveValue('restored text typed before the crash')
  await expect(conflictIn(other)).toHaveCount(0)
})

test('Replace says what it discards, a running timer included, before it does', async ({
  app,
}, info) => {
  const path = info.outputPath('backup.json')
  await exportBackup(app, path)
  await openApp(app, '/catalog/book-security-engineering-3e')
  await app.getByRole('button', { name: 'Start timer' }).click()
  await expect(app.getByRole('timer', { name: 'Elapsed time' })).toBeVisible()

  await openApp(app, '/settings')
  const choosing = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Restore backup' }).click()
  await (await choosing).setFiles(path)
  const discards = app.getByRole('note', { name: 'What Replace discards' })
  await expect(discards).toContainText(/Replace discards the [\d,]+ records Bastion holds now/)
  await expect(discards).toContainText('A study timer is running')
  if (process.env.SCREENSHOTS) await app.screenshot({ path: 'screenshots/replace-discards.png' })
})

test('two windows editing one quote: the older form shows both versions and Keep theirs loads the saved one', async ({
  app,
}) => {
  await openApp(app, '/notes')
  await app.getByRole('button', { name: 'Add quote' }).click()
  const created = app.getByRole('form', { name: 'New quote' })
  await created.getByRole('textbox', { name: 'Quoted text' }).fill('Trust, but verify.')
  await created.getByRole('button', { name: 'Save quote' }).click()
  const formA = app.getByRole('form', { name: 'Edit quote' })
  await expect(formA).toBeVisible()
  const route = new URL(app.url()).hash.slice(1)

  const other = await openSecondWindow(app, route)
  const formB = other.getByRole('form', { name: 'Edit quote' })
  await expect(formB.getByRole('textbox', { name: 'Quoted text' })).toHaveValue(
    'Trust, but verify.',
  )

  // Window A saves first; window B then saves from the revision it opened.
  await formA.getByRole('textbox', { name: 'Comment' }).fill('comment from A')
  await formA.getByRole('button', { name: 'Save quote' }).click()
  await expect(formA).toHaveCount(0)
  await formB.getByRole('textbox', { name: 'Quoted text' }).fill('Trust, but verify twice.')
  await formB.getByRole('button', { name: 'Save quote' }).click()

  const conflict = formB.getByRole('region', { name: 'This quote changed in another window' })
  await expect(conflict).toContainText('Your changes were not saved over the newer version')
  const row = (label: string) =>
    conflict.getByRole('row').filter({ has: other.getByRole('rowheader', { name: label }) })
  await expect(row('Quoted text').getByRole('cell')).toHaveText([
    'Trust, but verify twice.',
    'Trust, but verify.',
  ])
  await expect(row('Comment').getByRole('cell')).toHaveText(['empty', 'comment from A'])
  await expect(formB.getByRole('textbox', { name: 'Quoted text' })).toHaveValue(
    'Trust, but verify twice.',
  )
  if (process.env.SCREENSHOTS) await other.screenshot({ path: 'screenshots/quote-conflict.png' })

  await conflict.getByRole('button', { name: 'Keep theirs' }).click()
  await expect(conflict).toHaveCount(0)
  await expect(formB.getByRole('textbox', { name: 'Comment' })).toHaveValue('comment from A')
  await expect(formB.getByRole('textbox', { name: 'Quoted text' })).toHaveValue(
    'Trust, but verify.',
  )

  // Saving over the version now in view works, and keeps A's comment.
  await formB.getByRole('textbox', { name: 'Quoted text' }).fill('Trust, but verify twice.')
  await formB.getByRole('button', { name: 'Save quote' }).click()
  await expect(formB).toHaveCount(0)
  await openApp(app, route)
  await expect(formA.getByRole('textbox', { name: 'Quoted text' })).toHaveValue(
    'Trust, but verify twice.',
  )
  await expect(formA.getByRole('textbox', { name: 'Comment' })).toHaveValue('comment from A')
  await other.close()
})

test('two windows editing one index entry: Keep both keeps the saved entry and adds mine', async ({
  app,
}) => {
  await openApp(app, '/notes/index?new=1')
  const created = app.getByRole('form', { name: 'New index entry' })
  await created.getByRole('textbox', { name: 'Term' }).fill('Kerberos')
  await created.getByRole('textbox', { name: 'Pages' }).fill('88')
  await created.getByRole('button', { name: 'Save entry' }).click()
  await expect(created).toHaveCount(0)
  const other = await openSecondWindow(app, '/notes/index')

  const editIn = async (page: Page) => {
    await page.getByRole('button', { name: 'Kerberos', exact: true }).click()
    return page.getByRole('form', { name: 'Edit index entry' })
  }
  const formA = await editIn(app)
  const formB = await editIn(other)
  await formA.getByRole('textbox', { name: 'Short note' }).fill('ticket granting')
  await formA.getByRole('button', { name: 'Save entry' }).click()
  await expect(formA).toHaveCount(0)
  await formB.getByRole('textbox', { name: 'Pages' }).fill('88–90')
  await formB.getByRole('button', { name: 'Save entry' }).click()

  const conflict = formB.getByRole('region', {
    name: 'This index entry changed in another window',
  })
  await expect(conflict).toContainText('2 fields differ')
  await conflict.getByRole('button', { name: 'Keep both' }).click()
  await expect(formB).toHaveCount(0)
  const entries = await storeContents(app, 'indexBooks')
  const terms = JSON.stringify(entries)
  expect(terms).toContain('88–90')
  expect(terms).toContain('ticket granting')
  await other.close()
})

import type { Page } from '@playwright/test'
import { chooseResource, dayFromToday, expect, goTo, openApp, test } from './fixtures'

// Issue 17's saving rule: record forms have Save and ask "Discard changes?" (in the app, never
// the browser) when left unsaved; settings save when changed; each save says so.

/** Fails the test if the browser's own dialog (confirm, beforeunload) ever shows. */
function refuseBrowserDialogs(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`The browser's own dialog appeared: ${dialog.message()}`)
  })
}

const discardDialog = (page: Page) => page.getByRole('dialog', { name: 'Discard changes?' })

test('an unsaved quote asks "Discard changes?" on Escape and when leaving the page', async ({
  app,
}) => {
  refuseBrowserDialogs(app)
  await goTo(app, 'Notes')
  const addQuote = app.getByRole('button', { name: 'Add quote' })
  await addQuote.click()
  const form = app.getByRole('form', { name: 'New quote' })
  const text = form.getByRole('textbox', { name: 'Quoted text' })
  await text.fill('Attackers only have to be right once.')

  // Escape: asked first; Keep editing keeps the text and the place.
  await app.keyboard.press('Escape')
  await expect(discardDialog(app)).toBeVisible()
  await discardDialog(app).getByRole('button', { name: 'Keep editing' }).click()
  await expect(discardDialog(app)).toHaveCount(0)
  await expect(text).toHaveValue('Attackers only have to be right once.')
  await expect(text).toBeFocused()

  // Leaving by the navigation: asked too; Keep editing stays on Notes.
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Log', exact: true })
    .click()
  await expect(discardDialog(app)).toBeVisible()
  await app.keyboard.press('Escape')
  await expect(discardDialog(app)).toHaveCount(0)
  await expect(app.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible()
  await expect(text).toHaveValue('Attackers only have to be right once.')

  // Discard: the form closes and focus goes back to what opened it.
  await form.getByRole('button', { name: 'Cancel' }).click()
  await discardDialog(app).getByRole('button', { name: 'Discard changes' }).click()
  await expect(form).toHaveCount(0)
  await expect(addQuote).toBeFocused()

  // Nothing typed: leaving asks nothing.
  await addQuote.click()
  await app.getByRole('textbox', { name: 'Quoted text' }).focus()
  await app.keyboard.press('Escape')
  await expect(app.getByRole('form', { name: 'New quote' })).toHaveCount(0)
  await expect(discardDialog(app)).toHaveCount(0)
})

test('Save quote says the quote was saved, and then leaving asks nothing', async ({ app }) => {
  refuseBrowserDialogs(app)
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'Add quote' }).click()
  const form = app.getByRole('form', { name: 'New quote' })
  await form.getByRole('textbox', { name: 'Quoted text' }).fill('Trust, but verify.')
  await form.getByRole('button', { name: 'Save quote' }).click()
  await expect(
    app.getByRole('region', { name: 'Notifications' }).getByText('Quote saved.'),
  ).toBeVisible()
  await goTo(app, 'Log')
  await expect(discardDialog(app)).toHaveCount(0)
})

test('leaving a half-filled new resource asks first', async ({ app }) => {
  refuseBrowserDialogs(app)
  await openApp(app, '/catalog/new')
  await app.getByRole('textbox', { name: 'Title', exact: true }).fill('Adversarial ML notes')
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Plan', exact: true })
    .click()
  await discardDialog(app).getByRole('button', { name: 'Discard changes' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible()
})

test('a blackout is saved as soon as it is added, and goal fields save on change', async ({
  app,
}) => {
  refuseBrowserDialogs(app)
  await goTo(app, 'Plan')
  const goal = app.getByRole('region', { name: 'Goal' })
  await goal.getByLabel('Blackout from').fill(dayFromToday(10))
  await goal.getByLabel('Blackout to').fill(dayFromToday(12))
  await goal.getByRole('textbox', { name: 'Blackout label' }).fill('Conference')
  await goal.getByRole('button', { name: 'Add blackout' }).click()
  await expect(goal.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await goal.getByRole('textbox', { name: 'Weekly hours' }).fill('7.5')
  await expect(goal.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  // Leaving asks nothing: it is all saved.
  await goTo(app, 'Log')
  await expect(discardDialog(app)).toHaveCount(0)
  await goTo(app, 'Plan')
  await expect(
    goal.getByRole('list', { name: 'Blackout dates' }).getByText(/^Conference: /),
  ).toBeVisible()
  await expect(goal.getByRole('textbox', { name: 'Weekly hours' })).toHaveValue('7.5')

  // A wrong value says why, and the saved goal stays.
  await goal.getByRole('textbox', { name: 'Weekly hours' }).fill('0')
  await expect(goal.getByText('Weekly hours must be more than 0 to plan any study.')).toBeVisible()
  await expect(goal.getByRole('status')).toContainText('Not saved')
  // The wrong value is unsaved: reloading asks first (the browser's own prompt, the only one a
  // reload can have); leaving anyway brings back the saved goal.
  app.removeAllListeners('dialog')
  app.once('dialog', (dialog) => {
    expect(dialog.type()).toBe('beforeunload')
    void dialog.accept()
  })
  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('data-app-ready', 'true')
  await expect(app.getByRole('textbox', { name: 'Weekly hours' })).toHaveValue('7.5')
})

test('Escape closes the index-entry form, asking first when something was typed', async ({
  app,
}) => {
  refuseBrowserDialogs(app)
  await openApp(app, '/notes/index')
  const add = app.getByRole('button', { name: 'Add index entry' })
  await add.click()
  const form = app.getByRole('form', { name: 'New index entry' })
  await form.getByRole('textbox', { name: 'Term' }).fill('Prompt injection')
  await app.keyboard.press('Escape')
  await discardDialog(app).getByRole('button', { name: 'Discard changes' }).click()
  await expect(form).toHaveCount(0)
  await expect(add).toBeFocused()

  // The entry form chooses its book with the one resource picker.
  await add.click()
  await chooseResource(form, 'Book or resource', 'MITRE ATLAS')
  await form.getByRole('textbox', { name: 'Term' }).fill('Model inversion')
  await form.getByRole('button', { name: 'Save entry' }).click()
  await expect(
    app.getByRole('region', { name: 'Notifications' }).getByText('Index entry saved.'),
  ).toBeVisible()
  await expect(form).toHaveCount(0)
})

test('Escape closes the expense edit form and gives focus back to its Edit button', async ({
  app,
}) => {
  refuseBrowserDialogs(app)
  await goTo(app, 'Costs')
  const addForm = app.getByRole('form', { name: 'Add expense' })
  await addForm.getByLabel('Description').fill('SEC401 book')
  await addForm.getByLabel('Amount').fill('80')
  await addForm.getByRole('button', { name: 'Add expense' }).click()
  await expect(addForm.getByLabel('Description')).toHaveValue('')

  const edit = app.getByRole('button', { name: /^Edit SEC401 book/ })
  await edit.click()
  const form = app.getByRole('form', { name: 'Edit expense' })
  await form.getByLabel('Description').fill('SEC401 books')
  await app.keyboard.press('Escape')
  await discardDialog(app).getByRole('button', { name: 'Discard changes' }).click()
  await expect(form).toHaveCount(0)
  await expect(edit).toBeFocused()
})

test('one logged session sits in a list no taller than itself', async ({ app }) => {
  await goTo(app, 'Log')
  await app.getByRole('button', { name: 'Log session' }).click()
  const form = app.getByRole('form', { name: 'Log a session' })
  await chooseResource(form, 'Resource', 'MITRE ATLAS')
  await form.getByRole('textbox', { name: 'Minutes' }).fill('30')
  await form.getByRole('button', { name: 'Save session' }).click()
  const row = app.getByRole('list', { name: 'Sessions' }).getByRole('listitem')
  await expect(row).toHaveCount(1)
  const box = await app.getByLabel('Sessions, scrollable').boundingBox()
  const rowBox = await row.boundingBox()
  // No empty white box under the one row: the frame hugs it (borders aside).
  expect(box!.height).toBeLessThan(rowBox!.height + 8)
})

test('notes filter by kind, resource and tag, with or without a search', async ({ app }) => {
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'Add quote' }).click()
  const quote = app.getByRole('form', { name: 'New quote' })
  await quote.getByRole('textbox', { name: 'Quoted text' }).fill('Kerberos trusts the KDC.')
  await chooseResource(quote, 'Resource', 'Security Engineering')
  await quote.getByRole('button', { name: 'Save quote' }).click()
  await expect(app.getByRole('form', { name: 'Edit quote' })).toBeVisible()
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  await editor.getByRole('textbox', { name: 'Title' }).fill('Kerberos delegation')
  await expect(editor.getByRole('status').first()).toHaveText('Saved')

  const search = app.getByRole('search')
  await search.getByRole('searchbox', { name: 'Search notes' }).fill('kerberos')
  const results = app.getByRole('region', { name: 'Search results' })
  await expect(results.getByRole('status')).toHaveText('2 results')
  await search.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Quotes' })
  await expect(results.getByRole('status')).toHaveText('1 result')
  await expect(results.getByRole('button', { name: /Quote/ })).toContainText('Kerberos trusts')

  // No search, only a filter: everything from that resource.
  await search.getByRole('searchbox', { name: 'Search notes' }).fill('')
  await search.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'All kinds' })
  await chooseResource(search, 'From resource', 'Security Engineering')
  await expect(results.getByRole('status')).toHaveText('1 result')
  await search.getByRole('button', { name: 'Clear filters' }).click()
  await search.getByRole('textbox', { name: 'Tag' }).fill('nothing-tagged-so')
  await expect(results.getByRole('status')).toHaveText('Nothing matches these filters.')
})
